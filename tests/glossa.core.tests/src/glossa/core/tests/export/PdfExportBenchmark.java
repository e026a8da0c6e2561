package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.benchdata.Timings;
import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.io.AtomicFileWriter;
import glossa.exchange.ExportFormat;
import glossa.exchange.export.ExportOptions;

/**
 * Benchmark harness, not a unit test (the normal build skips it): the PDF report against the HTML, Markdown and CSV
 * exports of the same document in the same run, for the sample with 100 annotations (target: PDF under 3 s) and a
 * 1 MB article with 5,000 annotations (target: under 30 s, memory bounded: the peak heap is reported). Each export is
 * written through {@link AtomicFileWriter} as the wizard does; medians of {@value #ROUNDS} rounds after one warm-up.
 *
 * <pre>
 * ./mvnw -o -B verify -pl bundles/glossa.model,bundles/glossa.core,bundles/glossa.exchange,bundles/glossa.exchange.pdf,\
 * bundles/glossa.cli,tests/glossa.benchdata,tests/glossa.core.tests -Dtest=PdfExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * cat tests/glossa.core.tests/target/pdf-export-benchmark.txt
 * </pre>
 */
class PdfExportBenchmark {

    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    private final StringBuilder report = new StringBuilder();

    @Test
    void pdfAgainstTheOtherExports() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        line("PDF export benchmark; %s, %d cores, load average %.1f; median (min–max) ms of %d rounds after 1 warm-up",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), ROUNDS);
        run("sample, 100 annotations", SyntheticDocuments.writeArticle(dir.resolve("sample.txt"), sample,
                sample.getBytes(StandardCharsets.UTF_8).length, 100));
        run("1 MB, 5,000 annotations", SyntheticDocuments.writeArticle(dir.resolve("big.txt"), sample, 1_000_000, 5_000));
        Path file = Path.of(System.getProperty("glossa.repo", "."), "tests", "glossa.core.tests", "target",
                "pdf-export-benchmark.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    }

    private void run(String name, Path article) throws Exception {
        AnnotatedArticle opened = new ArticleStore().open(article, null);
        line("%s (%,d characters, %,d annotations)", name, opened.text().length(),
                opened.document().getAnnotations().size());
        double html = 0;
        for (String id : List.of("html", "md", "csv", "pdf")) {
            ExportFormat format = ExportFixtures.format(id);
            Path out = dir.resolve("report." + id);
            double[] times = new double[ROUNDS];
            long peak = 0;
            for (int i = -1; i < ROUNDS; i++) {
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                new AtomicFileWriter().write(out,
                        stream -> format.newExporter().export(opened, ExportOptions.defaults(), stream, null));
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t0) / 1e6;
                    peak = Math.max(peak, peakHeap());
                }
            }
            if (id.equals("html")) {
                html = Timings.median(times);
            }
            line("  %-5s %8.0f (%.0f–%.0f)  %,12d bytes  peak heap %,5d MB  /html = %.2f", id, Timings.median(times),
                    Timings.min(times), Timings.max(times), Files.size(out), peak >> 20, Timings.median(times) / html);
            assertTrue(Files.size(out) > 0);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
