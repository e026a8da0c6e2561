package glossa.core.anchor;

import static glossa.core.anchor.SearchFixture.cjk;
import static glossa.core.anchor.SearchFixture.run;
import static glossa.core.anchor.SearchFixture.scorer;
import static glossa.core.anchor.SearchFixture.substituted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the approximate search finds: an edited quote within {@link Reanchorer#MAX_EDIT_RATE} of its length, wherever
 * it is (the pigeonhole filter never loses one: checked against a brute-force search on random texts), none beyond
 * the budget; near the expected place first; and the edited remnant of a quote near where it was, that tells a
 * distant exact copy is another use of the words.
 */
class ApproximateSearchTest {

    /** Least edit distance of {@code pattern} to any piece of {@code text} (semi-global, brute force). */
    private static int leastDistance(String pattern, String text) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int best = m;
        for (int j = 1; j <= text.length(); j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                column[i] = Math.min(Math.min(column[i] + 1, column[i - 1] + 1), diagonal + cost);
                diagonal = up;
            }
            best = Math.min(best, column[m]);
        }
        return best;
    }

    /** {@code quote} with {@code edits} random substitutions, deletions and insertions (of ASCII letters). */
    private static String edited(Random random, String quote, int edits) {
        StringBuilder s = new StringBuilder(quote);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
            case 0 -> s.setCharAt(at, (char) ('A' + i));
            case 1 -> s.deleteCharAt(at);
            default -> s.insert(at, (char) ('a' + i));
            }
        }
        return s.toString();
    }

    @Test
    void findsAnEditedQuoteWithinTheBudgetWhereverItIsAndNothingBeyond() {
        long seed = AnchorSeed.choose("ApproximateSearchTest");
        Random random = new Random(seed);
        int found = 0;
        int beyond = 0;
        for (int round = 0; round < 60; round++) {
            String text = cjk(random, 4600);
            int m = 10 + random.nextInt(31);
            String quote = cjk(random, m);
            int k = Math.max(1, (int) Math.floor(m * Reanchorer.MAX_EDIT_RATE));
            String copy = edited(random, quote, random.nextInt(k + 2)); // now and then one edit over the budget
            int at = 100 + random.nextInt(text.length() - 200);
            String revised = text.substring(0, at) + copy + text.substring(at);
            // Expected where it is, far away (beyond the window searched first), or both.
            int far = (at + 2300) % revised.length();
            double[] expected = switch (round % 3) {
            case 0 -> new double[] { at };
            case 1 -> new double[] { far };
            default -> new double[] { far, at + 5 };
            };
            ReanchorRun run = run(revised);
            PlaceScorer scorer = scorer(run, quote, text.substring(at - 16, at), text.substring(at, at + 16), expected);
            Candidate best = ApproximateSearch.best(run, scorer, false);
            int least = leastDistance(quote, revised);
            String what = AnchorSeed.replay(seed, "round " + round + ": m=" + m + ", least distance " + least
                    + " at " + at + ", expected " + java.util.Arrays.toString(expected));
            if ((double) least / m <= Reanchorer.MAX_EDIT_RATE) {
                assertNotNull(best, what);
                assertEquals(least, best.distance(), what);
                assertTrue(best.start() < at + copy.length() && at < best.end(), what + ": found at " + best.start());
                found++;
            } else {
                assertNull(best, what);
                beyond++;
            }
        }
        assertTrue(found > 30 && beyond > 4, found + " found, " + beyond + " beyond the budget");
    }

    @ParameterizedTest(name = "{0} letters, {1} edits: found {2}")
    @CsvSource({
            // length, edits, found: the budget is a fifth of the length, its boundary included
            "10, 2, true", "10, 3, false", "15, 3, true", "15, 4, false", "16, 3, true", "16, 4, false",
            "20, 4, true", "20, 5, false", "25, 5, true", "25, 6, false", "32, 6, true", "32, 7, false",
            "40, 8, true", "40, 9, false", "8, 1, true", "8, 2, false", "5, 1, true", "4, 1, false",
    })
    void theErrorBudgetIsAFifthOfTheQuote(int length, int edits, boolean found) {
        Random random = new Random(length * 31L + edits);
        String before = cjk(random, 3000);
        String after = cjk(random, 3000);
        String quote = cjk(random, length);
        for (double expected : new double[] { 3000, 100 }) { // near, and far from the copy
            String text = before + substituted(quote, edits) + after;
            ReanchorRun run = run(text);
            PlaceScorer scorer = scorer(run, quote, before.substring(2968), after.substring(0, 32), expected);
            Candidate best = ApproximateSearch.best(run, scorer, false);
            assertEquals(found, best != null, "expected at " + expected);
            if (found) {
                assertEquals(3000, best.start());
                assertEquals(3000 + length, best.end());
                assertEquals(edits, best.distance());
            }
        }
    }

    @Test
    void anAcceptablePlaceNearTheExpectedOneWinsOverABetterOneFarAway() {
        Random random = new Random(7);
        String quote = cjk(random, 30);
        String prefix = cjk(random, 32);
        String suffix = cjk(random, 32);
        // Expected at 500: five edits 2000 characters on (near enough to be searched first), one edit at 5000.
        // Same context at both; so far from 500 that position hardly tells them apart, the fewer edits would.
        String text = cjk(random, 2500 - prefix.length()) + prefix + substituted(quote, 5) + suffix
                + cjk(random, 2500 - 30 - 2 * suffix.length()) + prefix + substituted(quote, 1) + suffix
                + cjk(random, 1000);
        int far = text.indexOf(substituted(quote, 1));
        assertEquals(5000, far);
        ReanchorRun run = run(text);
        assertEquals(2500, ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 500), false).start());
        assertEquals(far, ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, far), false).start());
    }

    @Test
    void ofTwoEditedCopiesNearByTheOneWhoseContextAgreesWinsEvenWithAnEditMore() {
        Random random = new Random(11);
        String quote = cjk(random, 30);
        String prefix = cjk(random, 32);
        String suffix = cjk(random, 32);
        String text = cjk(random, 500) + prefix + substituted(quote, 3) + suffix + cjk(random, 100)
                + substituted(quote, 1) + cjk(random, 500);
        int agreeing = 500 + prefix.length();
        ReanchorRun run = run(text);
        Candidate best = ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 600), false);
        assertEquals(agreeing, best.start());
        assertEquals(3, best.distance());
    }

    @Test
    void leavesOutExactCopiesWhenAskedAndPlacesTheAnnotationGaveWayOn() {
        Random random = new Random(13);
        String quote = cjk(random, 20);
        String prefix = cjk(random, 32);
        String suffix = cjk(random, 32);
        String text = cjk(random, 300) + prefix + quote + suffix + cjk(random, 200) + prefix + substituted(quote, 2)
                + suffix + cjk(random, 300);
        int exact = text.indexOf(quote);
        int edited = text.indexOf(substituted(quote, 2));
        ReanchorRun run = run(text);
        assertEquals(exact, ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 400), false).start());
        Candidate skipping = ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 400), true);
        assertEquals(edited, skipping.start());
        assertEquals(2, skipping.distance());
        run.excluded = List.<int[]>of(new int[] { exact + 5, exact + 6 });
        assertEquals(edited, ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 400), false).start());
        run.excluded = List.<int[]>of(new int[] { exact, exact + 20 }, new int[] { edited + 19, edited + 20 });
        assertNull(ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 400), false));
    }

    @Test
    void theRemnantOfAQuoteNearWhereItWasIsTheBestEditedCopyThere() {
        Random random = new Random(17);
        String quote = cjk(random, 20);
        String prefix = cjk(random, 32);
        String suffix = cjk(random, 32);
        // The quote's own sentence, edited (6 of 20 letters: more than a placement may have), at 1000; an exact copy
        // far away at 4000; a copy with more edits and no context beside the remnant.
        String remnant = substituted(quote, 6);
        String text = cjk(random, 1000 - prefix.length()) + prefix + remnant + suffix + cjk(random, 40)
                + substituted(quote, 2) + cjk(random, 2900) + quote + cjk(random, 500);
        int far = text.indexOf(quote);
        ReanchorRun run = run(text);
        PlaceScorer scorer = scorer(run, quote, prefix, suffix, 1000);
        Candidate exactCopy = scorer.exact(far, far + quote.length());
        Candidate variant = ApproximateSearch.nearbyVariant(run, scorer, exactCopy);
        assertNotNull(variant);
        assertEquals(1000, variant.start());
        assertEquals(1020, variant.end());
        assertEquals(6, variant.distance());
        // Scored as an exact occurrence there, less a quarter of the share of the quote that was edited.
        assertEquals(scorer.exact(1000, 1020).total() - 0.25 * 6 / 20, variant.total(), 1e-9);

        // Without a context, and as far from the expected place as the remnant, the copy with fewer edits is better.
        int second = text.indexOf(substituted(quote, 2));
        PlaceScorer blind = scorer(run, quote, "", "", (1000 + second) / 2.0);
        Candidate fewer = ApproximateSearch.nearbyVariant(run, blind, blind.exact(far, far + 20));
        assertEquals(second, fewer.start());
        assertEquals(2, fewer.distance());

        // Nothing near: no remnant. An exact copy near is no remnant either, and neither is the excluded place.
        PlaceScorer elsewhere = scorer(run, quote, prefix, suffix, 2500);
        assertNull(ApproximateSearch.nearbyVariant(run, elsewhere, exactCopy));
        PlaceScorer atTheCopy = scorer(run, quote, prefix, suffix, far);
        assertNull(ApproximateSearch.nearbyVariant(run, atTheCopy, new Candidate(0, 1, 0, 0, 0, 0)));
        assertEquals(second, ApproximateSearch.nearbyVariant(run, scorer, scorer.exact(995, 1010)).start(),
                "the remnant overlaps the excluded place: the next best");
    }

    @Test
    void piecesOfTheQuoteElsewhereNeitherHideNorStopTheSearchForAFarCopy() {
        // The quote (20 letters, 4 edits allowed: 5 pieces of 4) edited in its first piece, 2,900 letters from where
        // it is expected. Its first piece also stands, exactly, later in the text: once, and then every 10 letters (so
        // often that narrowing the search to its places would not pay). The copy is found either way.
        Random random = new Random(43);
        String quote = cjk(random, 20);
        String prefix = cjk(random, 32);
        String suffix = cjk(random, 32);
        String piece = quote.substring(0, 4);
        String copy = quote.charAt(0) + "X" + quote.substring(2);
        StringBuilder once = new StringBuilder(cjk(random, 6000));
        once.replace(3000 - 32, 3000 + 52, prefix + copy + suffix);
        once.replace(5000, 5004, piece);
        StringBuilder often = new StringBuilder(once);
        for (int at = 3100; at + 4 < often.length(); at += 10) {
            often.replace(at, at + 4, piece);
        }
        for (StringBuilder text : List.of(once, often)) {
            ReanchorRun run = run(text.toString());
            Candidate best = ApproximateSearch.best(run, scorer(run, quote, prefix, suffix, 100), false);
            assertNotNull(best);
            assertEquals(3000, best.start());
            assertEquals(1, best.distance());
        }
    }
}
