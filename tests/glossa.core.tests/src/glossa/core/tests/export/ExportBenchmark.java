package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.core.tests.Harness;
import glossa.benchdata.Timings;
import glossa.core.AnnotatedArticle;
import glossa.exchange.ExportFormat;
import glossa.exchange.export.ExportOptions;
import glossa.core.io.ArticleStore;
import glossa.core.io.AtomicFileWriter;

/**
 * Benchmark harness, not a unit test (its name does not end in "Test", so the normal build skips it): "exporting
 * 50,000 annotations must take well under the time to open them". Writes a 1 MB article (the sample repeated) with a
 * sidecar of 50,000 annotations, then measures {@code ArticleStore.open} against each export (streamed into
 * {@link AtomicFileWriter}'s temporary file, then renamed, as the wizard and {@code glossa export} do), medians of 5 rounds after
 * 2 warm-up rounds (GLOSSA_BENCH=smoke: tiny sizes, see {@link Harness}). Run:
 *
 * <pre>
 * ./mvnw -o -B verify -pl bundles/glossa.model,bundles/glossa.core,tests/glossa.core.tests \
 *   -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * cat tests/glossa.core.tests/target/export-benchmark.txt
 * </pre>
 *
 * See docs/benchmarks.md, section "Export".
 */
class ExportBenchmark {

    private static final int ANNOTATIONS = Harness.size(50_000, 300);
    private static final int BYTES = Harness.size(1_000_000, 20_000);
    private static final int WARM_UP = Harness.size(2, 0);
    private static final int ROUNDS = Harness.size(5, 1);

    @TempDir
    Path dir;

    private final StringBuilder report = new StringBuilder();

    @Test
    void exportVersusOpen() throws Exception {
        Path article = article(dir.resolve("big.txt"));
        ArticleStore store = new ArticleStore();
        line("Export benchmark: 1 MB article, %,d annotations; %d warm-up + %d rounds, median (min–max) in ms; %s, %d cores",
                ANNOTATIONS, WARM_UP, ROUNDS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        line("  sidecar %,d bytes", Files.size(AnnotatedArticle.sidecarOf(article)));

        double[] open = measure(() -> {
            AnnotatedArticle opened = store.open(article, null);
            assertEquals(ANNOTATIONS, opened.document().getAnnotations().size());
        });
        line("%-40s %s", "open (ArticleStore.open)", stats(open));

        AnnotatedArticle opened = store.open(article, null);
        for (String id : List.of("html", "md", "csv", "jsonld")) {
            ExportFormat format = ExportFixtures.format(id);
            Path out = dir.resolve("report." + format.extension());
            long[] size = { 0 };
            double[] times = measure(() -> {
                new AtomicFileWriter().write(out,
                        stream -> format.newExporter().export(opened, ExportOptions.defaults(), stream, null));
                size[0] = Files.size(out);
            });
            line("%-40s %s   %,d bytes   export/open = %.2f", "export " + format.id(), stats(times), size[0],
                    Timings.median(times) / Timings.median(open));
            // The same export into a stream that discards the bytes: the exporter's own cost, without the disk.
            double[] cpu = measure(() -> format.newExporter().export(opened, ExportOptions.defaults(),
                    OutputStream.nullOutputStream(), null));
            line("%-40s %s   exporter only (no file)      /open = %.2f", "  " + format.id() + " to a null stream",
                    stats(cpu), Timings.median(cpu) / Timings.median(open));
            assertTrue(size[0] > ANNOTATIONS, format + " wrote the annotations");
        }
        Path file = Harness.target("export-benchmark.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double[] measure(Step step) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            step.run();
        }
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            System.gc();
            long t0 = System.nanoTime();
            step.run();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    /** The sample repeated to 1 MB, with a sidecar of evenly spread annotations (types in turn, every fifth overlapping). */
    private static Path article(Path path) throws IOException {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        return SyntheticDocuments.writeArticle(path, sample, BYTES, ANNOTATIONS);
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }


    private static String stats(double[] values) {
        return String.format(Locale.ROOT, "%7.0f (%.0f–%.0f)",
                Timings.median(values), Timings.min(values), Timings.max(values));
    }
}
