package glossa.core.annotations;

/**
 * Span arithmetic on UTF-16 text: snapping to code point boundaries and trimming whitespace, so that an annotation
 * never starts or ends inside a surrogate pair or on blank space.
 */
public final class Spans {

    private Spans() {
    }

    /** Returns {begin, end} snapped outwards to code point boundaries and trimmed of whitespace on both sides. */
    public static int[] normalize(CharSequence text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            throw new IllegalArgumentException("span " + begin + ".." + end + " is outside the text (length "
                    + text.length() + ")");
        }
        if (begin > 0 && begin < text.length() && Character.isLowSurrogate(text.charAt(begin))
                && Character.isHighSurrogate(text.charAt(begin - 1))) {
            begin--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        while (begin < end && isBlank(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new int[] { begin, end };
    }

    /** Whitespace including the ideographic space U+3000 and no-break spaces. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
