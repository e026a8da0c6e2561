package glossa.exchange.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.Coefficients;

/**
 * The agreement figures as the command line's {@code agreement --json} prints them:
 * <pre>{"coders": [...], "units": "characters",
 *  "types": {ID: {"percent", "kappa", "alpha", "alphaU"}}, "overall": {"percent", "kappa", "alpha", "alphaU"}}</pre>
 * {@code kappa} is present only when exactly two coders are compared; an undefined figure is {@code null}.
 */
public final class AgreementJson {

    private AgreementJson() {
    }

    /** The JSON value (maps and lists, for {@link glossa.exchange.json.Json#write}). */
    public static Map<String, Object> of(AgreementResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("coders", result.coders());
        json.put("units", "characters");
        Map<String, Object> types = new LinkedHashMap<>();
        for (AgreementResult.TypeResult type : result.types()) {
            types.put(type.id(), figures(type.coefficients(), result.hasKappa()));
        }
        json.put("types", types);
        json.put("overall", figures(result.overall(), result.hasKappa()));
        return json;
    }

    private static Map<String, Object> figures(Coefficients c, boolean kappa) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("percent", number(c.percent()));
        if (kappa) {
            json.put("kappa", number(c.kappa()));
        }
        json.put("alpha", number(c.alpha()));
        json.put("alphaU", number(c.alphaU()));
        return json;
    }

    private static Double number(double value) {
        return Coefficients.defined(value) ? value : null;
    }
}
