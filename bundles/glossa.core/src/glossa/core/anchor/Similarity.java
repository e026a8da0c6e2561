package glossa.core.anchor;

import java.util.HashMap;
import java.util.Map;

/** Small string similarities for context scoring. */
final class Similarity {

    private Similarity() {
    }

    /**
     * Dice coefficient of the character bigram multisets of {@code a} and {@code b}: 1 for equal strings, 0 for no
     * shared bigram. Tolerant to edits anywhere, unlike an aligned comparison that stops at the first difference.
     */
    static double bigramDice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            counts.merge(bigram(a, i), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer c = counts.get(bigram(b, i));
            if (c != null && c > 0) {
                shared++;
                counts.put(bigram(b, i), c - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }

    private static int bigram(String s, int at) {
        return (s.charAt(at) << 16) | s.charAt(at + 1);
    }
}
