package glossa.core.agreement;

import java.util.List;

/**
 * The figures of one study: per type and over all types.
 *
 * @param coders the coders compared, in the study's order
 * @param types one row per type of the study, in codebook order
 * @param characters how many characters at least two coders coded (the units of percent, kappa and alpha)
 */
public record AgreementResult(List<String> coders, List<TypeResult> types, Coefficients overall, long characters) {

    /** The figures of one type. */
    public record TypeResult(String id, String name, Coefficients coefficients) {
    }

    public AgreementResult {
        coders = List.copyOf(coders);
        types = List.copyOf(types);
    }

    /** Whether kappa is defined for this study at all (exactly two coders). */
    public boolean hasKappa() {
        return coders.size() == 2;
    }

    /** The row of a type, or null. */
    public TypeResult type(String id) {
        return types.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
