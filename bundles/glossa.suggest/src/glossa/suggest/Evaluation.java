package glossa.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores suggestions against gold: a suggestion matches a gold annotation of the same type when their spans overlap
 * by at least half of the shorter one; each gold annotation matches at most once (suggestions are matched most
 * confident first, each to the gold span it overlaps most). Precision, recall and F1 per type and overall (micro).
 */
public final class Evaluation {

    public static final String OVERALL = "overall";

    private Evaluation() {
    }

    /** Counts of one type (or overall). */
    public record Score(int truePositives, int suggested, int gold) {

        public double precision() {
            return suggested == 0 ? 0 : (double) truePositives / suggested;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Score plus(Score other) {
            return new Score(truePositives + other.truePositives, suggested + other.suggested, gold + other.gold);
        }
    }

    /** Scores per type id, plus {@value #OVERALL}; types are those of the gold and the suggestions. */
    public static Map<String, Score> score(List<GoldSpan> gold, List<Suggestion> suggestions) {
        Map<String, int[]> counts = new TreeMap<>();
        for (GoldSpan g : gold) {
            counts.computeIfAbsent(g.typeId(), t -> new int[3])[2]++;
        }
        List<Suggestion> ordered = new ArrayList<>(suggestions);
        ordered.sort(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(Suggestions.TEXT_ORDER));
        boolean[] used = new boolean[gold.size()];
        for (Suggestion s : ordered) {
            int[] count = counts.computeIfAbsent(s.typeId(), t -> new int[3]);
            count[1]++;
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < gold.size(); i++) {
                GoldSpan g = gold.get(i);
                if (used[i] || !g.typeId().equals(s.typeId())) {
                    continue;
                }
                int overlap = s.overlap(g.begin(), g.end());
                int shorter = Math.min(s.length(), g.end() - g.begin());
                if (overlap > 0 && 2 * overlap >= shorter && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                count[0]++;
            }
        }
        Map<String, Score> scores = new TreeMap<>();
        Score overall = new Score(0, 0, 0);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            Score score = new Score(c[0], c[1], c[2]);
            scores.put(entry.getKey(), score);
            overall = overall.plus(score);
        }
        scores.put(OVERALL, overall);
        return scores;
    }
}
