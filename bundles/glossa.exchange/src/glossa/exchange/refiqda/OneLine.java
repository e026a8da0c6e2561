package glossa.exchange.refiqda;

import java.util.regex.Pattern;

/** A passage as a short label on one line: whitespace runs made one space, cut with "…" (never inside a pair). */
final class OneLine {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private OneLine() {
    }

    /** {@code text} on one line, at most {@code max} characters and the ellipsis; null for null. */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = (hasRegexSpace(text) ? WHITESPACE.matcher(text).replaceAll(" ") : text).strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
        return flat.substring(0, cut) + "…";
    }

    /**
     * Whether {@link #WHITESPACE} can match at all: most quotes have none, and running it on every quote was a
     * twentieth of the export.
     */
    private static boolean hasRegexSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
