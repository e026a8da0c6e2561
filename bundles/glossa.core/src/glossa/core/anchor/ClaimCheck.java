package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import glossa.model.AnchorState;

/**
 * A revision maps each old character to at most one new one, so two annotations that now cover the same characters
 * must have come from the same old characters. When their displacements disagree by more than a few edits, one of
 * them was placed on another use of its words — typically a sentence the article says twice, whose one copy was
 * rewritten or deleted. One found unchanged at its old offsets keeps the place; otherwise the one that landed
 * clearly farther from where it was expected gives way; then, of two short ones from the same old section, the one
 * far from where its old offset and section put it (a chain of placements on the other copy expects it there, but
 * nothing else does); otherwise the one whose old neighbours (same old section) did not move with it. The one that gives way is orphaned; when nothing tells them apart, both stay.
 */
final class ClaimCheck {

    /** Displacements of overlapping placements may differ by this much (edits and whitespace between them). */
    private static final int TOLERANCE = 24;

    /** The farther placement must be this much farther (characters) from its expected place to give way. */
    private static final int CLEARLY_FARTHER = 16;

    /**
     * Of two placements both where the placements before them led, the one this much farther (characters) from where
     * its old offset and section put it gives way: more than the edits near one place, less than a sentence.
     */
    private static final int FAR_FROM_OWN = 64;

    /** Placements of at least this many characters are not taken back for being far from their own place. */
    private static final int UNMISTAKABLE = 20;

    /** Old neighbours are the placements that began within this many characters of one's old begin. */
    private static final int NEIGHBOURHOOD = 160;

    static final String REASON = "its place is another annotation's text";

    private final List<AnchorResult> placed = new ArrayList<>();
    private final Map<Object, Double> offBy;
    private final Map<Object, Double> offByOwn;
    private final Function<AnchorResult, Object> oldSection;

    /**
     * @param offBy      for each placed result's annotation, how far (characters) its place is from where it was
     *                   expected
     * @param offByOwn   the same, from the places that do not depend on earlier placements
     * @param oldSection the section each result's annotation was in before the revision (identity compared)
     */
    private ClaimCheck(List<AnchorResult> results, Map<Object, Double> offBy, Map<Object, Double> offByOwn,
            Function<AnchorResult, Object> oldSection) {
        this.offBy = offBy;
        this.offByOwn = offByOwn;
        this.oldSection = oldSection;
        for (AnchorResult r : results) {
            if (r.state() != AnchorState.ORPHANED && r.newEnd() > r.newBegin() && offBy.containsKey(r.annotation())) {
                placed.add(r);
            }
        }
        placed.sort(Comparator.comparingInt(AnchorResult::newBegin));
    }

    /** The placed results among {@code results} that give way. */
    static Set<AnchorResult> losers(List<AnchorResult> results, Map<Object, Double> offBy,
            Map<Object, Double> offByOwn, Function<AnchorResult, Object> oldSection) {
        return new ClaimCheck(results, offBy, offByOwn, oldSection).losers();
    }

    private Set<AnchorResult> losers() {
        Set<AnchorResult> losers = new HashSet<>();
        for (int i = 0; i < placed.size(); i++) {
            AnchorResult a = placed.get(i);
            for (int j = i + 1; j < placed.size() && placed.get(j).newBegin() < a.newEnd(); j++) {
                AnchorResult b = placed.get(j);
                if (Math.abs(delta(a) - delta(b)) > TOLERANCE) {
                    AnchorResult loser = loser(a, b);
                    if (loser != null) {
                        losers.add(loser);
                    }
                }
            }
        }
        return losers;
    }

    private AnchorResult loser(AnchorResult a, AnchorResult b) {
        boolean stayedA = a.state() == AnchorState.EXACT;
        boolean stayedB = b.state() == AnchorState.EXACT;
        if (stayedA != stayedB) {
            // Unchanged at its old offsets with both sides of its context: the other one came from elsewhere.
            return stayedA ? b : a;
        }
        double offA = offBy.get(a.annotation());
        double offB = offBy.get(b.annotation());
        if (offA > offB + CLEARLY_FARTHER) {
            return a;
        }
        if (offB > offA + CLEARLY_FARTHER) {
            return b;
        }
        // Both where the placements before them led; a chain of placements on another use of their words leads
        // there too, but only the right one is also near where its old offset and section put it.
        double ownA = offByOwn.get(a.annotation());
        double ownB = offByOwn.get(b.annotation());
        if (offA <= CLEARLY_FARTHER && offB <= CLEARLY_FARTHER
                && Objects.equals(oldSection.apply(a), oldSection.apply(b))) {
            if (ownA > ownB + FAR_FROM_OWN && mistakable(a)) {
                return a;
            }
            if (ownB > ownA + FAR_FROM_OWN && mistakable(b)) {
                return b;
            }
        }
        // Both where expected (a chain of placements can carry a wrong expectation along).
        int supportA = support(a, b);
        int supportB = support(b, a);
        if (supportA + 1 < supportB) {
            return a;
        }
        return supportB + 1 < supportA ? b : null;
    }

    /** A quote short enough to be another use of the same words (a long one is its own evidence). */
    private static boolean mistakable(AnchorResult r) {
        return r.newEnd() - r.newBegin() < UNMISTAKABLE;
    }

    private static int delta(AnchorResult r) {
        return r.newBegin() - r.oldBegin();
    }

    /** How many old neighbours of {@code r} in its old section (other than {@code rival}) moved about as far. */
    private int support(AnchorResult r, AnchorResult rival) {
        Object section = oldSection.apply(r);
        int n = 0;
        for (AnchorResult other : placed) {
            if (other != r && other != rival && Math.abs(other.oldBegin() - r.oldBegin()) <= NEIGHBOURHOOD
                    && Math.abs(delta(other) - delta(r)) <= TOLERANCE
                    && Objects.equals(oldSection.apply(other), section)) {
                n++;
            }
        }
        return n;
    }
}
