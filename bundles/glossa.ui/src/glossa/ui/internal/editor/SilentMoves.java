package glossa.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DocumentEvent;

import glossa.model.Annotation;
import glossa.model.Section;

/**
 * Offsets a text edit shifts without changing anything else, written without an EMF notification each: at 50,000
 * annotations after the caret, one notification per offset (each delivered to every content adapter) cost more than
 * the keystroke itself. The editor announces them all at once with one {@link glossa.ui.OffsetsMoved}.
 */
final class SilentMoves {

    private SilentMoves() {
    }

    /** Sets {@code a}'s span without notifying. */
    static void move(Annotation a, int begin, int end) {
        boolean deliver = a.eDeliver();
        a.eSetDeliver(false);
        try {
            a.setBegin(begin);
            a.setEnd(end);
        } finally {
            a.eSetDeliver(deliver);
        }
    }

    /**
     * Moves the sections (and their subsections) with a text edit as the editor's positions move their ends: text
     * typed at a section's start belongs to that section. Returns whether any section moved.
     */
    static boolean follow(List<Section> sections, DocumentEvent event) {
        int from = event.getOffset();
        int to = from + event.getLength();
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        int oldLength = event.getDocument().getLength() - delta;
        return follow(sections, from, to, delta, oldLength);
    }

    private static boolean follow(List<Section> sections, int from, int to, int delta, int oldLength) {
        boolean moved = false;
        for (Section s : sections) {
            int begin = Layers.shifted(s.getBegin(), from, to, delta);
            // Text typed at the very end of the text belongs to the section that ended there.
            int end = s.getEnd() == oldLength && from == oldLength ? s.getEnd() + delta
                    : Layers.shifted(s.getEnd(), from, to, delta);
            if (begin != s.getBegin() || end != s.getEnd()) {
                set(s, begin, end);
                moved = true;
            }
            moved |= follow(s.getChildren(), from, to, delta, oldLength);
        }
        return moved;
    }

    private static void set(Section s, int begin, int end) {
        EObject o = s;
        boolean deliver = o.eDeliver();
        o.eSetDeliver(false);
        try {
            s.setBegin(begin);
            s.setEnd(end);
        } finally {
            o.eSetDeliver(deliver);
        }
    }
}
