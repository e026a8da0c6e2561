package glossa.core.tests.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.benchdata.Timings;
import glossa.model.Document;

/**
 * Benchmark harness, not a unit test (skipped by the normal build): the HTML report of 5,000 and of 50,000
 * annotations stacked on one span of the small fixture article (issue 20: it used to grow with the square of the
 * overlap, 385 MB at 5,000). Prints size and median time of each and their ratios (linear: about 10×), with the load
 * average from /proc/loadavg. Run:
 *
 * <pre>
 * ./mvnw -B verify -pl bundles/glossa.model,bundles/glossa.core,tests/glossa.core.tests \
 *   -Dtest=StackedReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * cat tests/glossa.core.tests/target/stacked-report-benchmark.txt
 * </pre>
 */
class StackedReportBenchmark {

    private static final int WARM_UP = 2;
    private static final int ROUNDS = 5;

    @Test
    void stackedOnOneSpan() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Stacked HTML report; %s, %d cores, loadavg before: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage()));
        double[] medians = new double[2];
        long[] sizes = new long[2];
        int[] counts = { 5_000, 50_000 };
        for (int k = 0; k < counts.length; k++) {
            AnnotatedArticle article = stacked(counts[k]);
            sizes[k] = ExportFixtures.bytes(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS).length;
            for (int i = 0; i < WARM_UP; i++) {
                export(article);
            }
            double[] times = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                System.gc();
                long t0 = System.nanoTime();
                export(article);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            medians[k] = Timings.median(times);
            report.append(String.format(Locale.ROOT, "%,7d annotations: %,12d bytes, %8.1f ms median (%.1f–%.1f)%n",
                    counts[k], sizes[k], medians[k], Timings.min(times), Timings.max(times)));
        }
        report.append(String.format(Locale.ROOT, "ratio 50,000 / 5,000: size %.2f×, time %.2f×; loadavg after: %s%n",
                (double) sizes[1] / sizes[0], medians[1] / medians[0], loadAverage()));
        System.out.print(report);
        Path file = Path.of(System.getProperty("glossa.repo", "."), "tests", "glossa.core.tests", "target",
                "stacked-report-benchmark.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    }

    private static void export(AnnotatedArticle article) throws Exception {
        ExportFixtures.format("html").newExporter().export(article, ExportFixtures.OPTIONS, OutputStream.nullOutputStream(), null);
    }

    /** {@code n} annotations on one and the same span of the fixture article. */
    private static AnnotatedArticle stacked(int n) {
        AnnotatedArticle article = ExportFixtures.small();
        Document document = article.document();
        document.getAnnotations().clear();
        document.getRelations().clear();
        String text = article.text();
        int from = text.indexOf("美国政府");
        int to = text.indexOf("二、");
        for (int i = 0; i < n; i++) {
            ExportFixtures.add(document, text, "claim", from, to, "ana");
        }
        return article;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "n/a";
        }
    }
}
