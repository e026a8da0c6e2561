package glossa.core.agreement;

import glossa.core.agreement.AgreementStudy.Continuum;

/**
 * Krippendorff's unitizing alpha (alpha-u) per type, as defined in Krippendorff (1995), "On the reliability of
 * unitizing continuous data", Sociological Methodology 25, and in Content Analysis (2004, section 12.4).
 *
 * <p>Per type, each coder divides the continuum into units (the coder's spans of the type; overlapping ones merged)
 * and the gaps between them. For each pair of coders, a unit of one and a unit of the other that overlap differ by
 * {@code (b1 - b2)^2 + (e1 - e2)^2} (the squared distances of their boundaries); a unit lying wholly inside the
 * other coder's gap differs by its length squared; a unit and a gap that only partly overlap, and two gaps, do not
 * differ. With {@code m} coders and a continuum of length {@code L}:</p>
 * <pre>
 *   D_o = sum over ordered pairs of coders of those differences / (m (m - 1) L^2)
 *   D_e = (2 / L) sum over units u [ (N - 1)(2 l^3 - 3 l^2 + l) / 3
 *                                    + l^2 sum over gaps g with l_g >= l of (l_g - l + 1) ]
 *         / [ m L (m L - 1) - sum over units u of l (l - 1) ]
 *   alpha-u = 1 - D_o / D_e
 * </pre>
 * <p>where {@code N} counts every coder's units of the type, {@code l} is a unit's length and the gaps are every
 * coder's. Over all types, {@code 1 - sum D_o / sum D_e}. Several continua (the articles of a case) are laid end to
 * end: units and gaps never cross from one to the next, and {@code L} is their total length. Alpha-u needs every
 * coder to have unitized the same continuum, so only continua covered by all coders of the study count.</p>
 *
 * <p>Cost: the differences are a merge of two coders' sorted units (linear); the gap sums for all units come from
 * both length lists radix-sorted once (linear), not from a loop over units times gaps.</p>
 */
final class UnitizingTallies implements ContinuumSweep.Listener {

    private final int coders;
    private final int types;
    private final IntList[] unitBegins;
    private final IntList[] unitEnds;
    private final IntList[] unitLengths;
    private final IntList[] gapLengths;
    private final double[] differences;
    private boolean counting;
    private long length;

    UnitizingTallies(int coders, int types) {
        this.coders = coders;
        this.types = types;
        this.unitBegins = lists(coders * types);
        this.unitEnds = lists(coders * types);
        this.unitLengths = lists(types);
        this.gapLengths = lists(types);
        this.differences = new double[types];
    }

    private static IntList[] lists(int n) {
        IntList[] lists = new IntList[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new IntList();
        }
        return lists;
    }

    @Override
    public void startContinuum(Continuum continuum, int[] present) {
        counting = coders >= 2 && present.length == coders;
        if (counting) {
            for (int i = 0; i < coders * types; i++) {
                unitBegins[i].clear();
                unitEnds[i].clear();
            }
        }
    }

    @Override
    public void run(int begin, int end) {
    }

    @Override
    public void unitStarted(int coder, int type, int position) {
        if (counting) {
            unitBegins[coder * types + type].add(position);
        }
    }

    @Override
    public void unitEnded(int coder, int type, int position) {
        if (counting) {
            unitEnds[coder * types + type].add(position);
        }
    }

    @Override
    public void endContinuum(Continuum continuum) {
        if (!counting) {
            return;
        }
        length += continuum.length();
        for (int t = 0; t < types; t++) {
            for (int c = 0; c < coders; c++) {
                IntList begins = unitBegins[c * types + t];
                IntList ends = unitEnds[c * types + t];
                int previousEnd = continuum.begin();
                for (int u = 0; u < begins.size(); u++) {
                    addGap(t, begins.get(u) - previousEnd);
                    unitLengths[t].add(ends.get(u) - begins.get(u));
                    previousEnd = ends.get(u);
                }
                addGap(t, continuum.end() - previousEnd);
            }
            for (int i = 0; i < coders; i++) {
                for (int j = i + 1; j < coders; j++) {
                    differences[t] += 2 * differences(unitBegins[i * types + t], unitEnds[i * types + t],
                            unitBegins[j * types + t], unitEnds[j * types + t]);
                }
            }
        }
    }

    private void addGap(int type, int gap) {
        if (gap > 0) {
            gapLengths[type].add(gap);
        }
    }

    /**
     * The differences between two coders' units of one type (each list sorted and disjoint): overlapping units by
     * their boundaries, a unit that overlaps none of the other's by its length squared.
     */
    static double differences(IntList beginsA, IntList endsA, IntList beginsB, IntList endsB) {
        double sum = 0;
        int a = 0;
        int b = 0;
        boolean hitA = false;
        boolean hitB = false;
        int na = beginsA.size();
        int nb = beginsB.size();
        while (a < na && b < nb) {
            long ba = beginsA.get(a);
            long ea = endsA.get(a);
            long bb = beginsB.get(b);
            long eb = endsB.get(b);
            if (ba < eb && bb < ea) {
                sum += (double) ((ba - bb) * (ba - bb)) + (double) ((ea - eb) * (ea - eb));
                hitA = true;
                hitB = true;
            }
            if (ea <= eb) {
                sum += hitA ? 0 : square(ea - ba);
                a++;
                hitA = false;
            }
            if (eb <= ea) {
                sum += hitB ? 0 : square(eb - bb);
                b++;
                hitB = false;
            }
        }
        for (; a < na; a++, hitA = false) {
            sum += hitA ? 0 : square(endsA.get(a) - beginsA.get(a));
        }
        for (; b < nb; b++, hitB = false) {
            sum += hitB ? 0 : square(endsB.get(b) - beginsB.get(b));
        }
        return sum;
    }

    private static double square(long x) {
        return (double) x * x;
    }

    /** Observed disagreement of a type. */
    double observed(int type) {
        return length == 0 ? Double.NaN : differences[type] / ((double) coders * (coders - 1) * length * length);
    }

    /** Expected disagreement of a type; 0 when no coder has a unit of it. */
    double expected(int type) {
        if (length == 0) {
            return Double.NaN;
        }
        IntList units = unitLengths[type];
        IntList gaps = gapLengths[type];
        int n = units.size();
        if (n == 0) {
            return 0;
        }
        int[] u = java.util.Arrays.copyOf(units.array(), n);
        int[] g = java.util.Arrays.copyOf(gaps.array(), gaps.size());
        IntRadixSort.sort(u, null, u.length);
        IntRadixSort.sort(g, null, g.length);
        // Gaps at least as long as the current unit: their count and length sum, shrinking as units grow.
        double gapSum = 0;
        for (int x : g) {
            gapSum += x;
        }
        long gapCount = g.length;
        int next = 0;
        double sum = 0;
        double selfPairs = 0;
        for (int l : u) {
            while (next < g.length && g[next] < l) {
                gapSum -= g[next++];
                gapCount--;
            }
            double len = l;
            sum += (n - 1) * (2 * len * len * len - 3 * len * len + len) / 3
                    + len * len * (gapSum - (len - 1) * gapCount);
            selfPairs += len * (len - 1);
        }
        double mL = (double) coders * length;
        return 2.0 / length * sum / (mL * (mL - 1) - selfPairs);
    }

    double alphaU(int type) {
        return alpha(observed(type), expected(type));
    }

    /** Over all types: {@code 1 - sum D_o / sum D_e}. */
    double alphaU() {
        double observed = 0;
        double expected = 0;
        for (int t = 0; t < types; t++) {
            observed += observed(t);
            expected += expected(t);
        }
        return alpha(observed, expected);
    }

    private static double alpha(double observed, double expected) {
        return Double.isNaN(observed) || Double.isNaN(expected) || expected <= 0 ? Double.NaN
                : 1 - observed / expected;
    }
}
