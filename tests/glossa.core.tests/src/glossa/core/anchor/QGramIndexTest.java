package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 4-gram index finds every exact occurrence of a folded quote, in ascending order, and never loses one: checked
 * against a brute-force scan on small random texts (seeded, see {@link AnchorSeed}) with few letters, so that
 * quotes occur often and overlap, over Latin, CJK and surrogate pairs.
 */
class QGramIndexTest {

    /** Letters of the random texts: few, so that occurrences are many; CJK, and a surrogate pair (U+20000). */
    private static final String[] ALPHABETS = { "ab", "abc", "技术管", "a技\uD840\uDC00", "abcdefghij" };

    private static int[] bruteForce(String text, String pattern, int limit) {
        int[] all = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; pattern.length() > 0 && i + pattern.length() <= text.length() && n < limit; i++) {
            if (text.startsWith(pattern, i)) {
                all[n++] = i;
            }
        }
        return Arrays.copyOf(all, n);
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int at = random.nextInt(alphabet.length());
            if (Character.isLowSurrogate(alphabet.charAt(at))) {
                at--;
            }
            s.append(alphabet.charAt(at));
            if (Character.isHighSurrogate(alphabet.charAt(at))) {
                s.append(alphabet.charAt(at + 1));
            }
        }
        return s.toString();
    }

    @Test
    void findsEveryOccurrenceInAscendingOrderLikeABruteForceScan() {
        long seed = AnchorSeed.choose("QGramIndexTest");
        Random random = new Random(seed);
        for (int round = 0; round < 600; round++) {
            String alphabet = ALPHABETS[round % ALPHABETS.length];
            String text = random(random, alphabet, random.nextInt(70));
            QGramIndex index = new QGramIndex(NormalizedText.of(text));
            for (int q = 0; q < 8; q++) {
                // Half the quotes are pieces of the text (found at least once), half random (often not found).
                int length = 1 + random.nextInt(9);
                String pattern = q % 2 == 0 && text.length() >= length
                        ? text.substring(random.nextInt(text.length() - length + 1)).substring(0, length)
                        : random(random, alphabet, length);
                String what = "\"" + pattern + "\" in \"" + text + "\"";
                assertArrayEquals(bruteForce(text, pattern, Integer.MAX_VALUE),
                        index.occurrences(pattern, Integer.MAX_VALUE), AnchorSeed.replay(seed, what));
                int limit = 1 + random.nextInt(4);
                assertArrayEquals(bruteForce(text, pattern, limit), index.occurrences(pattern, limit),
                        AnchorSeed.replay(seed, what + ", the first " + limit));
            }
        }
    }

    @Test
    void countsEachGramAsOftenAsItOccurs() {
        long seed = AnchorSeed.choose("QGramIndexTest.counts");
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            String alphabet = ALPHABETS[round % ALPHABETS.length];
            String text = random(random, alphabet, QGramIndex.Q + random.nextInt(60));
            QGramIndex index = new QGramIndex(NormalizedText.of(text));
            for (int at = 0; at + QGramIndex.Q <= text.length(); at++) {
                String gram = text.substring(at, at + QGramIndex.Q);
                assertEquals(bruteForce(text, gram, Integer.MAX_VALUE).length, index.gramCount(text, at),
                        AnchorSeed.replay(seed, "\"" + gram + "\" in \"" + text + "\""));
            }
            String absent = "xyz!";
            assertEquals(0, index.gramCount(absent, 0), "a gram that does not occur");
        }
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" at {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // text | pattern | occurrences (folded offsets)
            "abcdabcd | abcd | 0 4", // at the very start, and running to the very end
            "xabcd | abcd | 1", "abcdx | abcd | 0", "abc | abcd | -", // longer than the text
            "'' | abcd | -", "'' | a | -", // the empty text
            "abcd | '' | -", // the empty quote is found nowhere
            "aaaaaa | aaaa | 0 1 2", // overlapping occurrences
            "aaaaaa | aa | 0 1 2 3 4", "a | a | 0", "ab | b | 1",
            "中美 AI 竞争，中美AI竞争 | 中美AI竞争, | 0", // folded: spaces dropped, full-width comma is ','
            "\uD840\uDC00技\uD840\uDC00技 | \uD840\uDC00技 | 0 3", // a surrogate pair is two folded characters
            "\uD840\uDC00技\uD840\uDC00技 | \uDC00技 | 1 4", // and its halves are matched as written
    })
    void findsTheOccurrencesOfOneQuote(String text, String pattern, String expected) {
        QGramIndex index = new QGramIndex(NormalizedText.of(text));
        int[] want = expected == null ? new int[0]
                : Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, index.occurrences(NormalizedText.fold(pattern), Integer.MAX_VALUE));
    }

    @Test
    void manyOccurrencesOfAShortQuoteAreAllFoundOrTheFirstLimitOnes() {
        String text = "技".repeat(40);
        QGramIndex index = new QGramIndex(NormalizedText.of(text));
        for (String pattern : new String[] { "技", "技技", "技技技", "技技技技", "技技技技技" }) {
            int[] all = index.occurrences(pattern, Integer.MAX_VALUE);
            assertEquals(41 - pattern.length(), all.length, pattern);
            for (int i = 0; i < all.length; i++) {
                assertEquals(i, all[i]);
            }
            assertArrayEquals(new int[] { 0, 1, 2 }, index.occurrences(pattern, 3), pattern + ", the first 3");
            assertArrayEquals(Arrays.copyOf(all, 17), index.occurrences(pattern, 17), pattern + ", the first 17");
        }
    }
}
