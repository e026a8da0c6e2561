package glossa.core.anchor;

/**
 * Aligned similarity of one side of a quote's stored context (its prefix or its suffix) with the text beside a
 * candidate place: the edit distance between the stored side and the best piece of text that touches the candidate
 * (ends at its start for a prefix, begins at its end for a suffix), the far end left free. Unlike a plain
 * common-prefix count it survives an edited character next to the quote, and unlike bigram overlap it does not
 * reward the same words in another order.
 *
 * <p>Bit-parallel (Myers 1999, one 64-bit word): a side is at most {@link #MAX_LENGTH} characters, the ones nearest
 * the quote; stored contexts are 32 characters. One instance serves one side of one annotation at a time and is
 * reused across annotations; not thread-safe.</p>
 */
final class SideMatcher {

    /** Characters of a stored side that count: those nearest the quote. */
    static final int MAX_LENGTH = 64;

    /** Places sampled to learn how well this side matches unrelated text of the same article. */
    private static final int CHANCE_SAMPLES = 8;

    /**
     * Similarity above chance that unrelated text still reaches now and then (the chance level is a mean): below it a
     * side tells nothing, so that noise on a rewritten side cannot tip a choice between two places.
     */
    private static final double NOISE = 0.1;

    private final boolean before;
    private final long[] masks = new long[Character.MAX_VALUE + 1];
    private String pattern = "";
    private double chance;

    /** @param before true for the prefix side (text ending at the candidate), false for the suffix side */
    SideMatcher(boolean before) {
        this.before = before;
    }

    /**
     * Sets the stored side (folded) and learns its chance level on {@code text}: the mean similarity at evenly spread
     * places. English text matches about 40% of anything by edit distance, Chinese text about 5%, so a fixed
     * threshold would be wrong for one of them.
     */
    void setSide(String side, NormalizedText text) {
        for (int i = 0; i < pattern.length(); i++) {
            masks[pattern.charAt(i)] = 0;
        }
        String p = side.length() <= MAX_LENGTH ? side
                : before ? side.substring(side.length() - MAX_LENGTH) : side.substring(0, MAX_LENGTH);
        // The suffix is read from its far end towards the quote (see distanceAt), so its pattern is reversed.
        pattern = before ? p : reversed(p);
        for (int i = 0; i < pattern.length(); i++) {
            masks[pattern.charAt(i)] |= 1L << i;
        }
        chance = 0;
        int n = text.length();
        if (pattern.isEmpty() || n == 0) {
            return;
        }
        double sum = 0;
        for (int s = 0; s < CHANCE_SAMPLES; s++) {
            sum += similarityAt(text, (int) ((s + 0.5) * n / CHANCE_SAMPLES));
        }
        chance = Math.min(0.9, sum / CHANCE_SAMPLES);
    }

    /**
     * The chars of {@code s} in reverse order. Not StringBuilder.reverse: it keeps a surrogate pair in order, while
     * distanceAt walks the text one char at a time, low half first.
     */
    private static String reversed(String s) {
        char[] chars = new char[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = s.charAt(s.length() - 1 - i);
        }
        return new String(chars);
    }

    int length() {
        return pattern.length();
    }

    /**
     * 0..1 evidence that the stored side is the text at {@code boundary} (a candidate's start for a prefix, its end
     * for a suffix): the similarity above chance, rescaled. A side that matches no better than unrelated text gives
     * 0 — missing evidence, not evidence against.
     */
    double evidence(NormalizedText text, int boundary) {
        if (pattern.isEmpty()) {
            return 0;
        }
        double similarity = similarityAt(text, boundary);
        double aboveChance = (similarity - chance) / (1 - chance);
        return Math.max(0, (aboveChance - NOISE) / (1 - NOISE));
    }

    /** 1 - distance / length of the best alignment of the side that touches {@code boundary}. */
    double similarityAt(NormalizedText text, int boundary) {
        int m = pattern.length();
        if (m == 0) {
            return 1;
        }
        return 1 - (double) distanceAt(text.chars(), boundary) / m;
    }

    /**
     * Semi-global edit distance: the whole side against a piece of text that touches {@code boundary} and may start
     * (prefix) or end (suffix) anywhere within twice the side's length. Text beyond the ends of the text costs as
     * missing characters.
     */
    private int distanceAt(char[] text, int boundary) {
        int m = pattern.length();
        long last = 1L << (m - 1);
        long pv = -1L;
        long mv = 0L;
        int score = m;
        int steps = 2 * m;
        for (int s = steps - 1; s >= 0; s--) {
            // Walk towards the boundary, so the alignment is pinned there and free at the far end.
            int at = before ? boundary - 1 - s : boundary + s;
            if (at < 0 || at >= text.length) {
                continue;
            }
            long eq = masks[text[at]];
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return score;
    }
}
