package glossa.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A multinomial logistic regression (softmax) over binary string features, trained by stochastic gradient descent
 * with L2 regularisation and a fixed seed (the same decisions give the same model). Chosen over naive Bayes because
 * its probabilities stay calibrated when one class ("none") outnumbers the others tenfold, as it does in coded text;
 * each class is weighted by the inverse of its frequency (balanced), so that a rare type is still learnt.
 */
public final class LogisticRegression {

    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final List<String> labels = new ArrayList<>();
    /** Feature name to its row in {@link #weights}; rows of {@code labels.size()} weights, one array for speed. */
    private final Map<String, Integer> index = new HashMap<>();
    private double[] weights = new double[0];
    private double[] bias = new double[0];

    public LogisticRegression(int epochs, double learningRate, double l2) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    /** Trains on {@code examples} (label, features); features are used as a set. */
    public void train(List<String> exampleLabels, List<List<String>> exampleFeatures) {
        if (exampleLabels.size() != exampleFeatures.size()) {
            throw new IllegalArgumentException("one label per example");
        }
        labels.clear();
        index.clear();
        for (String label : exampleLabels) {
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        int n = labels.size();
        bias = new double[n];
        List<int[]> sets = new ArrayList<>();
        int[] targets = new int[exampleLabels.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = labels.indexOf(exampleLabels.get(i));
            sets.add(new LinkedHashSet<>(exampleFeatures.get(i)).stream()
                    .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray());
        }
        weights = new double[index.size() * n];
        int[] order = new int[targets.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] classWeight = new double[n];
        for (int t : targets) {
            classWeight[t]++;
        }
        for (int c = 0; c < n; c++) {
            classWeight[c] = targets.length / (n * classWeight[c]);
        }
        Random random = new Random(42);
        double[] p = new double[n];
        double[] gradient = new double[n];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double rate = learningRate / (1 + epoch);
            for (int i : order) {
                int[] features = sets.get(i);
                probabilities(features, p);
                double scale = scale(features.length);
                for (int c = 0; c < n; c++) {
                    gradient[c] = classWeight[targets[i]] * (p[c] - (c == targets[i] ? 1 : 0));
                    bias[c] -= rate * gradient[c];
                }
                for (int f : features) {
                    int row = f * n;
                    for (int c = 0; c < n; c++) {
                        weights[row + c] -= rate * (gradient[c] * scale + l2 * weights[row + c]);
                    }
                }
            }
        }
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** The probability of each label (summing to 1), in the order labels were first seen in training. */
    public Map<String, Double> posterior(List<String> features) {
        int[] known = new LinkedHashSet<>(features).stream().map(index::get).filter(i -> i != null)
                .mapToInt(Integer::intValue).toArray();
        double[] p = new double[labels.size()];
        probabilities(known, p, scale(new LinkedHashSet<>(features).size()));
        Map<String, Double> posterior = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            posterior.put(labels.get(c), p[c]);
        }
        return posterior;
    }

    private void probabilities(int[] features, double[] p) {
        probabilities(features, p, scale(features.length));
    }

    /** Softmax of bias + scale * the weights of the features; unknown features were left out by the caller. */
    private void probabilities(int[] features, double[] p, double scale) {
        int n = p.length;
        System.arraycopy(bias, 0, p, 0, n);
        for (int f : features) {
            int row = f * n;
            for (int c = 0; c < n; c++) {
                p[c] += weights[row + c] * scale;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < n; c++) {
            p[c] /= sum;
        }
    }

    /** Long and short units weigh alike: features count 1/sqrt(n). */
    private static double scale(int features) {
        return 4.0 / Math.sqrt(features + 1);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
