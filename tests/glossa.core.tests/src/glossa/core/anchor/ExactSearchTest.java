package glossa.core.anchor;

import static glossa.core.anchor.SearchFixture.cjk;
import static glossa.core.anchor.SearchFixture.run;
import static glossa.core.anchor.SearchFixture.scorer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which exact occurrence of a quote is the best (context first, then closeness to the expected place), how many
 * others come within {@link Reanchorer#MARGIN} of it (rivals: the annotation is then ambiguous), and whether its
 * context is its own (no other occurrence about as well framed: a repeated sentence is not).
 */
class ExactSearchTest {

    private final Random random = new Random(23);
    private final String quote = cjk(random, 12);
    private final String prefix = cjk(random, 32);
    private final String suffix = cjk(random, 32);

    /** Random text with the quote at each offset, framed by the stored context where {@code framed}. */
    private String text(int length, int[] at, boolean[] framed) {
        StringBuilder s = new StringBuilder(cjk(random, length));
        for (int i = 0; i < at.length; i++) {
            String piece = framed[i] ? prefix + quote + suffix : quote;
            int start = framed[i] ? at[i] - prefix.length() : at[i];
            s.replace(start, start + piece.length(), piece);
        }
        return s.toString();
    }

    @Test
    void noOccurrenceOrOnlyPlacesTheAnnotationGaveWayOnIsNone() {
        ReanchorRun none = run(cjk(random, 2000));
        assertNull(ExactSearch.best(none, scorer(none, quote, prefix, suffix, 500)));

        ReanchorRun run = run(text(2000, new int[] { 500, 1500 }, new boolean[] { true, true }));
        run.excluded = List.<int[]>of(new int[] { 511, 512 }); // the last letter of the first
        ExactSearch.Ranked ranked = ExactSearch.best(run, scorer(run, quote, prefix, suffix, 500));
        assertEquals(1500, ranked.best().start());
        assertEquals(0, ranked.rivals());
        assertTrue(ranked.distinct());
        run.excluded = List.<int[]>of(new int[] { 1499, 1501 }, new int[] { 400, 501 });
        assertNull(ExactSearch.best(run, scorer(run, quote, prefix, suffix, 500)));
        run.excluded = List.<int[]>of(new int[] { 512, 1500 }); // between them, touching both: neither excluded
        assertEquals(500, ExactSearch.best(run, scorer(run, quote, prefix, suffix, 500)).best().start());
    }

    @ParameterizedTest(name = "at {0}, framed {1}, expected at {2}: best {3}, {4} rivals, distinct {5}")
    @CsvSource(delimiter = '|', value = {
            // occurrences | framed by the context | expected at | best | rivals | distinct
            "1000 | true | 1000 | 1000 | 0 | true", // one: itself
            "1000 1080 | true false | 1080 | 1000 | 0 | true", // context outweighs 80 characters
            "1000 1080 | false true | 1000 | 1080 | 0 | true",
            "1000 1080 | true true | 1035 | 1000 | 1 | false", // twins about as near: ambiguous
            "1000 3000 | true true | 1000 | 1000 | 0 | false", // a twin far away: no rival, but not distinct
            "1000 3000 | true false | 1000 | 1000 | 0 | true",
            "1000 3000 | true false | 3000 | 1000 | 0 | true", // however far the framed one is
            "1000 1060 | false false | 1000 | 1000 | 1 | false", // no context: position alone, within the margin
            "1000 1400 | false false | 1000 | 1000 | 0 | false", // far enough apart to tell
            "1000 1400 | false false | 1400 | 1400 | 0 | false",
    })
    void ranksTheOccurrences(String at, String framed, double expected, int best, int rivals, boolean distinct) {
        int[] offsets = java.util.Arrays.stream(at.split(" ")).mapToInt(Integer::parseInt).toArray();
        String[] f = framed.split(" ");
        boolean[] frames = new boolean[f.length];
        for (int i = 0; i < f.length; i++) {
            frames[i] = Boolean.parseBoolean(f[i]);
        }
        ReanchorRun run = run(text(4000, offsets, frames));
        ExactSearch.Ranked ranked = ExactSearch.best(run, scorer(run, quote, prefix, suffix, expected));
        assertEquals(best, ranked.best().start(), "best");
        assertEquals(best + quote.length(), ranked.best().end());
        assertEquals(0, ranked.best().distance());
        assertEquals(rivals, ranked.rivals(), "rivals");
        assertEquals(distinct, ranked.distinct(), "distinct");
    }

    @Test
    void amongManyOccurrencesATwinContextIsStillSeen() {
        // 20 occurrences (more than are all checked for a twin), each in its own context; the annotation's is the
        // eighth's. Then the sixteenth gets the same context: no longer distinct. Position never makes it a rival.
        int[] at = new int[20];
        boolean[] framed = new boolean[20];
        for (int i = 0; i < at.length; i++) {
            at[i] = 200 + 150 * i;
        }
        framed[7] = true;
        String text = text(3400, at, framed);
        ReanchorRun run = run(text);
        ExactSearch.Ranked ranked = ExactSearch.best(run, scorer(run, quote, prefix, suffix, at[7]));
        assertEquals(at[7], ranked.best().start());
        assertEquals(0, ranked.rivals());
        assertTrue(ranked.distinct());

        framed[15] = true;
        ReanchorRun twins = run(text(3400, at, framed));
        ExactSearch.Ranked again = ExactSearch.best(twins, scorer(twins, quote, prefix, suffix, at[7]));
        assertEquals(at[7], again.best().start());
        assertEquals(0, again.rivals());
        assertFalse(again.distinct());
        // Expected between them, nearer the twin: it is the best, and the eighth its rival.
        ExactSearch.Ranked between = ExactSearch.best(twins, scorer(twins, quote, prefix, suffix, at[12]));
        assertEquals(at[15], between.best().start());
        assertEquals(1, between.rivals());
        assertFalse(between.distinct());
    }
}
