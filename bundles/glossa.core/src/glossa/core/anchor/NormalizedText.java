package glossa.core.anchor;

import glossa.core.annotations.Spans;

/**
 * A text folded for matching, with a map back to the real text. Revisions often change only how a character is
 * written, not what it says: full-width versus half-width punctuation ({@code ，} / {@code ,}, {@code （} / {@code (}),
 * curly versus straight quotes, runs of spaces, CRLF versus LF. The folded form drops every whitespace character and
 * writes equivalent punctuation one way, so each folded character comes from exactly one character of the real text
 * and a folded span maps back to a real span that starts and ends on real (non-blank) characters.
 */
final class NormalizedText {

    private final char[] chars;
    private final int[] origin;

    private NormalizedText(char[] chars, int[] origin) {
        this.chars = chars;
        this.origin = origin;
    }

    static NormalizedText of(CharSequence text) {
        int n = text.length();
        char[] chars = new char[n];
        int[] origin = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Spans.isBlank(c)) {
                continue;
            }
            chars[k] = fold(c);
            origin[k] = i;
            k++;
        }
        return new NormalizedText(java.util.Arrays.copyOf(chars, k), java.util.Arrays.copyOf(origin, k));
    }

    /** The folded form of a string, for patterns and context. */
    static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Spans.isBlank(c)) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    /**
     * One spelling for characters that revisions swap freely. Full-width ASCII forms (U+FF01–U+FF5E) become ASCII;
     * CJK and typographic quotes and brackets that have an ASCII twin become that twin. The ideographic full stop and
     * comma stay as they are: they have no one ASCII twin, and folding them would merge unrelated sentences.
     */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u300C', '\u300D', '\u300E', '\u300F' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
            case '\u3010', '\u3014' -> '[';
            case '\u3011', '\u3015' -> ']';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2026' -> '.';
            default -> c;
        };
    }

    int length() {
        return chars.length;
    }

    char[] chars() {
        return chars;
    }

    char charAt(int index) {
        return chars[index];
    }

    /** Real offset of the folded character at {@code index}. */
    int originOf(int index) {
        return origin[index];
    }

    /** Real span {begin, end} of the folded span {@code begin..end} (end exclusive, begin &lt; end). */
    int realBegin(int begin) {
        return origin[begin];
    }

    int realEnd(int end) {
        return origin[end - 1] + 1;
    }

    /** The folded index of the first folded character at or after real offset {@code offset}. */
    int foldedIndexAtOrAfter(int offset) {
        int lo = 0;
        int hi = origin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean regionEquals(int at, String folded) {
        if (at < 0 || at + folded.length() > chars.length) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            if (chars[at + i] != folded.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String substring(int begin, int end) {
        int b = Math.max(0, begin);
        int e = Math.min(chars.length, end);
        return b >= e ? "" : new String(chars, b, e - b);
    }
}
