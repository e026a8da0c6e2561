package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import glossa.core.AnnotatedArticle;
import glossa.exchange.ExportFormat;
import glossa.exchange.imports.CsvImporter;
import glossa.exchange.imports.Importer;
import glossa.exchange.imports.WebAnnotationImporter;
import glossa.core.tests.ByteMutations;
import glossa.core.tests.cli.CliRun;

/**
 * Fuzzes the JSON-LD and CSV readers with random, truncated and mutated exports (fixed seed): each input either
 * loads (possibly with problems listed in its report) or fails with an {@link IOException}; nothing hangs, no other
 * exception escapes, the input file is unchanged.
 */
class ImportFuzzTest {

    enum Reader {
        JSONLD(ExportFixtures.format("jsonld"), new WebAnnotationImporter()),
        CSV(ExportFixtures.format("csv"), new CsvImporter());

        final ExportFormat format;
        final Importer importer;

        Reader(ExportFormat format, Importer importer) {
            this.format = format;
            this.importer = importer;
        }
    }

    private static final int CASES = 300;

    @ParameterizedTest
    @EnumSource(Reader.class)
    void mutatedInputsLoadOrFailCleanly(Reader reader, @TempDir Path dir) throws Exception {
        AnnotatedArticle article = ExportFixtures.sample();
        byte[] valid = ExportFixtures.bytes(article, reader.format, ExportFixtures.OPTIONS);
        Random random = new Random(20250926L + reader.ordinal());
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            int n = i;
            byte[] input = mutate(valid, random, i);
            Path file = dir.resolve("input-" + i);
            Files.write(file, input);
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    // A reader may also accept the file and report what it left out: that counts as refused.
                    return reader.importer.read(ExportFixtures.fresh(article), in, new NullProgressMonitor()).report()
                            .isClean();
                } catch (IOException clear) {
                    return false;
                }
            }, () -> "case " + n + " hung");
            if (ok) {
                loaded++;
            } else {
                refused++;
            }
            assertArrayEquals(input, Files.readAllBytes(file), "case " + i + " changed its input");
        }
        assertTrue(loaded > 0 && refused > 0, "the mutations cover both outcomes: " + loaded + " loaded cleanly, " + refused + " refused or reported problems");
    }

    /**
     * The same mutants through {@code glossa-cli import} into a copy of the article without a sidecar: exit 0 with no
     * error line, 2 with one {@code glossa: FILE:LINE:COLUMN: reason} line and nothing written, or 3 with the errors
     * and a count; never another code, never a line longer than a kilobyte.
     */
    @ParameterizedTest
    @EnumSource(Reader.class)
    void mutantsThroughTheCommandLineExitWithTheDocumentedCodes(Reader reader, @TempDir Path dir) throws Exception {
        AnnotatedArticle sample = ExportFixtures.sample();
        byte[] valid = ExportFixtures.bytes(sample, reader.format, ExportFixtures.OPTIONS);
        Path article = dir.resolve("a.txt");
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        Files.copy(sample.articlePath(), article);
        Random random = new Random(20_2026L + reader.ordinal());
        int[] codes = new int[4];
        for (int i = 0; i < CASES / 2; i++) {
            byte[] input = mutate(valid, random, i);
            Path file = dir.resolve("input-" + i);
            Files.write(file, input);
            Files.deleteIfExists(sidecar);
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> CliRun.of("import", article.toString(), "--from", reader.format.id(), file.toString()));
            int code = run.code();
            String errors = run.err();
            String what = "case " + i + " exit " + code + ": " + errors;
            assertTrue(code == 0 || code == 2 || code == 3, what);
            codes[code]++;
            assertTrue(errors.lines().allMatch(l -> l.length() < 1024), what);
            if (code == 0) {
                assertTrue(errors.lines().noneMatch(l -> l.contains("error")), what);
            } else if (code == 2) {
                assertEquals(1, errors.lines().count(), what);
                assertTrue(errors.matches("glossa: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*\\R"), what);
                assertFalse(Files.exists(sidecar), what);
            } else {
                assertTrue(errors.lines().anyMatch(l -> l.contains(": error: record ")), what);
                assertTrue(errors.strip().endsWith("records skipped (see the errors above)"), what);
            }
            assertArrayEquals(input, Files.readAllBytes(file), "case " + i + " changed its input");
        }
        assertTrue(codes[0] > 0 && codes[2] > 0, "both outcomes: " + java.util.Arrays.toString(codes));
    }

    /** Truncation, byte flips, random insertions, pure noise, or a duplicated chunk, by case number. */
    static byte[] mutate(byte[] valid, Random random, int i) {
        return switch (i % 5) {
            case 0 -> ByteMutations.truncate(valid, random);
            case 1 -> ByteMutations.flipBytes(valid, random);
            case 2 -> ByteMutations.insertNoise(valid, random);
            case 3 -> ByteMutations.noise(random);
            default -> ByteMutations.duplicateChunk(valid, random);
        };
    }
}
