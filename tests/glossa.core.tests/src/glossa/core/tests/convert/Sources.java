package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The real documents under tests/fixtures/sources (see the README there), and small helpers. */
final class Sources {

    private Sources() {
    }

    static Path fixture(String name) {
        String repo = System.getProperty("glossa.repo");
        assertNotNull(repo, "system property glossa.repo is not set");
        Path path = Path.of(repo, "tests/fixtures/sources", name);
        assertTrue(Files.isRegularFile(path), "missing fixture " + path);
        return path;
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(fixture(name));
    }

    /** A zip of the given entries, in order. */
    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
