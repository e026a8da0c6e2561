package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.model.AnchorState;

/**
 * A revision maps each old character to at most one new one, so two annotations that now cover the same characters
 * must have come from the same old characters. When their displacements disagree by more than a few edits, one of
 * them was placed on another use of its words — typically a sentence the article says twice, whose one copy was
 * rewritten or deleted. The one that moved further from where it was expected gives way and is orphaned.
 */
final class ClaimCheck {

    /** Displacements of overlapping placements may differ by this much (edits and whitespace between them). */
    private static final int TOLERANCE = 24;

    /** The farther placement must be this much farther (characters) from its expected place to give way. */
    private static final int CLEARLY_FARTHER = 16;

    static final String REASON = "its place is another annotation's text";

    private ClaimCheck() {
    }

    /**
     * @param offBy for each placed result's annotation, how far (characters) its place is from where it was expected
     * @return the placed results that give way
     */
    static Set<AnchorResult> losers(List<AnchorResult> results, Map<Object, Double> offBy) {
        List<AnchorResult> placed = new ArrayList<>();
        for (AnchorResult r : results) {
            if (r.state() != AnchorState.ORPHANED && r.newEnd() > r.newBegin() && offBy.containsKey(r.annotation())) {
                placed.add(r);
            }
        }
        placed.sort(Comparator.comparingInt(AnchorResult::newBegin));
        Set<AnchorResult> losers = new HashSet<>();
        for (int i = 0; i < placed.size(); i++) {
            AnchorResult a = placed.get(i);
            for (int j = i + 1; j < placed.size() && placed.get(j).newBegin() < a.newEnd(); j++) {
                AnchorResult b = placed.get(j);
                int deltaA = a.newBegin() - a.oldBegin();
                int deltaB = b.newBegin() - b.oldBegin();
                if (Math.abs(deltaA - deltaB) <= TOLERANCE) {
                    continue;
                }
                double offA = offBy.get(a.annotation());
                double offB = offBy.get(b.annotation());
                if (offA > offB + CLEARLY_FARTHER) {
                    losers.add(a);
                } else if (offB > offA + CLEARLY_FARTHER) {
                    losers.add(b);
                }
            }
        }
        return losers;
    }
}
