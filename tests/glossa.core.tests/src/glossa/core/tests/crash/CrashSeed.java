package glossa.core.tests.crash;

/**
 * The seed of a crash test's random kill points: printed at the start so that a failure can be replayed, and settable
 * with the environment variable {@code GLOSSA_CRASH_SEED} (or the system property {@code glossa.crash.seed}).
 */
final class CrashSeed {

    private CrashSeed() {
    }

    static long choose(String test) {
        String given = System.getenv("GLOSSA_CRASH_SEED");
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.strip())
                : Long.getLong("glossa.crash.seed", System.nanoTime());
        System.out.println(test + ": seed " + seed + " (replay with GLOSSA_CRASH_SEED=" + seed + ")");
        return seed;
    }

    /** A failure message that names the seed. */
    static String replay(long seed, String message) {
        return message + " [replay with GLOSSA_CRASH_SEED=" + seed + "]";
    }
}
