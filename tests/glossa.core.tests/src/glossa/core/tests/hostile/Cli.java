package glossa.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import glossa.core.tests.cli.CliRun;

/** The command line in process, and checksums of the files a hostile call must leave alone. */
final class Cli {

    private Cli() {
    }

    record Result(int code, String out, String err) {

        /** Asserts the exit code and exactly one {@code glossa:} line on stderr containing {@code part}. */
        Result fails(int expected, String part) {
            assertEquals(expected, code, "exit code; stderr: " + err);
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertTrue(err.startsWith("glossa: "), err);
            assertTrue(err.contains(part), "'" + part + "' in: " + err);
            return this;
        }

        Result ok() {
            assertEquals(0, code, "exit code; stderr: " + err);
            return this;
        }
    }

    static Result run(String... args) {
        CliRun run = CliRun.of(args);
        return new Result(run.code(), run.out(), run.err());
    }

    /** The shared sample article (system property {@code glossa.sample}). */
    static Path sample() {
        String property = System.getProperty("glossa.sample");
        assertNotNull(property, "system property glossa.sample is not set");
        return Path.of(property);
    }

    /** SHA-256 of every regular file under {@code dir} (links not followed), by relative path. */
    static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                sums.put(dir.relativize(file).toString(), sha256(file));
            }
        }
        return sums;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** A copy of the sample with two annotations saved in its sidecar. */
    static Path annotatedSample(Path dir) throws IOException {
        Path article = dir.resolve("a.txt");
        Files.copy(sample(), article);
        run("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek", "--occurrence", "1").ok();
        run("annotate", article.toString(), "--type", "policy-measure", "--quote", "技术出口管制", "--occurrence", "1")
                .ok();
        return article;
    }
}
