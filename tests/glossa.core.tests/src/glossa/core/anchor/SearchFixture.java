package glossa.core.anchor;

import java.util.List;
import java.util.Random;

/**
 * Texts and searches for the anchor search tests: random CJK text in which no quote occurs by chance (3,000 letters),
 * a re-anchoring run over it without sections, and a scorer for one quote with its stored context.
 */
final class SearchFixture {

    private SearchFixture() {
    }

    /** {@code length} random CJK letters. */
    static String cjk(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (0x4E00 + random.nextInt(3000)));
        }
        return s.toString();
    }

    /** A run over {@code text} with no sections and no old text (the old length taken as the new one). */
    static ReanchorRun run(String text) {
        return new ReanchorRun(text, List.of(), null);
    }

    /** A scorer for {@code quote} with its stored prefix and suffix, expected at the given real offsets. */
    static PlaceScorer scorer(ReanchorRun run, String quote, String prefix, String suffix, double... expected) {
        run.prefix.setSide(NormalizedText.fold(prefix), run.folded);
        run.suffix.setSide(NormalizedText.fold(suffix), run.folded);
        return new PlaceScorer(run.folded, run.sections, run.positionScale, NormalizedText.fold(quote), run.prefix,
                run.suffix, expected, null);
    }

    /** {@code quote} with {@code edits} substitutions by ASCII letters (absent from CJK text), spread evenly. */
    static String substituted(String quote, int edits) {
        StringBuilder s = new StringBuilder(quote);
        for (int i = 0; i < edits; i++) {
            int at = (int) ((i + 0.5) * quote.length() / edits);
            s.setCharAt(at, (char) ('A' + i));
        }
        return s.toString();
    }
}
