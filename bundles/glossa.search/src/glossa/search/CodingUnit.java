package glossa.search;

import java.util.Locale;

import glossa.core.annotations.Spans;

/**
 * How much text coding a hit annotates: the hit itself, its clause or its sentence. A clause ends at ，；。！？ (and
 * their ASCII forms , ; . ! ? when white space or the end follows, so that 3.5 and 1,000 stay whole), a sentence at
 * 。！？ (. ! ?); both end at a line end. The closing punctuation belongs to the unit.
 */
public enum CodingUnit {
    HIT, CLAUSE, SENTENCE;

    /** {@code hit}, {@code clause} or {@code sentence}, as the command line spells it. */
    public static CodingUnit parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unit must be hit, clause or sentence, not '" + name + "'");
        }
    }

    /** The unit's span around {@code begin..end}, trimmed of white space. */
    public int[] span(String text, int begin, int end) {
        if (this == HIT) {
            return Spans.normalize(text, begin, end);
        }
        int from = begin;
        while (from > 0 && !endsUnit(text, from - 1)) {
            from--;
        }
        int to = Math.max(end, begin + 1);
        to = Math.min(to, text.length());
        // A hit that itself ends with the unit's punctuation ends the unit there.
        if (to > begin && endsUnit(text, to - 1) && !isLineEnd(text.charAt(to - 1))) {
            return Spans.normalize(text, from, to);
        }
        while (to < text.length() && !endsUnit(text, to)) {
            to++;
        }
        if (to < text.length() && !isLineEnd(text.charAt(to))) {
            to++; // the closing punctuation
        }
        return Spans.normalize(text, from, to);
    }

    /** Does the character at {@code i} close a unit (punctuation) or is it a line end? */
    private boolean endsUnit(String text, int i) {
        char c = text.charAt(i);
        if (isLineEnd(c)) {
            return true;
        }
        boolean fullWidth = this == CLAUSE ? "，；。！？".indexOf(c) >= 0 : "。！？".indexOf(c) >= 0;
        if (fullWidth) {
            return true;
        }
        boolean ascii = this == CLAUSE ? ",;.!?".indexOf(c) >= 0 : ".!?".indexOf(c) >= 0;
        return ascii && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
