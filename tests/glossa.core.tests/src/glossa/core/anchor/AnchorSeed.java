package glossa.core.anchor;

/**
 * The seed of the anchor search tests' random texts: fixed by default, so that every run (and every mutant PIT runs
 * them against) sees the same inputs; printed, and settable with {@code GLOSSA_ANCHOR_SEED} or the system property
 * {@code glossa.anchor.seed} to try others or replay a failure.
 */
final class AnchorSeed {

    private static final long DEFAULT = 20261202L;

    private AnchorSeed() {
    }

    static long choose(String test) {
        String given = System.getenv("GLOSSA_ANCHOR_SEED");
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.strip())
                : Long.getLong("glossa.anchor.seed", DEFAULT);
        System.out.println(test + ": seed " + seed + " (replay with GLOSSA_ANCHOR_SEED=" + seed + ")");
        return seed;
    }

    /** A failure message that names the seed. */
    static String replay(long seed, String message) {
        return message + " [replay with GLOSSA_ANCHOR_SEED=" + seed + "]";
    }
}
