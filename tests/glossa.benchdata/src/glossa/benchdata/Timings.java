package glossa.benchdata;

import java.util.Arrays;

/** Summaries of repeated timings for the benchmark harnesses: figures are quoted as medians, with their range. */
public final class Timings {

    private Timings() {
    }

    /** The median; for an even count, the mean of the two middle values. */
    public static double median(double[] values) {
        double[] sorted = sorted(values);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double min(double[] values) {
        return sorted(values)[0];
    }

    public static double max(double[] values) {
        double[] sorted = sorted(values);
        return sorted[sorted.length - 1];
    }

    private static double[] sorted(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
