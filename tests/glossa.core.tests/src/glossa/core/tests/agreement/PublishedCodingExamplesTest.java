package glossa.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudy;
import glossa.core.agreement.Coefficients;

/**
 * Percent agreement, Cohen's kappa and Krippendorff's alpha against published worked examples. Each example's units
 * become characters: a unit is one character, a value one single-character span of the value's type.
 */
class PublishedCodingExamplesTest {

    private static final Integer X = null; // a missing value

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the example with missing data: four
     * observers, twelve units, values 1..5; nominal alpha = 0.743. Each unit is its own one-character continuum, so
     * an observer without a value there simply does not take part in it.
     */
    @Test
    void krippendorffReliabilityDataWithMissingValues() {
        Integer[][] data = {
                { 1, 2, 3, 3, 2, 1, 4, 1, 2, X, X, X },
                { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, X, 3 },
                { X, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, X },
                { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, X } };
        AgreementStudy.Builder b = AgreementStudy.builder(List.of("A", "B", "C", "D"),
                List.of("1", "2", "3", "4", "5"));
        for (int unit = 0; unit < 12; unit++) {
            b.continuum("unit " + (unit + 1), 0, 1);
            for (int coder = 0; coder < 4; coder++) {
                if (data[coder][unit] != null) {
                    b.cover(coder).span(coder, 0, 1, data[coder][unit] - 1);
                }
            }
        }
        AgreementResult result = Agreement.compute(b.build());
        assertEquals(0.743, result.overall().alpha(), 0.0005);
        assertFalse(result.hasKappa(), "kappa is for two coders");
        assertTrue(Double.isNaN(result.overall().kappa()));
        // Unit 12 has one value only: it pairs with nothing; 11 units are pairable.
        assertEquals(11, result.characters());
    }

    /** Two coders, one character per item, with a table of counts {@code counts[a][b]} over categories. */
    private static AgreementResult table(int[][] counts) {
        int total = 0;
        for (int[] row : counts) {
            for (int n : row) {
                total += n;
            }
        }
        List<String> types = new java.util.ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            types.add("v" + (t + 1));
        }
        AgreementStudy.Builder b = AgreementStudy.builder(List.of("A", "B"), types).continuum("items", 0, total)
                .cover(0).cover(1);
        int at = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int c = 0; c < counts.length; c++) {
                for (int k = 0; k < counts[a][c]; k++, at++) {
                    b.span(0, at, at + 1, a).span(1, at, at + 1, c);
                }
            }
        }
        return Agreement.compute(b.build());
    }

    /** Cohen (1960: 45), Educational and Psychological Measurement 20(1): p_o = .70, p_c = .41, kappa = .492. */
    @Test
    void cohen1960SecondExample() {
        AgreementResult result = table(new int[][] { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } });
        assertEquals(0.70, result.overall().percent(), 1e-12);
        assertEquals(0.492, result.overall().kappa(), 0.0005);
        assertEquals(200, result.characters());
    }

    /** Cohen (1960: 37): p_o = .29 and p_c = .35, so kappa = (.29 - .35) / (1 - .35). */
    @Test
    void cohen1960FirstExample() {
        AgreementResult result = table(new int[][] { { 25, 12, 3 }, { 13, 2, 15 }, { 12, 16, 2 } });
        assertEquals(0.29, result.overall().percent(), 0.005);
        assertEquals((0.29 - 0.35) / 0.65, result.overall().kappa(), 0.01);
    }

    /**
     * The textbook two-by-two table (e.g. the Wikipedia article on Cohen's kappa): 50 items, both "yes" 20, A yes
     * and B no 5, A no and B yes 10, both no 15; p_o = .7, p_e = .5, kappa = .4. "Yes" is a type, "no" is no
     * annotation, so the type's own kappa and the overall one are both .4.
     */
    @Test
    void textbookTwoByTwo() {
        AgreementStudy.Builder b = AgreementStudy.builder(List.of("A", "B"), List.of("yes")).continuum("items", 0, 50)
                .cover(0).cover(1);
        int at = 0;
        for (int k = 0; k < 20; k++, at++) {
            b.span(0, at, at + 1, 0).span(1, at, at + 1, 0);
        }
        for (int k = 0; k < 5; k++, at++) {
            b.span(0, at, at + 1, 0);
        }
        for (int k = 0; k < 10; k++, at++) {
            b.span(1, at, at + 1, 0);
        }
        AgreementResult result = Agreement.compute(b.build());
        assertEquals(0.4, result.type("yes").coefficients().kappa(), 1e-12);
        assertEquals(0.7, result.type("yes").coefficients().percent(), 1e-12);
        assertEquals(0.4, result.overall().kappa(), 1e-12);
    }

    /**
     * Krippendorff (1995: 57), pair A (Bertha and Bill) read character by character: kappa .385, pi .314 and alpha
     * .329 (the paper's demonstration that such "digitized" figures miss the unitizing). Their spans are long runs,
     * which exercises the run-length tallies rather than single characters.
     */
    @Test
    void krippendorff1995DigitizedPair() {
        AgreementResult result = Agreement.compute(AgreementStudy.builder(List.of("Bertha", "Bill"), List.of("A"))
                .continuum("A", 0, 24).cover(0).cover(1).span(0, 2, 10, 0).span(0, 14, 20, 0).span(1, 4, 8, 0)
                .span(1, 15, 17, 0).build());
        Coefficients a = result.type("A").coefficients();
        assertEquals(0.385, a.kappa(), 0.0005);
        assertEquals(0.329, a.alpha(), 0.0005);
        assertEquals(0.385, result.overall().kappa(), 0.0005);
        assertEquals(0.329, result.overall().alpha(), 0.0005);
        assertEquals(16 / 24.0, a.percent(), 1e-12); // they differ on 2, 3, 8, 9, 14, 17, 18, 19
    }
}
