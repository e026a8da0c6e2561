package glossa.core.agreement;

import java.util.ArrayList;
import java.util.List;

import glossa.core.agreement.AgreementResult.TypeResult;

/**
 * Computes inter-coder agreement: percent agreement, Cohen's kappa (two coders), Krippendorff's nominal alpha over
 * characters and Krippendorff's unitizing alpha, per type and over all types, in one pass over each continuum
 * ({@link ContinuumSweep}). Time and memory grow linearly with the annotations; nothing is kept per character.
 */
public final class Agreement {

    private Agreement() {
    }

    public static AgreementResult compute(AgreementStudy study) {
        int coders = study.coders().size();
        int types = study.types().size();
        ContinuumSweep sweep = new ContinuumSweep(coders, types);
        CodingTallies coding = new CodingTallies(sweep, coders, types);
        UnitizingTallies unitizing = new UnitizingTallies(coders, types);
        for (AgreementStudy.Continuum continuum : study.continua()) {
            sweep.sweep(continuum, coding, unitizing);
        }
        List<TypeResult> rows = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            rows.add(new TypeResult(study.types().get(t), study.typeNames().get(t), new Coefficients(
                    coding.percent(t), coding.kappa(t), coding.alpha(t), unitizing.alphaU(t))));
        }
        Coefficients overall = new Coefficients(coding.percent(), coding.kappa(), coding.alpha(),
                unitizing.alphaU());
        return new AgreementResult(study.coders(), rows, overall, coding.characters());
    }

    /** The figures of every pair of coders, in order (a, b), (a, c), (b, c)…; empty for fewer than two coders. */
    public static List<AgreementResult> pairwise(AgreementStudy study) {
        List<AgreementResult> results = new ArrayList<>();
        int coders = study.coders().size();
        for (int i = 0; i < coders; i++) {
            for (int j = i + 1; j < coders; j++) {
                results.add(compute(study.select(i, j)));
            }
        }
        return results;
    }
}
