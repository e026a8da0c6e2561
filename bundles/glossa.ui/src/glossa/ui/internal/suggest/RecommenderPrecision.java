package glossa.ui.internal.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * Each recommender's precision on the analyst's own decisions so far: accepted / (accepted + rejected), counted over
 * the annotations that carry a recommender (an accepted suggestion keeps it, a rejected one stays as REJECTED).
 */
public final class RecommenderPrecision {

    /** Decisions on one recommender's suggestions. */
    public record Tally(String recommender, int accepted, int rejected) {
        public int decided() {
            return accepted + rejected;
        }

        public double precision() {
            return decided() == 0 ? 0 : (double) accepted / decided();
        }
    }

    private RecommenderPrecision() {
    }

    /** Per recommender id, in id order. O(n) over the annotations. */
    public static List<Tally> of(Document document) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Annotation a : document.getAnnotations()) {
            String recommender = a.getRecommender();
            if (recommender == null || recommender.isEmpty()) {
                continue;
            }
            if (a.getStatus() == AnnotationStatus.CONFIRMED) {
                counts.computeIfAbsent(recommender, r -> new int[2])[0]++;
            } else if (a.getStatus() == AnnotationStatus.REJECTED) {
                counts.computeIfAbsent(recommender, r -> new int[2])[1]++;
            }
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((r, c) -> tallies.add(new Tally(r, c[0], c[1])));
        return tallies;
    }

    /** One line for the status line, e.g. "cue-rules: 12/15 accepted (80%) · learned: 3/4 accepted (75%)". */
    public static String describe(Document document) {
        List<Tally> tallies = of(document);
        if (tallies.isEmpty()) {
            return Messages.Precision_none;
        }
        List<String> parts = new ArrayList<>();
        for (Tally t : tallies) {
            parts.add(NLS.bind(Messages.Precision_one, new Object[] { t.recommender(), t.accepted(), t.decided(),
                    Math.round(100 * t.precision()) }));
        }
        return String.join(" \u00b7 ", parts);
    }
}
