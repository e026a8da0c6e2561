package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bit-parallel matcher against a plain dynamic program, for short and for multi-word (> 64) patterns. */
class MyersMatcherTest {

    /** Semi-global edit distance of the pattern ending at each text position (text start is free). */
    private static int[] reference(String pattern, char[] text) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int[] ends = new int[text.length + 1];
        ends[0] = m;
        for (int j = 1; j <= text.length; j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int cost = pattern.charAt(i - 1) == text[j - 1] ? 0 : 1;
                column[i] = Math.min(Math.min(column[i] + 1, column[i - 1] + 1), diagonal + cost);
                diagonal = up;
            }
            ends[j] = column[m];
        }
        return ends;
    }

    @Test
    void agreesWithTheDynamicProgramOnRandomInputs() {
        Random random = new Random(42);
        MyersMatcher matcher = new MyersMatcher();
        for (int round = 0; round < 300; round++) {
            int m = 1 + random.nextInt(round % 3 == 0 ? 200 : 60); // a third need several 64-bit blocks
            char[] alphabet = "abcd技术管制".toCharArray();
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < m; i++) {
                p.append(alphabet[random.nextInt(alphabet.length)]);
            }
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                t.append(alphabet[random.nextInt(alphabet.length)]);
            }
            // Plant an edited copy so that small distances occur.
            int at = random.nextInt(t.length() - 1);
            t.insert(at, p);
            t.setCharAt(at + random.nextInt(m), 'z');
            char[] text = t.toString().toCharArray();
            String pattern = p.toString();
            int[] expected = reference(pattern, text);
            int k = Math.max(1, m / 5);
            matcher.setPattern(pattern);
            for (MyersMatcher.Hit hit : matcher.scan(text, 0, text.length, k, Integer.MAX_VALUE)) {
                assertEquals(expected[hit.end()], hit.distance(), "distance at " + hit.end() + " for m=" + m);
            }
            int bestEnd = 0;
            for (int j = 1; j <= text.length; j++) {
                if (expected[j] < expected[bestEnd]) {
                    bestEnd = j;
                }
            }
            if (expected[bestEnd] <= k) {
                boolean reported = false;
                for (MyersMatcher.Hit hit : matcher.scan(text, 0, text.length, k, Integer.MAX_VALUE)) {
                    reported |= hit.distance() == expected[bestEnd];
                }
                assertEquals(true, reported, "the best match (distance " + expected[bestEnd] + ") is reported, m=" + m);
            }
        }
    }

    @Test
    void alignStartFindsWhereAnEditedCopyBegins() {
        String pattern = "技术出口管制升级";
        char[] text = "前文xx技术出品管制升级yy".toCharArray();
        int end = "前文xx技术出品管制升级".length();
        int[] aligned = MyersMatcher.alignStart(text, end, pattern, 2);
        assertEquals(4, aligned[0]);
        assertEquals(1, aligned[1]);
    }
}
