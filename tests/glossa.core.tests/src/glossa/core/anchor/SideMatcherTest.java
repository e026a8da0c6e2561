package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One side of a stored context against the text beside a place: the bit-parallel distance against a plain dynamic
 * program, and the evidence it gives above the chance level of the article.
 */
class SideMatcherTest {

    /**
     * The smallest edit distance between {@code p} and a piece of {@code t} that ends at t's end and may start
     * anywhere (plain dynamic program, free start).
     */
    private static int bestEndingAtEnd(String p, String t) {
        int m = p.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        for (int j = 1; j <= t.length(); j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                column[i] = Math.min(Math.min(column[i] + 1, column[i - 1] + 1),
                        diagonal + (p.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return column[m];
    }

    private static String reverse(String s) {
        char[] chars = new char[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = s.charAt(s.length() - 1 - i);
        }
        return new String(chars);
    }

    /**
     * The definition: the side (its 64 characters nearest the quote) against the best piece of text that touches the
     * boundary and reaches at most twice the side's length away from it; text beyond the ends is missing.
     */
    private static double reference(String side, String text, int boundary, boolean before) {
        String p = side.length() <= SideMatcher.MAX_LENGTH ? side
                : before ? side.substring(side.length() - SideMatcher.MAX_LENGTH)
                        : side.substring(0, SideMatcher.MAX_LENGTH);
        int m = p.length();
        int distance;
        if (before) {
            int hi = Math.min(boundary, text.length());
            int lo = Math.max(0, boundary - 2 * m);
            distance = lo >= hi ? m : bestEndingAtEnd(p, text.substring(lo, hi));
        } else {
            // Mirrored: the piece starts at the boundary and may end anywhere.
            int lo = Math.max(0, boundary);
            int hi = Math.min(text.length(), boundary + 2 * m);
            distance = lo >= hi ? m : bestEndingAtEnd(reverse(p), reverse(text.substring(lo, hi)));
        }
        return 1 - (double) distance / m;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "prefix", "suffix" })
    void similarityAgreesWithTheDefinitionOnRandomInputs(String which) {
        boolean before = which.equals("prefix");
        Random random = new Random(7);
        // Latin, CJK and the two halves of a surrogate pair (U+20000).
        char[] alphabet = "abcd技术\uD840\uDC00".toCharArray();
        SideMatcher matcher = new SideMatcher(before);
        for (int round = 0; round < 300; round++) {
            int m = 1 + random.nextInt(round % 4 == 0 ? 90 : 40);
            StringBuilder side = new StringBuilder();
            for (int i = 0; i < m; i++) {
                side.append(alphabet[random.nextInt(alphabet.length)]);
            }
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(150);
            for (int i = 0; i < n; i++) {
                t.append(alphabet[random.nextInt(alphabet.length)]);
            }
            // Plant an edited copy of the side so that small distances occur.
            int at = random.nextInt(t.length() + 1);
            t.insert(at, side);
            t.setCharAt(at + random.nextInt(m), 'z');
            String text = t.toString();
            NormalizedText folded = NormalizedText.of(text);
            matcher.setSide(side.toString(), folded);
            int boundary = before ? at + m : at;
            for (int b : new int[] { boundary, boundary - 1, boundary + 1, random.nextInt(text.length() + 1), 0,
                    text.length(), -2, text.length() + 3 }) {
                assertEquals(reference(side.toString(), text, b, before), matcher.similarityAt(folded, b), 1e-12,
                        which + " side of " + m + " at " + b + " in a text of " + text.length());
            }
        }
    }

    @Test
    void aLongSideKeepsTheCharactersNearestTheQuote() {
        String far = "0123456789".repeat(4);
        String near = "abcdefghijklmnopqrstuvwxyz".repeat(3).substring(0, SideMatcher.MAX_LENGTH);
        NormalizedText text = NormalizedText.of("xx" + near + "QUOTE" + near + "yy");
        SideMatcher prefix = new SideMatcher(true);
        prefix.setSide(far + near, text);
        assertEquals(SideMatcher.MAX_LENGTH, prefix.length());
        assertEquals(1, prefix.similarityAt(text, 2 + near.length()));
        SideMatcher suffix = new SideMatcher(false);
        suffix.setSide(near + far, text);
        assertEquals(SideMatcher.MAX_LENGTH, suffix.length());
        assertEquals(1, suffix.similarityAt(text, 2 + near.length() + 5));
    }

    /** Characters outside the BMP (CJK Extension B, emoji) are surrogate pairs: on either side they match as written. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "prefix", "suffix" })
    void surrogatePairsMatchOnBothSides(String which) {
        boolean before = which.equals("prefix");
        String side = "\uD840\uDC00\uD842\uDFB7是日本的姓\uD83D\uDE00";
        String text = "前文" + side + "QUOTE" + side + "后文";
        NormalizedText folded = NormalizedText.of(text);
        SideMatcher matcher = new SideMatcher(before);
        matcher.setSide(side, folded);
        int boundary = before ? text.indexOf("QUOTE") : text.indexOf("QUOTE") + 5;
        assertEquals(1, matcher.similarityAt(folded, boundary));
        assertEquals(1, matcher.evidence(folded, boundary), 1e-9);
    }

    @Test
    void anEmptySideAgreesWithEverythingAndIsNoEvidence() {
        NormalizedText text = NormalizedText.of("some text");
        SideMatcher side = new SideMatcher(true);
        side.setSide("", text);
        assertEquals(0, side.length());
        assertEquals(1, side.similarityAt(text, 4));
        assertEquals(0, side.evidence(text, 4));
    }

    @Test
    void aNewSideForgetsTheOldOne() {
        NormalizedText text = NormalizedText.of("abcdefgh|ijklmnop");
        SideMatcher side = new SideMatcher(true);
        side.setSide("abcdefgh", text);
        assertEquals(1, side.similarityAt(text, 8));
        side.setSide("ijklmnop", text);
        assertEquals(0, side.similarityAt(text, 8), "none of the old side's letters still match");
        assertEquals(1, side.similarityAt(text, 17));
    }

    /**
     * Evidence is the similarity above the article's chance level, less the noise (0.1 of the way from chance to a
     * perfect match). On a text of x only, the side "10 × x, 10 × y" matches half at every place: chance 0.5.
     */
    @ParameterizedTest(name = "{0} side, at a place matching {2}")
    @CsvSource(textBlock = """
            prefix, xxxxxxxxxxyyyyyyyyyy, 1,    1
            prefix, xxxxxxxxxxyy,         0.6,  +
            prefix, xxxxxxxxxxy,          0.55, 0
            prefix, xxxxxxxxxx,           0.5,  0
            prefix, yyyyyyyyyy,           0.5,  0
            suffix, xxxxxxxxxxyyyyyyyyyy, 1,    1
            suffix, xxxxxxxxxxyy,         0.6,  +
            suffix, xxxxxxxxxxy,          0.55, 0
            suffix, xxxxxxxxxx,           0.5,  0
            """)
    void evidenceStartsAboveChanceAndNoise(String which, String probe, double similarity, String evidence) {
        boolean before = which.equals("prefix");
        SideMatcher side = new SideMatcher(before);
        String stored = "xxxxxxxxxxyyyyyyyyyy";
        side.setSide(before ? stored : new StringBuilder(stored).reverse().toString(),
                NormalizedText.of("x".repeat(400)));
        // The probe touches the boundary: it ends there for a prefix, starts there (mirrored) for a suffix.
        String text = before ? probe : new StringBuilder(probe).reverse().toString();
        NormalizedText place = NormalizedText.of(text);
        int boundary = before ? text.length() : 0;
        assertEquals(similarity, side.similarityAt(place, boundary), 1e-12);
        double found = side.evidence(place, boundary);
        if (evidence.equals("+")) {
            assertTrue(found > 0 && found < 1, "some evidence: " + found);
        } else {
            assertEquals(Double.parseDouble(evidence), found, 1e-9);
        }
    }

    @Test
    void aSideThatMatchesEverywhereStillCountsWhereItMatchesExactly() {
        NormalizedText text = NormalizedText.of("x".repeat(400));
        SideMatcher side = new SideMatcher(true);
        side.setSide("xxxxxxxxxx", text);
        assertEquals(1, side.evidence(text, 200), 1e-9);
    }
}
