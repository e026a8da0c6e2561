package glossa.core.tests;

import java.nio.file.Path;

/**
 * The smoke mode of the benchmark and screenshot harnesses (classes not named *Test, which the normal build skips):
 * with {@code GLOSSA_BENCH=smoke} they run at a tiny size and write their pictures and reports under
 * {@code target/smoke/}, never into docs/. .ci/run runs them that way so that they cannot rot.
 */
public final class Harness {

    public static final boolean SMOKE = "smoke".equals(System.getenv("GLOSSA_BENCH"));

    private Harness() {
    }

    /** {@code full}, or {@code smoke} in smoke mode. */
    public static int size(int full, int smoke) {
        return SMOKE ? smoke : full;
    }

    /** docs/NAME, or tests/glossa.core.tests/target/smoke/NAME in smoke mode. */
    public static Path docs(String name) {
        return SMOKE ? target(name) : Path.of(System.getProperty("glossa.repo", "."), "docs", name);
    }

    /** tests/glossa.core.tests/target/NAME, or target/smoke/NAME in smoke mode. */
    public static Path target(String name) {
        Path target = Path.of(System.getProperty("glossa.repo", "."), "tests", "glossa.core.tests", "target");
        return SMOKE ? target.resolve("smoke").resolve(name) : target.resolve(name);
    }
}
