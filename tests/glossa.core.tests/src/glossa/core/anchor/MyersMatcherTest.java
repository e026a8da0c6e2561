package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bit-parallel matcher against a plain dynamic program, for short and for multi-word (> 64) patterns: which
 * places it reports at which edit distance (every run of ends within k edits, once, at its best end), the boundary
 * of the error budget, the hit limit, and where the best alignment that ends at a place starts.
 */
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

    private static String hits(MyersMatcher.Hit[] hits) {
        List<String> out = new ArrayList<>();
        for (MyersMatcher.Hit hit : hits) {
            out.add(hit.end() + ":" + hit.distance());
        }
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" within {2}")
    @CsvSource(delimiter = '|', value = {
            // text | pattern | k | hits (end:distance, each run of ends within k once, at its best end)
            "zzabczz | abc | 0 | 5:0",
            "zzabczz | abc | 1 | 5:0", // ends 4..6 are within 1 edit: one run, reported at its best end
            "xxabXdxx | abcd | 1 | 6:1", // exactly k edits: still a match
            "xxabXdxx | abcd | 0 | ''", // one edit over the budget: none
            "xxaXXdxx | abcd | 2 | 6:2", "xxaXXdxx | abcd | 1 | ''",
            "abzzzab | ab | 0 | 2:0 7:0", // at the very start and at the very end of the text
            "ab.ab.ab.ab.ab.ab.ab.ab.ab | ab | 0 | 2:0 5:0 8:0 11:0 14:0 17:0 20:0 23:0 26:0", // the ninth at the end
            "ab.ab.ab.ab.ab.ab.ab.ab.ab. | ab | 0 | 2:0 5:0 8:0 11:0 14:0 17:0 20:0 23:0 26:0",
            "技术出品管制 | 技术出口管制 | 1 | 6:1", // CJK
            "a\uD840\uDC00b | a\uD840\uDC01b | 1 | 4:1", // a surrogate pair is two characters: one differs
            "aXb aYb | ab | 1 | 1:1 5:1", // runs of ends 1..3 and 5..7: the first of the equally good ends of each
    })
    void reportsEachRunOfMatchesWithinTheBudgetOnceAtItsBestEnd(String text, String pattern, int k, String expected) {
        String t = text.translateEscapes();
        MyersMatcher matcher = new MyersMatcher();
        matcher.setPattern(pattern.translateEscapes());
        assertEquals(expected, hits(matcher.scan(t.toCharArray(), 0, t.length(), k, Integer.MAX_VALUE)));
    }

    @Test
    void stopsAfterTheHitLimitAndSeesOnlyTheGivenRange() {
        char[] text = "ab.ab.ab.ab.ab".toCharArray();
        MyersMatcher matcher = new MyersMatcher();
        matcher.setPattern("ab");
        assertEquals("2:0 5:0", hits(matcher.scan(text, 0, text.length, 0, 2)));
        assertEquals("2:0", hits(matcher.scan(text, 0, text.length, 0, 1)));
        assertEquals("2:0 5:0 8:0 11:0 14:0", hits(matcher.scan(text, 0, text.length, 0, 5)));
        // The range's own start is the start of the text: nothing before it counts, nothing after its end.
        assertEquals("8:0 11:0", hits(matcher.scan(text, 4, 12, 0, 10)));
        assertEquals("5:1 8:0", hits(matcher.scan(text, 4, 12, 1, 10)));
    }

    @Test
    void aMatcherServesPatternsOfEveryLengthOneAfterAnother() {
        // Long, short, long again, CJK: each pattern forgets the letters and the blocks of the one before.
        MyersMatcher matcher = new MyersMatcher();
        String[] patterns = { "x".repeat(130) + "abc", "abc", "技术", "q".repeat(64), "y".repeat(65) + "ab",
                "ab" };
        for (String pattern : patterns) {
            String text = "--" + pattern + "--" + pattern.substring(1) + "!";
            matcher.setPattern(pattern);
            int[] reference = reference(pattern, text.toCharArray());
            String expected = (2 + pattern.length()) + ":0";
            MyersMatcher.Hit[] exact = matcher.scan(text.toCharArray(), 0, text.length(), 0, 10);
            assertEquals(expected, hits(exact), pattern);
            for (MyersMatcher.Hit hit : matcher.scan(text.toCharArray(), 0, text.length(), 1, 10)) {
                assertEquals(reference[hit.end()], hit.distance(), pattern);
            }
        }
    }

    /** Edit distance of two strings. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    @Test
    void alignStartFindsTheBestAlignmentEndingAtAPlaceLikeABruteForceSearch() {
        // For every end where a match within k edits ends: the start of the best alignment of the whole pattern that
        // ends exactly there (closest to the pattern's length among equally good ones, the shorter on a tie).
        long seed = AnchorSeed.choose("MyersMatcherTest.alignStart");
        Random random = new Random(seed);
        char[] alphabet = "abc技术".toCharArray();
        int checked = 0;
        for (int round = 0; round < 150; round++) {
            int m = 3 + random.nextInt(12);
            int k = Math.max(1, m / 4);
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < m; i++) {
                p.append(alphabet[random.nextInt(alphabet.length)]);
            }
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                t.append(alphabet[random.nextInt(alphabet.length)]);
            }
            t.insert(random.nextInt(t.length()), p);
            String pattern = p.toString();
            String text = t.toString();
            int[] semiGlobal = reference(pattern, text.toCharArray());
            for (int end = 1; end <= text.length(); end++) {
                if (semiGlobal[end] > k) {
                    continue;
                }
                int bestStart = -1;
                int best = Integer.MAX_VALUE;
                for (int start = end; start >= Math.max(0, end - m - k); start--) {
                    int d = distance(pattern, text.substring(start, end));
                    int length = end - start;
                    if (d < best || (d == best && Math.abs(length - m) < Math.abs(end - bestStart - m))) {
                        best = d;
                        bestStart = start;
                    }
                }
                int[] aligned = MyersMatcher.alignStart(text.toCharArray(), end, pattern, k);
                String what = AnchorSeed.replay(seed, "\"" + pattern + "\" ending at " + end + " of \"" + text + "\"");
                assertEquals(semiGlobal[end], aligned[1], what);
                assertEquals(best, aligned[1], what);
                assertEquals(bestStart, aligned[0], what);
                checked++;
            }
        }
        assertEquals(true, checked > 150, "ends checked: " + checked);
    }

    @ParameterizedTest(name = "\"{1}\" ending at {2} of \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            // text | pattern | end | k | start | distance
            "xxabcdyy | abcd | 6 | 1 | 2 | 0",
            "abcd | abcd | 4 | 1 | 0 | 0", // the alignment may start at the very start of the text
            "bcd | abcd | 3 | 1 | 0 | 1", // and be cut by it: the missing letter is an edit
            "xxabXcdyy | abcd | 7 | 1 | 2 | 1", // an inserted letter: the span is longer than the pattern
            "xxacdyy | abcd | 5 | 1 | 2 | 1", // a deleted one: shorter
            "abcdX | abcd | 5 | 1 | 0 | 1", // one past a match: the extra letter is an edit
    })
    void alignStartTable(String text, String pattern, int end, int k, int start, int distance) {
        int[] aligned = MyersMatcher.alignStart(text.toCharArray(), end, pattern, k);
        assertEquals(start, aligned[0], "start");
        assertEquals(distance, aligned[1], "distance");
    }
}
