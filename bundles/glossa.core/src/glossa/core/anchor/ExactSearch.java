package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact occurrences of a quote for {@link Reanchorer}: every place the folded quote occurs (less the places the
 * annotation gave way on), scored by {@link PlaceScorer}, the best one, how many rivals come within
 * {@link Reanchorer#MARGIN} of it, and whether its context is its own. The counterpart of {@link ApproximateSearch}.
 */
final class ExactSearch {

    /** Another place whose context comes this close to the best's makes the best's displacement no evidence. */
    private static final double CONTEXT_TWIN = 0.15;

    /** Up to this many occurrences, all are checked for a twin context; beyond, only the ones scored. */
    private static final int TWIN_CHECK_LIMIT = 16;

    /**
     * The best of an annotation's places, how many others come within {@link Reanchorer#MARGIN} of it, and whether
     * its context is its own: no other place has about as good a context (a repeated sentence), so that its
     * displacement may predict the next annotation's.
     */
    record Ranked(Candidate best, int rivals, boolean distinct) {
    }

    private ExactSearch() {
    }

    /** The exact occurrences of {@code scorer}'s quote ranked; null when there is none. */
    static Ranked best(ReanchorRun run, PlaceScorer scorer) {
        int m = scorer.pattern.length();
        int[] found = run.occurrences(scorer.pattern);
        if (!run.excluded.isEmpty()) {
            found = Arrays.stream(found).filter(at -> !run.isExcluded(at, at + m)).toArray();
        }
        if (found.length == 0) {
            return null;
        }
        // Start near the expected place so a good candidate is known early and the bound skips the far ones.
        int nearest = nearestIndex(run, found, scorer.expected[scorer.expected.length - 1]);
        Candidate best = scorer.exact(found[nearest], found[nearest] + m);
        List<Candidate> close = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            if (i == nearest) {
                continue;
            }
            double position = scorer.position(run.folded.realBegin(found[i]));
            // A place that cannot come within the margin of the best so far can be neither the best nor a rival.
            if (PlaceScorer.upperBound(position) < best.total() - Reanchorer.MARGIN) {
                continue;
            }
            Candidate c = scorer.exact(found[i], found[i] + m);
            if (c.total() > best.total()) {
                close.add(best);
                best = c;
            } else {
                close.add(c);
            }
        }
        return new Ranked(best, rivals(best, close), distinct(scorer, best, close, found));
    }

    private static boolean distinct(PlaceScorer scorer, Candidate best, List<Candidate> scored, int[] found) {
        if (found.length > TWIN_CHECK_LIMIT) {
            for (Candidate c : scored) {
                if (!c.overlaps(best) && c.context() >= best.context() - CONTEXT_TWIN) {
                    return false;
                }
            }
            return true;
        }
        int m = scorer.pattern.length();
        for (int at : found) {
            if ((at + m <= best.start() || at >= best.end())
                    && scorer.context(at, at + m) >= best.context() - CONTEXT_TWIN) {
                return false;
            }
        }
        return true;
    }

    /** How many places that do not overlap {@code best} score within {@link Reanchorer#MARGIN} of it. */
    private static int rivals(Candidate best, List<Candidate> others) {
        int n = 0;
        for (Candidate c : others) {
            if (c.total() >= best.total() - Reanchorer.MARGIN && !c.overlaps(best)) {
                n++;
            }
        }
        return n;
    }

    private static int nearestIndex(ReanchorRun run, int[] found, double expectedReal) {
        int foldedExpected = run.folded.foldedIndexAtOrAfter((int) Math.max(0, expectedReal));
        int i = Arrays.binarySearch(found, foldedExpected);
        if (i >= 0) {
            return i;
        }
        i = -i - 1;
        if (i >= found.length) {
            return found.length - 1;
        }
        if (i > 0 && foldedExpected - found[i - 1] < found[i] - foldedExpected) {
            return i - 1;
        }
        return i;
    }
}
