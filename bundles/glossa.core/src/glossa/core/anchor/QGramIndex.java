package glossa.core.anchor;

import java.util.Arrays;

/**
 * Where each run of {@value #Q} folded characters occurs, so that finding all exact occurrences of one quote costs a
 * binary search and a few verifications instead of a scan of the whole text. Built once per re-anchoring in
 * O(n log n); one entry per text position packs a 32-bit gram hash and the position into a sorted {@code long}.
 */
final class QGramIndex {

    static final int Q = 4;

    private final NormalizedText text;
    private final long[] entries;

    QGramIndex(NormalizedText text) {
        this.text = text;
        char[] chars = text.chars();
        int count = Math.max(0, chars.length - Q + 1);
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) hash(chars, i) << 32) | i;
        }
        Arrays.sort(packed);
        this.entries = packed;
    }

    private static int hash(CharSequence s, int at) {
        long key = ((long) s.charAt(at) << 48) | ((long) s.charAt(at + 1) << 32) | ((long) s.charAt(at + 2) << 16)
                | s.charAt(at + 3);
        return mix(key);
    }

    private static int hash(char[] s, int at) {
        long key = ((long) s[at] << 48) | ((long) s[at + 1] << 32) | ((long) s[at + 2] << 16) | s[at + 3];
        return mix(key);
    }

    private static int mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return (int) key;
    }

    /** Index of the first entry with the given hash (or where it would be). */
    private int lowerBound(int hash) {
        long target = (long) hash << 32;
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int countOf(int hash) {
        return upperBound(hash) - lowerBound(hash);
    }

    /** Index just past the last entry with the given hash. */
    private int upperBound(int hash) {
        long target = ((long) hash << 32) | 0xFFFF_FFFFL;
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] <= target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Folded start offsets of every exact occurrence of {@code pattern} (already folded) in ascending order, stopping
     * after {@code limit} occurrences.
     */
    int[] occurrences(String pattern, int limit) {
        int m = pattern.length();
        if (m == 0) {
            return new int[0];
        }
        if (m < Q) {
            return scan(pattern, limit);
        }
        // Verify from the rarest gram of the pattern: fewest candidates to check.
        int bestAt = 0;
        int bestCount = Integer.MAX_VALUE;
        for (int at = 0; at + Q <= m && bestCount > 0; at++) {
            int count = countOf(hash(pattern, at));
            if (count < bestCount) {
                bestCount = count;
                bestAt = at;
            }
        }
        if (bestCount == 0) {
            return new int[0];
        }
        int hash = hash(pattern, bestAt);
        int from = lowerBound(hash);
        int[] found = new int[Math.min(bestCount, Math.max(limit, 1))];
        int n = 0;
        for (int i = from; i < entries.length && (int) (entries[i] >>> 32) == hash && n < found.length; i++) {
            int start = (int) entries[i] - bestAt;
            if (text.regionEquals(start, pattern)) {
                found[n++] = start;
            }
        }
        // Entries of one hash are sorted by position, so the starts are already ascending.
        return Arrays.copyOf(found, n);
    }

    /** Occurrence count of the gram at {@code at} of {@code pattern}; used to judge whether a filter is selective. */
    int gramCount(String pattern, int at) {
        return countOf(hash(pattern, at));
    }

    private int[] scan(String pattern, int limit) {
        int[] found = new int[16];
        int n = 0;
        char first = pattern.charAt(0);
        char[] chars = text.chars();
        for (int i = 0; i + pattern.length() <= chars.length && n < limit; i++) {
            if (chars[i] == first && text.regionEquals(i, pattern)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }
}
