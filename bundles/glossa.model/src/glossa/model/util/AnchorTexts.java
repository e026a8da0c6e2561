package glossa.model.util;

import glossa.model.Annotation;

/**
 * The one rule for an annotation's quote and context, and the way an annotation shares the article text instead of
 * holding its own copies of them.
 *
 * <p>An annotation stores its quote and up to {@value #CONTEXT_LENGTH} characters of context on each side (the W3C
 * TextQuoteSelector idea), so that it can be found again when the text changes. While the text in memory still holds
 * exactly those characters at the annotation's offsets, the copies are redundant: {@link #share} checks that, and
 * then lets the annotation derive them from the text (about 260 bytes less per annotation for Chinese text). Any
 * change of offsets, quote or context first turns the derived values back into stored ones, so nothing observable
 * changes: getters, reflection, copying, undo and serialisation see the same strings as before.</p>
 */
public final class AnchorTexts {

    /** Characters of context kept on each side of a quote. */
    public static final int CONTEXT_LENGTH = 32;

    private AnchorTexts() {
    }

    /** The up to {@value #CONTEXT_LENGTH} characters before {@code begin}, never half a surrogate pair. */
    public static String prefixOf(String text, int begin) {
        return text.substring(prefixStart(text, begin), begin);
    }

    /** The up to {@value #CONTEXT_LENGTH} characters after {@code end}, never half a surrogate pair. */
    public static String suffixOf(String text, int end) {
        return text.substring(end, suffixEnd(text, end));
    }

    /** Where {@link #prefixOf} starts. */
    public static int prefixStart(String text, int begin) {
        return safeBoundary(text, Math.max(0, begin - CONTEXT_LENGTH));
    }

    /** Where {@link #suffixOf} ends. */
    public static int suffixEnd(String text, int end) {
        return safeBoundary(text, Math.min(text.length(), end + CONTEXT_LENGTH));
    }

    /**
     * Lets {@code annotation} derive its quote, prefix and suffix from {@code text} (held by reference, not copied)
     * and drop its own strings, if and only if they equal what {@link #prefixOf}, {@link #suffixOf} and the text
     * between its offsets give. Changes nothing observable and sends no notification.
     *
     * @return whether the annotation now derives from {@code text}; false leaves it exactly as it was
     */
    public static boolean share(Annotation annotation, String text) {
        return text != null && annotation instanceof TextSharing sharing && sharing.shareText(text);
    }

    /** Whether {@code annotation} currently derives its quote and context from {@code text} (the same instance). */
    public static boolean isSharing(Annotation annotation, String text) {
        return text != null && annotation instanceof TextSharing sharing && sharing.sharedText() == text;
    }

    /**
     * Whether {@code text} holds exactly {@code quote}, {@code prefix} and {@code suffix} around {@code begin..end},
     * as {@link #prefixOf} and {@link #suffixOf} cut them. Compares in place, without copying.
     */
    public static boolean matches(String text, int begin, int end, String quote, String prefix, String suffix) {
        if (quote == null || prefix == null || suffix == null || begin < 0 || begin > end || end > text.length()) {
            return false;
        }
        int prefixStart = prefixStart(text, begin);
        int suffixEnd = suffixEnd(text, end);
        return quote.length() == end - begin && text.startsWith(quote, begin)
                && prefix.length() == begin - prefixStart && text.startsWith(prefix, prefixStart)
                && suffix.length() == suffixEnd - end && text.startsWith(suffix, end);
    }

    /** Moves an offset off the middle of a surrogate pair, so context never holds half a character. */
    private static int safeBoundary(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset + 1;
        }
        return offset;
    }
}
