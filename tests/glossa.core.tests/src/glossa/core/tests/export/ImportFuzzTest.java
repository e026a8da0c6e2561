package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import glossa.core.AnnotatedArticle;
import glossa.core.export.ExportFormat;
import glossa.core.imports.CsvImporter;
import glossa.core.imports.Importer;
import glossa.core.imports.WebAnnotationImporter;
import glossa.core.tests.ByteMutations;

/**
 * Fuzzes the JSON-LD and CSV readers with random, truncated and mutated exports (fixed seed): each input either
 * loads (possibly with problems listed in its report) or fails with an {@link IOException}; nothing hangs, no other
 * exception escapes, the input file is unchanged.
 */
class ImportFuzzTest {

    enum Reader {
        JSONLD(ExportFormat.JSONLD, new WebAnnotationImporter()), CSV(ExportFormat.CSV, new CsvImporter());

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
