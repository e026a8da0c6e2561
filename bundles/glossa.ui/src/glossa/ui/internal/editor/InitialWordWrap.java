package glossa.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Whether an article opens with word wrap: on by default (articles are long paragraphs), but StyledText re-wraps a
 * whole line on every change and a wrapped line of a megabyte takes seconds, so a text with a line longer than
 * {@link GlossaEditor#WRAP_LINE_LIMIT} opens without it (the analyst may still turn it on).
 */
final class InitialWordWrap {

    private InitialWordWrap() {
    }

    /** Whether {@code document} (null: none yet) may open wrapped. */
    static boolean allows(IDocument document) {
        return longestLine(document) <= GlossaEditor.WRAP_LINE_LIMIT;
    }

    private static int longestLine(IDocument document) {
        int longest = 0;
        if (document != null) {
            try {
                for (int line = 0, n = document.getNumberOfLines(); line < n; line++) {
                    longest = Math.max(longest, document.getLineLength(line));
                }
            } catch (BadLocationException e) {
                // cannot happen for lines below getNumberOfLines()
            }
        }
        return longest;
    }
}
