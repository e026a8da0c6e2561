package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
        switch (i % 5) {
            case 0:
                return Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            case 1: {
                byte[] out = valid.clone();
                for (int k = 0, n = 1 + random.nextInt(20); k < n; k++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            case 2: {
                int at = random.nextInt(valid.length);
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                byte[] out = new byte[valid.length + noise.length];
                System.arraycopy(valid, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(valid, at, out, at + noise.length, valid.length - at);
                return out;
            }
            case 3: {
                byte[] out = new byte[random.nextInt(4096)];
                random.nextBytes(out);
                return out;
            }
            default: {
                int from = random.nextInt(valid.length);
                int length = Math.min(valid.length - from, 1 + random.nextInt(512));
                byte[] out = new byte[valid.length + length];
                int at = random.nextInt(valid.length);
                System.arraycopy(valid, 0, out, 0, at);
                System.arraycopy(valid, from, out, at, length);
                System.arraycopy(valid, at, out, at + length, valid.length - at);
                return out;
            }
        }
    }
}
