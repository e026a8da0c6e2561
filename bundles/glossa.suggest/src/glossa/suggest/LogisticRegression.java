package glossa.suggest;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Feature key to its row in {@link #weights}; rows of {@code labels.size()} weights, one array for speed. */
    private FeatureIndex index = new FeatureIndex();
    /** For the string API only: each string feature's key. */
    private final Map<String, Long> names = new HashMap<>();
    private double[] weights = new double[0];
    private double[] bias = new double[0];

    public LogisticRegression(int epochs, double learningRate, double l2) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    /** Trains on {@code examples} (label, features); features are used as a set. */
    public void train(List<String> exampleLabels, List<List<String>> exampleFeatures) {
        names.clear();
        List<long[]> keys = new ArrayList<>();
        for (List<String> features : exampleFeatures) {
            keys.add(new LinkedHashSet<>(features).stream().mapToLong(f -> names.computeIfAbsent(f,
                    k -> (long) names.size())).toArray());
        }
        trainOnKeys(exampleLabels, keys);
    }

    /**
     * Trains on examples given as feature keys, each example's keys distinct; the order of the keys is the order the
     * weights are summed in (kept, so that the same examples give the same model to the last bit).
     */
    void trainOnKeys(List<String> exampleLabels, List<long[]> exampleKeys) {
        if (exampleLabels.size() != exampleKeys.size()) {
            throw new IllegalArgumentException("one label per example");
        }
        labels.clear();
        index = new FeatureIndex();
        for (String label : exampleLabels) {
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        int n = labels.size();
        bias = new double[n];
        int[][] sets = new int[exampleKeys.size()][];
        int[] targets = new int[exampleLabels.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = labels.indexOf(exampleLabels.get(i));
            long[] keys = exampleKeys.get(i);
            int[] rows = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                rows[k] = index.add(keys[k]) * n;
            }
            sets[i] = rows;
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
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double rate = learningRate / (1 + epoch);
            for (int i : order) {
                int[] rows = sets[i];
                double scale = scale(rows.length);
                probabilities(rows, p, scale);
                int target = targets[i];
                for (int c = 0; c < n; c++) {
                    p[c] = classWeight[target] * (p[c] - (c == target ? 1 : 0)); // now the gradient
                    bias[c] -= rate * p[c];
                }
                descend(rows, p, scale, rate);
            }
        }
    }

    /**
     * One gradient step on the weights of the example's features. Each weight changes once, on its own value, so
     * taking up to four classes per pass over the rows (fewer passes over memory) gives the same numbers.
     */
    private void descend(int[] rows, double[] gradient, double scale, double rate) {
        int n = gradient.length;
        int c = 0;
        for (; c + 4 <= n; c += 4) {
            double s0 = gradient[c] * scale;
            double s1 = gradient[c + 1] * scale;
            double s2 = gradient[c + 2] * scale;
            double s3 = gradient[c + 3] * scale;
            for (int row : rows) {
                int at = row + c;
                weights[at] -= rate * (s0 + l2 * weights[at]);
                weights[at + 1] -= rate * (s1 + l2 * weights[at + 1]);
                weights[at + 2] -= rate * (s2 + l2 * weights[at + 2]);
                weights[at + 3] -= rate * (s3 + l2 * weights[at + 3]);
            }
        }
        for (; c + 2 <= n; c += 2) {
            double s0 = gradient[c] * scale;
            double s1 = gradient[c + 1] * scale;
            for (int row : rows) {
                int at = row + c;
                weights[at] -= rate * (s0 + l2 * weights[at]);
                weights[at + 1] -= rate * (s1 + l2 * weights[at + 1]);
            }
        }
        for (; c < n; c++) {
            double s0 = gradient[c] * scale;
            for (int row : rows) {
                weights[row + c] -= rate * (s0 + l2 * weights[row + c]);
            }
        }
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** The probability of each label (summing to 1), in the order labels were first seen in training. */
    public Map<String, Double> posterior(List<String> features) {
        long[] keys = new LinkedHashSet<>(features).stream().mapToLong(f -> names.getOrDefault(f, -1L)).toArray();
        double[] p = probabilities(keys);
        Map<String, Double> posterior = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            posterior.put(labels.get(c), p[c]);
        }
        return posterior;
    }

    /**
     * The probability of each label, in the order of {@link #labels()}, for a unit with these distinct feature keys
     * (keys never seen in training count for the unit's length only; -1 is never a key).
     */
    double[] probabilities(long[] keys) {
        int n = labels.size();
        int[] rows = new int[keys.length];
        int known = 0;
        for (long key : keys) {
            int row = key == -1 ? -1 : index.get(key);
            if (row >= 0) {
                rows[known++] = row * n;
            }
        }
        double[] p = new double[n];
        probabilities(Arrays.copyOf(rows, known), p, scale(keys.length));
        return p;
    }

    /**
     * Softmax of bias + scale * the weights of the features (given as row offsets). Each class's sum is added up in
     * the order of the features, as before; up to four classes are summed side by side, so that one addition need
     * not wait for the last.
     */
    private void probabilities(int[] rows, double[] p, double scale) {
        int n = p.length;
        int c = 0;
        for (; c + 4 <= n; c += 4) {
            double s0 = bias[c];
            double s1 = bias[c + 1];
            double s2 = bias[c + 2];
            double s3 = bias[c + 3];
            for (int row : rows) {
                int at = row + c;
                s0 += weights[at] * scale;
                s1 += weights[at + 1] * scale;
                s2 += weights[at + 2] * scale;
                s3 += weights[at + 3] * scale;
            }
            p[c] = s0;
            p[c + 1] = s1;
            p[c + 2] = s2;
            p[c + 3] = s3;
        }
        for (; c + 2 <= n; c += 2) {
            double s0 = bias[c];
            double s1 = bias[c + 1];
            for (int row : rows) {
                int at = row + c;
                s0 += weights[at] * scale;
                s1 += weights[at + 1] * scale;
            }
            p[c] = s0;
            p[c + 1] = s1;
        }
        for (; c < n; c++) {
            double s0 = bias[c];
            for (int row : rows) {
                s0 += weights[row + c] * scale;
            }
            p[c] = s0;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (c = 0; c < n; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (c = 0; c < n; c++) {
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
