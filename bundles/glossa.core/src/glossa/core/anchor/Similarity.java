package glossa.core.anchor;

import java.util.Arrays;

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
        int[] x = bigrams(a);
        int[] y = bigrams(b);
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length;) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (x.length + y.length);
    }

    private static int[] bigrams(String s) {
        int[] grams = new int[s.length() - 1];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
        }
        Arrays.sort(grams);
        return grams;
    }
}
