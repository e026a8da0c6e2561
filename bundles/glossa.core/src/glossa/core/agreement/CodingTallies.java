package glossa.core.agreement;

import java.util.Arrays;

import glossa.core.agreement.AgreementStudy.Continuum;

/**
 * Percent agreement, Cohen's kappa and Krippendorff's nominal alpha over characters, tallied run by run.
 *
 * <p>Each character is a unit; a covered coder's value there is, per type, "the type" or "not the type" (a binary
 * variable per type, so a character under several of a coder's types counts for each of them), and over all types
 * the <em>set</em> of types the coder assigns to it ("none" for the empty set, "claim+measure" for two types: a
 * coder's overlapping annotations of different types form one value of their own, and it agrees only with the very
 * same set). Nothing is stored per character: the coincidence matrix of alpha needs only its diagonal and its
 * marginals, and a run of identical characters adds its length times what one character adds.</p>
 *
 * <p>Coincidences (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"): a unit with {@code m_u} values
 * adds {@code 1/(m_u - 1)} for each ordered pair of its values; units with fewer than two values add nothing. With
 * {@code n} the number of pairable values, {@code n_c} the marginals and {@code o_cc} the diagonal,
 * percent = {@code sum o_cc / n} and alpha = {@code 1 - (n - 1)(n - sum o_cc) / (n^2 - sum n_c^2)}. Kappa compares
 * the two coders' own marginals over the characters both coded.</p>
 */
final class CodingTallies implements ContinuumSweep.Listener {

    private final ContinuumSweep sweep;
    private final int types;
    private final boolean twoCoders;
    private int[] present = new int[0];
    private int[] runLabels = new int[0];
    private boolean kappaHere;

    private long pairable;
    private long characters;
    private double agreeing;
    private long[] labelTotals = new long[8];
    private final long[] ones;
    private final double[] disagreeing;

    private long kappaUnits;
    private long kappaAgreeing;
    private long[] marginA = new long[8];
    private long[] marginB = new long[8];
    private final long[] bothCarry;
    private final long[] onlyA;
    private final long[] onlyB;

    CodingTallies(ContinuumSweep sweep, int coders, int types) {
        this.sweep = sweep;
        this.types = types;
        this.twoCoders = coders == 2;
        this.ones = new long[types];
        this.disagreeing = new double[types];
        this.bothCarry = new long[types];
        this.onlyA = new long[types];
        this.onlyB = new long[types];
    }

    @Override
    public void startContinuum(Continuum continuum, int[] present) {
        this.present = present;
        this.runLabels = new int[present.length];
        this.kappaHere = twoCoders && present.length == 2;
    }

    @Override
    public void run(int begin, int end) {
        int m = present.length;
        if (m < 2) {
            return;
        }
        long length = end - begin;
        pairable += m * length;
        characters += length;
        int maxLabel = 0;
        for (int i = 0; i < m; i++) {
            runLabels[i] = sweep.label(present[i]);
            maxLabel = Math.max(maxLabel, runLabels[i]);
        }
        if (maxLabel >= labelTotals.length) {
            int size = Math.max(maxLabel + 1, labelTotals.length * 2);
            labelTotals = Arrays.copyOf(labelTotals, size);
            marginA = Arrays.copyOf(marginA, size);
            marginB = Arrays.copyOf(marginB, size);
        }
        long samePairs = 0; // ordered pairs (i, j), i != j, with equal labels
        for (int i = 0; i < m; i++) {
            labelTotals[runLabels[i]] += length;
            for (int j = 0; j < m; j++) {
                if (j != i && runLabels[j] == runLabels[i]) {
                    samePairs++;
                }
            }
        }
        agreeing += (double) samePairs * length / (m - 1);
        for (int a = 0; a < sweep.activeCount(); a++) {
            int t = sweep.activeType(a);
            int carriers = sweep.carriers(t);
            ones[t] += carriers * length;
            disagreeing[t] += 2.0 * carriers * (m - carriers) * length / (m - 1);
            if (kappaHere) {
                boolean x = sweep.carries(present[0], t);
                boolean y = sweep.carries(present[1], t);
                if (x && y) {
                    bothCarry[t] += length;
                } else if (x) {
                    onlyA[t] += length;
                } else if (y) {
                    onlyB[t] += length;
                }
            }
        }
        if (kappaHere) {
            kappaUnits += length;
            if (runLabels[0] == runLabels[1]) {
                kappaAgreeing += length;
            }
            marginA[runLabels[0]] += length;
            marginB[runLabels[1]] += length;
        }
    }

    @Override
    public void unitStarted(int coder, int type, int position) {
    }

    @Override
    public void unitEnded(int coder, int type, int position) {
    }

    @Override
    public void endContinuum(Continuum continuum) {
    }

    /** Characters coded by at least two coders. */
    long characters() {
        return characters;
    }

    double percent(int type) {
        return pairable == 0 ? Double.NaN : 1 - disagreeing[type] / pairable;
    }

    double alpha(int type) {
        double n = pairable;
        return Coefficients.alpha(n, disagreeing[type], 2.0 * ones[type] * (n - ones[type]));
    }

    double kappa(int type) {
        if (!twoCoders || kappaUnits == 0) {
            return Double.NaN;
        }
        double n = kappaUnits;
        double observed = 1 - (onlyA[type] + onlyB[type]) / n;
        double a = (bothCarry[type] + onlyA[type]) / n;
        double b = (bothCarry[type] + onlyB[type]) / n;
        return Coefficients.kappa(observed, a * b + (1 - a) * (1 - b));
    }

    double percent() {
        return pairable == 0 ? Double.NaN : agreeing / pairable;
    }

    double alpha() {
        // n^2 - sum n_c^2, summed as sum n_c (n - n_c): positive terms, no cancellation when one label dominates
        double n = pairable;
        double expectedPairs = 0;
        for (long total : labelTotals) {
            expectedPairs += (double) total * (pairable - total);
        }
        return Coefficients.alpha(n, n - agreeing, expectedPairs);
    }

    double kappa() {
        if (!twoCoders || kappaUnits == 0) {
            return Double.NaN;
        }
        double n = kappaUnits;
        double chance = 0;
        for (int l = 0; l < marginA.length; l++) {
            chance += (double) marginA[l] * marginB[l];
        }
        return Coefficients.kappa(kappaAgreeing / n, chance / (n * n));
    }
}
