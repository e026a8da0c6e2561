package glossa.ui.tests;

import java.nio.file.Path;

/**
 * The smoke mode of the benchmark and screenshot harnesses (classes not named *Test, which the normal build skips):
 * with {@code GLOSSA_BENCH=smoke} they run at a tiny size and write their pictures and reports under
 * {@code target/smoke/}, never into docs/. .ci/run runs them that way so that they cannot rot.
 */
final class Harness {

    static final boolean SMOKE = "smoke".equals(System.getenv("GLOSSA_BENCH"));

    private Harness() {
    }

    /** {@code full}, or {@code smoke} in smoke mode. */
    static int size(int full, int smoke) {
        return SMOKE ? smoke : full;
    }

    /** docs/NAME, or tests/glossa.ui.tests/target/smoke/NAME in smoke mode. */
    static Path docs(String name) {
        return SMOKE ? target(name) : Path.of(System.getProperty("glossa.repo", "."), "docs", name);
    }

    /** tests/glossa.ui.tests/target/NAME, or target/smoke/NAME in smoke mode. */
    static Path target(String name) {
        Path target = Path.of(System.getProperty("glossa.repo", "."), "tests", "glossa.ui.tests", "target");
        return SMOKE ? target.resolve("smoke").resolve(name) : target.resolve(name);
    }
}
