package glossa.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff's unitizing alpha against his published worked examples: observed and expected disagreement are
 * package-private figures, so this test lives in the package (the test bundle is a fragment of glossa.core).
 *
 * <p>Sources: K. Krippendorff, "On the reliability of unitizing continuous data", Sociological Methodology 25
 * (1995), pp. 47-76, the four pairs of coders of p. 57; K. Krippendorff, Content Analysis, 2nd ed. (2004), p. 254,
 * two coders, categories c and k on the continuum 150..450. The figures as quoted in the tests of DKPro Statistics
 * (Krippendorff1995Test, Krippendorff2004Test), which reproduce them from the publications.</p>
 */
class UnitizingPublishedExamplesTest {

    /** Runs the study through the sweep and returns the unitizing tallies. */
    private static UnitizingTallies tallies(AgreementStudy study) {
        ContinuumSweep sweep = new ContinuumSweep(study.coders().size(), study.types().size());
        UnitizingTallies unitizing = new UnitizingTallies(study.coders().size(), study.types().size());
        CodingTallies coding = new CodingTallies(sweep, study.coders().size(), study.types().size());
        for (AgreementStudy.Continuum c : study.continua()) {
            sweep.sweep(c, coding, unitizing);
        }
        return unitizing;
    }

    /** Krippendorff (2004: 254): observer i and j, c and k units on [150, 450). */
    static AgreementStudy krippendorff2004() {
        return AgreementStudy.builder(List.of("i", "j"), List.of("c", "k")).continuum("example", 150, 450)
                .cover(0).cover(1)
                .span(0, 225, 295, 0).span(0, 370, 400, 0).span(0, 180, 240, 1).span(0, 300, 350, 1)
                .span(1, 220, 300, 0).span(1, 355, 375, 0).span(1, 400, 420, 0).span(1, 180, 240, 1)
                .span(1, 300, 350, 1).build();
    }

    @Test
    void krippendorff2004Example() {
        UnitizingTallies u = tallies(krippendorff2004());
        assertEquals(0.0144, u.observed(0), 0.00005);
        assertEquals(0.0532, u.expected(0), 0.00005);
        assertEquals(0.7286, u.alphaU(0), 0.00005);
        assertEquals(0.0, u.observed(1), 1e-12);
        assertEquals(0.0490, u.expected(1), 0.00005);
        assertEquals(1.0, u.alphaU(1), 1e-12);
        assertEquals(0.859, u.alphaU(), 0.0005);
        // The same through the public entry point, with the type ids kept.
        AgreementResult result = Agreement.compute(krippendorff2004());
        assertEquals(0.7286, result.type("c").coefficients().alphaU(), 0.00005);
        assertEquals(0.859, result.overall().alphaU(), 0.0005);
    }

    @Test
    void krippendorff2004DistancesOfSingleUnitPairs() {
        // Krippendorff (2004: 254) spells out three of the differences: 50, 850 and 400.
        assertEquals(50.0, UnitizingTallies.differences(list(225), list(295), list(220), list(300)));
        assertEquals(850.0, UnitizingTallies.differences(list(370), list(400), list(355), list(375)));
        assertEquals(400.0, UnitizingTallies.differences(list(), list(), list(400), list(420)));
    }

    /**
     * Krippendorff (1995: 57): four pairs of coders on a continuum of 24, each pair with its own category; {@code
     * stretch} multiplies every position (the published expected disagreements are limits for a long continuum).
     */
    static AgreementStudy krippendorff1995(String pair, int stretch) {
        AgreementStudy.Builder b = AgreementStudy.builder(List.of("first", "second"), List.of(pair))
                .continuum(pair, 0, 24 * stretch).cover(0).cover(1);
        int[][] first;
        int[][] second;
        switch (pair) {
            case "A" -> {
                first = new int[][] { { 2, 8 }, { 14, 6 } };
                second = new int[][] { { 4, 4 }, { 15, 2 } };
            }
            case "B" -> {
                first = new int[][] { { 0, 18 } };
                second = new int[][] { { 0, 2 }, { 2, 1 }, { 3, 1 }, { 4, 1 }, { 5, 1 }, { 6, 3 }, { 9, 1 } };
            }
            case "C" -> {
                first = new int[][] { { 2, 6 }, { 10, 2 }, { 14, 4 }, { 20, 2 } };
                second = new int[][] { { 0, 2 }, { 4, 4 }, { 10, 4 }, { 16, 2 }, { 20, 2 } };
            }
            default -> {
                first = new int[][] { { 0, 2 }, { 2, 8 }, { 10, 4 }, { 14, 6 }, { 20, 4 } };
                second = new int[][] { { 0, 4 }, { 4, 4 }, { 8, 7 }, { 15, 2 }, { 17, 7 } };
            }
        }
        for (int[] unit : first) {
            b.span(0, unit[0] * stretch, (unit[0] + unit[1]) * stretch, 0);
        }
        for (int[] unit : second) {
            b.span(1, unit[0] * stretch, (unit[0] + unit[1]) * stretch, 0);
        }
        return b.build();
    }

    @Test
    void krippendorff1995ObservedDisagreement() {
        // Published to five places, truncated.
        assertEquals(0.03125, tallies(krippendorff1995("A", 1)).observed(0), 0.00001);
        assertEquals(2.26736, tallies(krippendorff1995("B", 1)).observed(0), 0.00001);
        assertEquals(0.02777, tallies(krippendorff1995("C", 1)).observed(0), 0.00001);
        assertEquals(0.38715, tallies(krippendorff1995("D", 1)).observed(0), 0.00001);
        // Stretching the continuum leaves the observed disagreement as it is: it is relative to L^2.
        assertEquals(0.02777, tallies(krippendorff1995("C", 500)).observed(0), 0.00001);
    }

    @Test
    void krippendorff1995AlphaOnALongContinuum() {
        // The published alphas are stated to about two places; DKPro notes a slip in the paper's expected
        // disagreement (l + l + 1 for l - l + 1), so they are matched within 0.02 as there.
        assertEquals(0.06990, tallies(krippendorff1995("A", 50_000)).expected(0), 0.005);
        assertEquals(1.17731, tallies(krippendorff1995("B", 50_000)).expected(0), 0.005);
        assertEquals(0.08642, tallies(krippendorff1995("C", 50_000)).expected(0), 0.005);
        assertEquals(0.41445, tallies(krippendorff1995("D", 50_000)).expected(0), 0.005);
        assertEquals(0.553, Agreement.compute(krippendorff1995("A", 50_000)).overall().alphaU(), 0.02);
        assertEquals(-0.926, Agreement.compute(krippendorff1995("B", 50_000)).overall().alphaU(), 0.02);
        assertEquals(0.679, Agreement.compute(krippendorff1995("C", 50_000)).overall().alphaU(), 0.02);
        assertEquals(0.066, Agreement.compute(krippendorff1995("D", 50_000)).overall().alphaU(), 0.02);
    }

    private static IntList list(int... values) {
        IntList list = new IntList();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
