package glossa.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial naive Bayes classifier over string features with Laplace (add-alpha) smoothing. Small on purpose:
 * training is one pass of counting, prediction one pass over a unit's features; no library fits the OSGi target
 * more simply than these hundred lines.
 */
public final class NaiveBayes {

    private final double alpha;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, double[]> featureCounts = new HashMap<>();
    private double[] labelDocuments = new double[0];
    private double[] labelFeatureTotals = new double[0];
    private double documents;

    public NaiveBayes(double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha must be positive");
        }
        this.alpha = alpha;
    }

    /** Counts one example. */
    public void add(String label, List<String> features) {
        int index = labels.indexOf(label);
        if (index < 0) {
            index = labels.size();
            labels.add(label);
            labelDocuments = grow(labelDocuments);
            labelFeatureTotals = grow(labelFeatureTotals);
            for (Map.Entry<String, double[]> entry : featureCounts.entrySet()) {
                entry.setValue(grow(entry.getValue()));
            }
        }
        documents++;
        labelDocuments[index]++;
        for (String feature : features) {
            double[] counts = featureCounts.computeIfAbsent(feature, f -> new double[labels.size()]);
            counts[index]++;
            labelFeatureTotals[index]++;
        }
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** The posterior probability of each label (summing to 1), in the order labels were first seen. */
    public Map<String, Double> posterior(List<String> features) {
        int n = labels.size();
        double[] scores = new double[n];
        double vocabulary = featureCounts.size() + 1;
        for (int c = 0; c < n; c++) {
            scores[c] = Math.log(labelDocuments[c] / documents);
        }
        for (String feature : features) {
            double[] counts = featureCounts.get(feature);
            if (counts == null) {
                continue; // unseen everywhere: the same factor for every label
            }
            for (int c = 0; c < n; c++) {
                scores[c] += Math.log((counts[c] + alpha) / (labelFeatureTotals[c] + alpha * vocabulary));
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        Map<String, Double> posterior = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
            posterior.put(labels.get(c), scores[c] / sum);
        }
        return posterior;
    }

    private static double[] grow(double[] array) {
        double[] grown = new double[array.length + 1];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }
}
