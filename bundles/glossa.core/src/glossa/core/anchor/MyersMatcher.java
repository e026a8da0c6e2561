package glossa.core.anchor;

import java.util.Arrays;

/**
 * Approximate search with Myers' bit-parallel edit-distance algorithm (J. ACM 46(3), 1999), in the block form that
 * handles patterns of any length with one 64-bit word per 64 pattern characters. It reports every place where the
 * pattern ends with at most {@code k} edits (insertions, deletions, substitutions) in O(n · ⌈m/64⌉) time.
 *
 * <p>Not thread-safe: one instance serves one re-anchoring run and is reused for every pattern.</p>
 */
final class MyersMatcher {

    /** Maps a char to its slot + 1 in {@link #peq}; 0 = not in the pattern. Cleared after each pattern. */
    private final char[] slotOf = new char[Character.MAX_VALUE + 1];
    private char[] patternChars = new char[0];
    private int distinct;
    private long[][] peq = new long[0][];
    private int m;
    private int blocks;
    private long[] pv = new long[0];
    private long[] mv = new long[0];

    /** A match: where the pattern's best alignment ends (exclusive) and its edit distance. */
    record Hit(int end, int distance) {
    }

    void setPattern(String pattern) {
        for (int i = 0; i < distinct; i++) {
            slotOf[patternChars[i]] = 0;
        }
        m = pattern.length();
        blocks = Math.max(1, (m + 63) >>> 6);
        patternChars = new char[m];
        distinct = 0;
        if (peq.length < m || (peq.length > 0 && peq[0].length != blocks)) {
            peq = new long[Math.max(m, 1)][blocks];
        }
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(i);
            int slot = slotOf[c];
            if (slot == 0) {
                patternChars[distinct] = c;
                Arrays.fill(peq[distinct], 0L);
                slot = ++distinct;
                slotOf[c] = (char) slot;
            }
            peq[slot - 1][i >>> 6] |= 1L << (i & 63);
        }
        pv = new long[blocks];
        mv = new long[blocks];
    }

    /**
     * Scans {@code text[from, to)} and returns, for each run of end positions within {@code k} edits, the end with the
     * smallest distance (the first such end on ties).
     */
    Hit[] scan(char[] text, int from, int to, int k, int maxHits) {
        Arrays.fill(pv, -1L);
        Arrays.fill(mv, 0L);
        int score = m;
        long lastBit = 1L << ((m - 1) & 63);
        int last = blocks - 1;
        Hit[] hits = new Hit[8];
        int count = 0;
        int runBestEnd = -1;
        int runBestScore = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            int slot = slotOf[text[j]];
            long[] eqs = slot == 0 ? null : peq[slot - 1];
            int hin = 0; // the top row is all zeros: the match may start anywhere in the text
            for (int b = 0; b < blocks; b++) {
                long eq = eqs == null ? 0L : eqs[b];
                long p = pv[b];
                long mm = mv[b];
                long hinNeg = hin < 0 ? 1L : 0L;
                long xv = eq | mm;
                eq |= hinNeg;
                long xh = (((eq & p) + p) ^ p) | eq;
                long ph = mm | ~(xh | p);
                long mh = p & xh;
                if (b == last) {
                    if ((ph & lastBit) != 0) {
                        score++;
                    } else if ((mh & lastBit) != 0) {
                        score--;
                    }
                }
                int hout = (ph < 0) ? 1 : (mh < 0 ? -1 : 0);
                ph <<= 1;
                mh <<= 1;
                mh |= hinNeg;
                if (hin > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
            if (score <= k) {
                if (score < runBestScore) {
                    runBestScore = score;
                    runBestEnd = j + 1;
                }
            } else if (runBestEnd >= 0) {
                if (count == hits.length) {
                    hits = Arrays.copyOf(hits, count * 2);
                }
                hits[count++] = new Hit(runBestEnd, runBestScore);
                runBestEnd = -1;
                runBestScore = Integer.MAX_VALUE;
                if (count >= maxHits) {
                    break;
                }
            }
        }
        if (runBestEnd >= 0 && count < maxHits) {
            if (count == hits.length) {
                hits = Arrays.copyOf(hits, count + 1);
            }
            hits[count++] = new Hit(runBestEnd, runBestScore);
        }
        return Arrays.copyOf(hits, count);
    }

    /**
     * Where the best alignment of {@code pattern} that ends at {@code end} starts: a small dynamic program over the
     * reversed pattern and the text before {@code end}, O(m · (m + k)).
     *
     * @return {start, distance}
     */
    static int[] alignStart(char[] text, int end, String pattern, int k) {
        int m = pattern.length();
        int width = Math.min(end, m + k);
        int[] prev = new int[width + 1];
        int[] cur = new int[width + 1];
        for (int j = 0; j <= width; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            char pc = pattern.charAt(m - i);
            cur[0] = i;
            for (int j = 1; j <= width; j++) {
                int cost = text[end - j] == pc ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int bestJ = 0;
        int best = Integer.MAX_VALUE;
        for (int j = 0; j <= width; j++) {
            int d = prev[j];
            if (d < best || (d == best && Math.abs(j - m) < Math.abs(bestJ - m))) {
                best = d;
                bestJ = j;
            }
        }
        return new int[] { end - bestJ, best };
    }
}
