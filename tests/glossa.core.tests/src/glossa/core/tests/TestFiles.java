package glossa.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the tests find the shared sample, the repository's own samples and the fixtures in resources/. */
final class TestFiles {

    private TestFiles() {
    }

    /** The shared Chinese policy article (system property {@code glossa.sample}). */
    static Path sample() {
        String property = System.getProperty("glossa.sample");
        assertNotNull(property, "system property glossa.sample is not set");
        Path path = Path.of(property);
        assertTrue(Files.isRegularFile(path), "missing sample " + path);
        return path;
    }

    /** A file of the repository (system property {@code glossa.repo}), e.g. samples/glossa-sample.en.md. */
    static Path repo(String relative) {
        String property = System.getProperty("glossa.repo");
        assertNotNull(property, "system property glossa.repo is not set");
        Path path = Path.of(property).resolve(relative);
        assertTrue(Files.isRegularFile(path), "missing " + path);
        return path;
    }

    /** A test fixture from tests/glossa.core.tests/resources (read from the source tree). */
    static byte[] resource(String name) throws IOException {
        return Files.readAllBytes(repo("tests/glossa.core.tests/resources/" + name));
    }
}
