package glossa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import glossa.model.Document;

/**
 * Runs the whole comparison — file sizes, heap per annotation, then the JMH timings — and prints one Markdown report
 * with medians, Glossa/peer ratios and growth from the smallest to the largest size.
 *
 * <pre>java -cp … glossa.bench.BenchMain [--sizes 10000,50000,100000] [--forks 1] [--warmups 2] [--iterations 3]
 *     [--seconds 2] [--heap-repetitions 5] [--only heap|load|save|agreement] [--megabytes 1,4] [--out report.md]</pre>
 *
 * <p>{@code --only heap} measures file sizes and heap per annotation and skips the JMH timings (a minute instead of
 * half an hour). {@code --only load} (or {@code save}) times just that sidecar operation of Glossa and UIMA XMI and
 * skips the file size and heap tables: a few minutes instead of twenty, for iterating on the sidecar code.
 * {@code --only agreement} times inter-coder agreement alone ({@link AgreementBenchmarks}) on articles of
 * {@code --megabytes} (default 1 and 4) with {@code --sizes} annotations per coder.</p>
 */
public final class BenchMain {

    /** A Glossa benchmark method, its peer's, and how to name them in the table. */
    private record Pair(String operation, String glossa, String peer, String peerName) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("Save sidecar", "SidecarBenchmarks.glossaSave", "SidecarBenchmarks.uimaXmiSave", "UIMA XMI save"),
            new Pair("Load sidecar", "SidecarBenchmarks.glossaLoad", "SidecarBenchmarks.uimaXmiLoad", "UIMA XMI load"),
            new Pair("Save sidecar", "SidecarBenchmarks.glossaSave", "SidecarBenchmarks.uimaBinarySave",
                    "UIMA binary (form 6) save"),
            new Pair("Load sidecar", "SidecarBenchmarks.glossaLoad", "SidecarBenchmarks.uimaBinaryLoad",
                    "UIMA binary (form 6) load"),
            new Pair("Statistics per section", "AnalysisBenchmarks.glossaStatistics",
                    "AnalysisBenchmarks.naiveStatistics", "naive O(n·s) section scan"),
            new Pair("Filter + sort", "AnalysisBenchmarks.glossaFilterSort", "AnalysisBenchmarks.uimaFilterSort",
                    "UIMA index scan + same predicate"),
            new Pair("Export CSV", "AnalysisBenchmarks.glossaExportCsv", "AnalysisBenchmarks.uimaExportCsv",
                    "plain CSV dump of the UIMA CAS"),
            new Pair("Export HTML report (full text)", "AnalysisBenchmarks.glossaExportHtml", null, "none"));

    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> options = options(args);
        String only = options.get("only");
        if (only != null && !List.of("heap", "load", "save", "agreement").contains(only)) {
            throw new IllegalArgumentException("--only takes heap, load, save or agreement, got " + only);
        }
        boolean heapOnly = "heap".equals(only);
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "10000,50000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        StringBuilder report = new StringBuilder();
        report.append("## Run of ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("\n\n").append(environment(options)).append('\n');
        if (only == null || heapOnly) {
            report.append(sizes(sizes));
            System.out.print(report);
            String heap = heap(sizes, Integer.parseInt(options.getOrDefault("heap-repetitions", "5")));
            report.append(heap);
            System.out.print(heap);
        }

        if (!heapOnly) {
            Collection<RunResult> results = new Runner(jmhOptions(options, sizes)).run();
            if (!"agreement".equals(only)) {
                report.append(timings(results, sizes));
            }
            report.append(AgreementTable.of(results));
        }
        report.append("\nSystem load average at the end: ")
                .append(String.format(Locale.ROOT, "%.2f", loadAverage())).append('\n');
        Path out = Path.of(options.getOrDefault("out", "target/benchmark-report.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("\n\n" + report);
        System.out.println("Report written to " + out.toAbsolutePath());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static org.openjdk.jmh.runner.options.Options jmhOptions(Map<String, String> options, int[] sizes) {
        ChainedOptionsBuilder builder = new OptionsBuilder();
        String only = options.get("only");
        if (only == null) {
            builder.include(SidecarBenchmarks.class.getName() + "\\.")
                    .include(AnalysisBenchmarks.class.getName() + "\\.")
                    .include(AgreementBenchmarks.class.getName() + "\\.");
        } else if (only.equals("agreement")) {
            builder.include(AgreementBenchmarks.class.getName() + "\\.");
        } else {
            // --only load|save: the sidecar benchmark of Glossa and UIMA XMI only, for iterating on that code path.
            String operation = switch (only) {
                case "load" -> "Load";
                case "save" -> "Save";
                default -> throw new IllegalArgumentException("--only takes load or save, not " + only);
            };
            builder.include(SidecarBenchmarks.class.getName() + "\\.(glossa|uimaXmi)" + operation + "$");
        }
        if (only == null || only.equals("agreement")) {
            builder.param("megabytes", options.getOrDefault("megabytes", "1,4").split(","));
        }
        // The naive agreement peer's per-character loop takes several seconds of warm-up before C2 has compiled it
        // (its first operations run ten times slower than its steady state), so --only agreement warms up longer.
        boolean agreement = "agreement".equals(only);
        builder
                .param("annotations", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new))
                .forks(Integer.parseInt(options.getOrDefault("forks", "1")))
                .warmupIterations(Integer.parseInt(options.getOrDefault("warmups", agreement ? "8" : "2")))
                .warmupTime(TimeValue.seconds(agreement ? 2 : 1))
                .measurementIterations(Integer.parseInt(options.getOrDefault("iterations", agreement ? "5" : "3")))
                .measurementTime(TimeValue.seconds(Integer.parseInt(options.getOrDefault("seconds", "2"))))
                .shouldFailOnError(true);
        // One call: each jvmArgs* call replaces the previous list.
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms2g", "-Xmx2g"));
        for (String property : new String[] { "glossa.sample", "glossa.repo" }) {
            if (System.getProperty(property) != null) {
                jvmArgs.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        return builder.jvmArgs(jvmArgs.toArray(String[]::new)).build();
    }

    private static String environment(Map<String, String> options) {
        return String.format(Locale.ROOT, """
                - Machine: %d cores visible to the JVM, %s %s, load average %.2f at the start (shared machine)
                - JDK: %s %s (%s)
                - JMH 1.37: %s fork, %s warm-up iterations of %s s, %s measurement iterations of %s s, average time \
                per operation; each figure is the median of the measurement iterations; forks run with -Xms2g -Xmx2g
                - Data: %,d-character article (%,d bytes in UTF-8), seeds %d (article) and %d + n (annotations)
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), loadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vm.vendor"),
                options.getOrDefault("forks", "1"),
                options.getOrDefault("warmups", "agreement".equals(options.get("only")) ? "8" : "2"),
                "agreement".equals(options.get("only")) ? "2" : "1",
                options.getOrDefault("iterations", "agreement".equals(options.get("only")) ? "5" : "3"),
                options.getOrDefault("seconds", "2"),
                BenchDataset.article().length(), BenchDataset.article().getBytes(StandardCharsets.UTF_8).length,
                BenchDataset.ARTICLE_SEED, BenchDataset.ANNOTATION_SEED);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String sizes(int[] sizes) {
        StringBuilder table = new StringBuilder("""

                ### File size

                | Annotations | Glossa XMI sidecar | UIMA XMI | Glossa/UIMA XMI | UIMA binary (form 6) | Glossa/UIMA binary |
                |---:|---:|---:|---:|---:|---:|
                """);
        for (int n : sizes) {
            BenchDataset data = BenchDataset.of(n);
            Document document = GlossaDocuments.build(data);
            long glossa = GlossaSidecar.save(document).length;
            var cas = UimaMirror.build(data);
            long xmi = UimaMirror.saveXmi(cas).length;
            long binary = UimaMirror.saveBinary(cas).length;
            table.append(String.format(Locale.ROOT, "| %,d | %s | %s | **%.2f** | %s | **%.2f** |%n", n, kb(glossa),
                    kb(xmi), (double) glossa / xmi, kb(binary), (double) glossa / binary));
        }
        return table.toString();
    }

    private static String heap(int[] sizes, int repetitions) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """

                ### Heap per annotation after load (memo text excluded; median of %d loads, min–max in brackets)

                | Annotations | Glossa (bytes) | UIMA CAS (bytes) | Glossa/UIMA |
                |---:|---:|---:|---:|
                """, repetitions));
        for (int n : sizes) {
            BenchDataset data = BenchDataset.of(n);
            HeapFootprint.PerAnnotation glossa = HeapFootprint.glossa(data, repetitions);
            HeapFootprint.PerAnnotation uima = HeapFootprint.uima(data, repetitions);
            table.append(String.format(Locale.ROOT, "| %,d | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | **%.2f** |%n", n,
                    glossa.median(), glossa.min(), glossa.max(), uima.median(), uima.min(), uima.max(),
                    glossa.median() / uima.median()));
        }
        return table.toString();
    }

    private static String timings(Collection<RunResult> results, int[] sizes) {
        Map<String, Double> medians = new HashMap<>();
        for (RunResult result : results) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
                for (IterationResult iteration : benchmark.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            medians.put(name + "@" + result.getParams().getParam("annotations"),
                    Stats.median(scores.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        int first = sizes[0];
        int last = sizes[sizes.length - 1];
        StringBuilder table = new StringBuilder("\n### Time (median ms per operation; ratio = Glossa/peer, below 1 means Glossa is faster)\n\n");
        table.append("| Operation | Peer |");
        for (int n : sizes) {
            table.append(String.format(Locale.ROOT, " Glossa/peer %,d |", n));
        }
        table.append(" Glossa ms | Peer ms |");
        table.append(String.format(Locale.ROOT, " Growth %,d→%,d Glossa | Peer |%n", first, last));
        table.append("|---|---|").append("---:|".repeat(sizes.length)).append("---:|---:|---:|---:|\n");
        for (Pair pair : PAIRS) {
            table.append("| ").append(pair.operation()).append(" | ").append(pair.peerName()).append(" |");
            StringBuilder glossaMs = new StringBuilder();
            StringBuilder peerMs = new StringBuilder();
            for (int n : sizes) {
                Double g = medians.get(pair.glossa() + "@" + n);
                Double p = medians.get(pair.peer() + "@" + n);
                table.append(g == null || p == null ? " – |" : String.format(Locale.ROOT, " **%.2f** |", g / p));
                glossaMs.append(glossaMs.isEmpty() ? "" : " / ").append(ms(g));
                peerMs.append(peerMs.isEmpty() ? "" : " / ").append(ms(p));
            }
            table.append(' ').append(glossaMs).append(" | ").append(peerMs).append(" | ")
                    .append(growth(medians.get(pair.glossa() + "@" + first), medians.get(pair.glossa() + "@" + last)))
                    .append(" | ")
                    .append(growth(medians.get(pair.peer() + "@" + first), medians.get(pair.peer() + "@" + last)))
                    .append(" |\n");
        }
        table.append(String.format(Locale.ROOT,
                "%nGrowth is time(%,d)/time(%,d) for %.0f× the annotations: about %.0f means linear, more means worse.%n",
                last, first, (double) last / first, (double) last / first));
        return table.toString();
    }

    private static String ms(Double value) {
        if (value == null) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String growth(Double first, Double last) {
        return first == null || last == null ? "–" : String.format(Locale.ROOT, "×%.1f", last / first);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f KB", bytes / 1024.0);
    }
}
