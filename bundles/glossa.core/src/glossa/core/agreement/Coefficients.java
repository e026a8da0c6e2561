package glossa.core.agreement;

/**
 * The agreement figures of one type (or of all types) over one scope. A figure is {@link Double#NaN} when it is
 * undefined: no character was coded by two coders, the data show no variation (every value the same, so chance
 * agreement is already perfect), or (kappa) there are not exactly two coders.
 *
 * @param percent observed agreement: the share of agreeing pairs of values among all pairable ones (for two coders,
 *            the share of characters on which they agree)
 * @param kappa Cohen's kappa over characters, two coders only
 * @param alpha Krippendorff's alpha over characters, nominal
 * @param alphaU Krippendorff's unitizing alpha
 */
public record Coefficients(double percent, double kappa, double alpha, double alphaU) {

    public static final Coefficients UNDEFINED = new Coefficients(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static boolean defined(double value) {
        return !Double.isNaN(value);
    }

    /** Nominal alpha from the coincidence totals: {@code 1 - (n-1) * disagreeing / sum over c != k of n_c n_k}. */
    static double alpha(double n, double disagreeing, double expectedPairs) {
        return n < 2 || expectedPairs <= 0 ? Double.NaN : 1 - (n - 1) * disagreeing / expectedPairs;
    }

    /** Kappa from observed and chance agreement; undefined when chance agreement is already perfect. */
    static double kappa(double observed, double chance) {
        return chance >= 1 ? Double.NaN : (observed - chance) / (1 - chance);
    }
}
