package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate occurrences of a quote for {@link Reanchorer}: bit-parallel Myers around the expected places, then
 * anywhere the pigeonhole filter allows (every match within k edits shares one of k+1 pieces of the quote exactly);
 * and the edited remnant of a quote near where it is expected, the evidence that a distant exact copy is another use.
 */
final class ApproximateSearch {

    /** Characters searched on each side of the expected place before the whole text is searched. */
    private static final int WINDOW = 2048;

    /** Characters searched on each side of the expected place for an edited remnant of the quote. */
    private static final int VARIANT_WINDOW = 128;

    /**
     * Edits a remnant may have: more than a placement may, because a remnant only has to show that the quote's own
     * sentence is still there, edited beyond recognition as the same quote.
     */
    private static final double VARIANT_EDIT_RATE = 0.3;

    /** What each edited character (as a share of the quote) costs a remnant against an exact occurrence. */
    private static final double VARIANT_EDIT_COST = 0.25;

    private static final int MAX_FUZZY_HITS = 256;

    private ApproximateSearch() {
    }

    /**
     * The best slightly edited occurrence of the quote near where the annotation is expected, that does not overlap
     * {@code exclude}, scored like an exact one less a little per edit; null when there is none. When a quote's own
     * sentence was edited and the same words stand elsewhere (a summary repeating a paragraph), that remnant is the
     * evidence that the exact occurrence far away is another use of the words.
     */
    static Candidate nearbyVariant(ReanchorRun run, PlaceScorer scorer, Candidate exclude) {
        String pattern = scorer.pattern;
        int m = pattern.length();
        int k = Math.max(1, (int) Math.round(m * VARIANT_EDIT_RATE));
        run.myers.setPattern(pattern);
        char[] chars = run.folded.chars();
        Candidate best = null;
        for (int[] region : expectedWindows(run, scorer, m + k, VARIANT_WINDOW)) {
            for (MyersMatcher.Hit hit : run.myers.scan(chars, region[0], region[1], k, MAX_FUZZY_HITS)) {
                int[] aligned = MyersMatcher.alignStart(chars, hit.end(), pattern, k);
                int distance = Math.min(hit.distance(), aligned[1]);
                if (aligned[0] >= hit.end() || distance == 0) {
                    continue;
                }
                Candidate c = scorer.exact(aligned[0], hit.end());
                if (c.overlaps(exclude)) {
                    continue;
                }
                double total = c.total() - VARIANT_EDIT_COST * distance / m;
                if (best == null || total > best.total()) {
                    best = new Candidate(c.start(), c.end(), distance, c.context(), total, c.offBy());
                }
            }
        }
        return best;
    }

    /**
     * The folded-text regions within {@code margin} of every place the annotation is expected, each long enough for a
     * match of {@code span} characters, merged where they overlap.
     */
    private static List<int[]> expectedWindows(ReanchorRun run, PlaceScorer scorer, int span, int margin) {
        int n = run.folded.chars().length;
        List<int[]> windows = new ArrayList<>();
        for (double e : scorer.expected) {
            int at = run.folded.foldedIndexAtOrAfter((int) Math.max(0, e));
            windows.add(new int[] { Math.max(0, at - margin), Math.min(n, at + span + margin) });
        }
        return merge(windows);
    }

    /**
     * The best occurrence within {@link Reanchorer#Reanchorer.MAX_EDIT_RATE} edits: near every expected place first, then
     * anywhere; null when none is acceptable.
     *
     * @param skipExact leave out exact occurrences (an edited remnant near the expected place beat them)
     */
    static Candidate best(ReanchorRun run, PlaceScorer scorer, boolean skipExact) {
        String pattern = scorer.pattern;
        int m = pattern.length();
        int k = Math.max(1, (int) Math.floor(m * Reanchorer.MAX_EDIT_RATE));
        run.myers.setPattern(pattern);
        char[] chars = run.folded.chars();
        int n = chars.length;

        // 1. Near every expected place.
        Candidate best = bestIn(run, scorer, expectedWindows(run, scorer, m + k, WINDOW), k, skipExact);
        if (best != null && acceptApproximate(m, best)) {
            return best;
        }
        // 2. Anywhere: only regions that share one of k+1 pieces of the quote exactly can hold a match.
        List<int[]> regions = pigeonholeRegions(run, pattern, k);
        if (regions == null) {
            regions = new ArrayList<>(List.of(new int[] { 0, n }));
        }
        Candidate global = bestIn(run, scorer, merge(regions), k, skipExact);
        if (global != null && (best == null || global.total() > best.total())) {
            best = global;
        }
        return best != null && acceptApproximate(m, best) ? best : null;
    }

    private static Candidate bestIn(ReanchorRun run, PlaceScorer scorer, List<int[]> regions, int k, boolean skipExact) {
        char[] chars = run.folded.chars();
        Candidate best = null;
        for (int[] region : regions) {
            for (MyersMatcher.Hit hit : run.myers.scan(chars, region[0], region[1], k, MAX_FUZZY_HITS)) {
                int[] aligned = MyersMatcher.alignStart(chars, hit.end(), scorer.pattern, k);
                if (aligned[0] >= hit.end()) {
                    continue;
                }
                int distance = Math.min(hit.distance(), aligned[1]);
                if ((skipExact && distance == 0) || run.isExcluded(aligned[0], hit.end())) {
                    continue;
                }
                Candidate c = scorer.approximate(aligned[0], hit.end(), distance);
                if (best == null || c.total() > best.total()) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * Regions around exact occurrences of the k+1 pieces of the pattern, or null when the pieces are too short for
     * the 4-gram index or too frequent to narrow the search.
     */
    private static List<int[]> pigeonholeRegions(ReanchorRun run, String pattern, int k) {
        int m = pattern.length();
        int pieces = k + 1;
        int pieceLength = m / pieces;
        if (pieceLength < QGramIndex.Q) {
            return null;
        }
        int n = run.folded.length();
        List<int[]> regions = new ArrayList<>();
        long covered = 0;
        for (int p = 0; p < pieces; p++) {
            int from = p * pieceLength;
            int to = p == pieces - 1 ? m : from + pieceLength;
            for (int at : run.occurrences(pattern.substring(from, to))) {
                int begin = Math.max(0, at - from - k);
                int end = Math.min(n, at - from + m + k);
                regions.add(new int[] { begin, end });
                covered += end - begin;
            }
            if (covered > n) {
                return null;
            }
        }
        return regions;
    }

    private static List<int[]> merge(List<int[]> regions) {
        regions.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : regions) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] { r[0], r[1] });
            }
        }
        return merged;
    }

    private static boolean acceptApproximate(int length, Candidate candidate) {
        double similarity = 1 - (double) candidate.distance() / length;
        double needed = length < 16 ? 0.3 : length < 32 ? 0.2 : 0.1;
        return candidate.context() >= needed && similarity >= 1 - Reanchorer.MAX_EDIT_RATE;
    }

}
