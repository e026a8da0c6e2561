package glossa.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;

/**
 * The peer for {@link glossa.core.agreement.Agreement}: what one writes from the textbook, character by character.
 * Paint each coder's types onto an array of the text's length, then for every character add the coders' value pairs
 * to a coincidence matrix per type and over all types (a matrix over sets of types) and to the two coders'
 * contingency tables; percent, Cohen's kappa and Krippendorff's alpha follow from the matrices. It computes three
 * of the four figures (not unitizing alpha, whose textbook form loops over units times gaps), so the comparison
 * flatters the peer. Up to 63 types.
 */
public final class NaiveAgreement {

    private NaiveAgreement() {
    }

    /** {percent, kappa, alpha} per type (codebook order, used types only) and over all types (last). */
    public static List<double[]> compute(Document document, int textLength) {
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        TreeSet<String> coderNames = new TreeSet<>();
        for (Annotation a : document.getAnnotations()) {
            coderNames.add(a.getAuthor());
        }
        List<String> coders = new ArrayList<>(coderNames);
        int m = coders.size();
        long[][] painted = new long[m][textLength];
        boolean[] used = new boolean[types.size()];
        for (Annotation a : document.getAnnotations()) {
            if (a.getStatus() == AnnotationStatus.ORPHANED || a.getType() == null) {
                continue;
            }
            int c = coders.indexOf(a.getAuthor());
            int t = types.indexOf(a.getType());
            used[t] = true;
            for (int p = Math.max(0, a.getBegin()); p < Math.min(textLength, a.getEnd()); p++) {
                painted[c][p] |= 1L << t;
            }
        }
        List<double[]> results = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            if (used[t]) {
                results.add(figures(painted, textLength, 1L << t));
            }
        }
        results.add(figures(painted, textLength, -1L));
        return results;
    }

    /** The figures of the values {@code painted & mask} (a type's bit, or all bits for sets of types). */
    private static double[] figures(long[][] painted, int length, long mask) {
        int m = painted.length;
        Map<Long, Map<Long, Double>> coincidences = new HashMap<>();
        Map<Long, Map<Long, Long>> contingency = new HashMap<>();
        for (int p = 0; p < length; p++) {
            for (int i = 0; i < m; i++) {
                long vi = painted[i][p] & mask;
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences.computeIfAbsent(vi, k -> new HashMap<>()).merge(painted[j][p] & mask,
                                1.0 / (m - 1), Double::sum);
                    }
                }
            }
            if (m == 2) {
                contingency.computeIfAbsent(painted[0][p] & mask, k -> new HashMap<>()).merge(painted[1][p] & mask,
                        1L, Long::sum);
            }
        }
        double n = 0;
        double diagonal = 0;
        Map<Long, Double> marginals = new HashMap<>();
        for (var row : coincidences.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                n += cell.getValue();
                marginals.merge(row.getKey(), cell.getValue(), Double::sum);
                if (row.getKey().equals(cell.getKey())) {
                    diagonal += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (var c : marginals.entrySet()) {
            for (var k : marginals.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        double alpha = expected == 0 ? Double.NaN : 1 - (n - 1) * (n - diagonal) / expected;
        double kappa = Double.NaN;
        if (m == 2) {
            Map<Long, Long> rows = new HashMap<>();
            Map<Long, Long> columns = new HashMap<>();
            long agree = 0;
            for (var row : contingency.entrySet()) {
                for (var cell : row.getValue().entrySet()) {
                    rows.merge(row.getKey(), cell.getValue(), Long::sum);
                    columns.merge(cell.getKey(), cell.getValue(), Long::sum);
                    agree += row.getKey().equals(cell.getKey()) ? cell.getValue() : 0;
                }
            }
            double chance = 0;
            for (var r : rows.entrySet()) {
                chance += (double) r.getValue() / length * columns.getOrDefault(r.getKey(), 0L) / length;
            }
            kappa = ((double) agree / length - chance) / (1 - chance);
        }
        return new double[] { diagonal / n, kappa, alpha };
    }
}
