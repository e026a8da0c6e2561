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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import glossa.core.cases.CaseArticles;
import glossa.search.CaseIndex;
import glossa.search.CaseSearch;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;
import glossa.search.SearchableArticle;

/**
 * Case-wide search on a synthetic case of 1,000 articles (about 50 MB of UTF-8, {@link SearchCorpus}): how fast the
 * Lucene index is built, and how long a query takes on it against a plain scan of the same articles, in one JVM.
 * Each round builds the index from nothing, scans the case from disk once (load and match every article: what a
 * search without an index costs), then runs every query on the index and as a scan of the articles already in memory
 * (the fastest a scan can be), back to back, five times each, taking the median; and each query with the freshness
 * check a search pays: {@code CaseSearch.indexed} on the case folder (an index opened per search, as the CLI does) and
 * refresh + search on one index kept open (as the Search view keeps it), the latter also as a ratio to the scan. The report gives the range of the
 * per-round figures over the rounds, so that the load of a shared machine shows as a spread, not as a false figure.
 *
 * <pre>scripts/bench --only search [--articles 1000] [--kb 50] [--rounds 5] [--out report.md]
 * scripts/bench --only search --jmh     (JMH: SearchBenchmarks, query latency only)</pre>
 */
public final class SearchBench {

    private static final int REPEATS = 5;

    private record Query(String label, SearchQuery query) {
    }

    private static final List<Query> QUERIES = List.of(
            new Query("rare word, 1 % of articles (量子封锁令)", SearchQuery.plain(SearchCorpus.RARE)),
            new Query("word in 10 % of articles (算力许可证)", SearchQuery.plain(SearchCorpus.MEDIUM)),
            new Query("English phrase in 10 % (\"export controls\")",
                    SearchQuery.plain("\"" + SearchCorpus.PHRASE + "\"")),
            new Query("two words near each other (芯片 管制)", SearchQuery.plain("芯片 管制")),
            new Query("common word in every article (政策)", SearchQuery.plain("政策")),
            new Query("regular expression (\\d{4}年)", SearchQuery.regex("\\d{4}年")));

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--jmh")) {
            new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                    .include(SearchBenchmarks.class.getName() + "\\.").forks(1).warmupIterations(3)
                    .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                    .jvmArgsAppend("-Xmx3g").build()).run();
            return;
        }
        int articles = Integer.parseInt(option(args, "--articles", "1000"));
        int kb = Integer.parseInt(option(args, "--kb", "50"));
        int rounds = Integer.parseInt(option(args, "--rounds", "5"));
        Path out = Path.of(option(args, "--out", "releng/glossa.benchmarks/target/search-report.md"));
        Path root = Path.of(option(args, "--case", "releng/glossa.benchmarks/target/search-case")).toAbsolutePath();
        deleteTree(root);
        long bytes = SearchCorpus.write(root, articles, kb * 1000, 19);
        double mb = bytes / 1e6;
        System.err.printf(Locale.ROOT, "case: %d articles, %.1f MB in %s%n", articles, mb, root);

        List<SearchableArticle> inMemory = Collections.synchronizedList(new ArrayList<>());
        CaseArticles.load(root, CaseArticles.find(root), CaseArticles.defaultThreads(), null,
                (i, a) -> inMemory.add(SearchableArticle.of(root, a)));

        double[] build = new double[rounds];
        double[] diskScan = new double[rounds];
        double[] refresh = new double[rounds];
        double[][] indexMs = new double[QUERIES.size()][rounds];
        double[][] scanMs = new double[QUERIES.size()][rounds];
        double[][] indexedWithRefreshMs = new double[QUERIES.size()][rounds];
        double[][] keptWithRefreshMs = new double[QUERIES.size()][rounds];
        double[] keptRefresh = new double[rounds];
        int[] hitCounts = new int[QUERIES.size()];
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int r = 0; r < rounds; r++) {
            deleteTree(root.resolve(CaseIndex.FOLDER));
            System.gc();
            long t0 = System.nanoTime();
            try (CaseIndex index = CaseIndex.open(root)) {
                index.refresh(null);
            }
            build[r] = (System.nanoTime() - t0) / 1e9;
            System.gc();
            t0 = System.nanoTime();
            CaseSearch.scan(root, QUERIES.get(1).query(), SearchFilter.ALL, null);
            diskScan[r] = (System.nanoTime() - t0) / 1e9;
            try (CaseIndex index = CaseIndex.open(root)) {
                t0 = System.nanoTime();
                index.refresh(null);
                refresh[r] = (System.nanoTime() - t0) / 1e6;
                double[] again = new double[REPEATS];
                for (int k = 0; k < REPEATS; k++) {
                    long a = System.nanoTime();
                    index.refresh(null);
                    again[k] = (System.nanoTime() - a) / 1e6;
                }
                keptRefresh[r] = median(again);
                for (int q = 0; q < QUERIES.size(); q++) {
                    SearchQuery query = QUERIES.get(q).query();
                    double[] i = new double[REPEATS];
                    double[] s = new double[REPEATS];
                    double[] w = new double[REPEATS];
                    double[] kept = new double[REPEATS];
                    List<SearchHit> viaIndex = null;
                    List<SearchHit> viaScan = null;
                    for (int k = 0; k < REPEATS; k++) {
                        long a = System.nanoTime();
                        viaIndex = index.search(query, SearchFilter.ALL).hits();
                        long b = System.nanoTime();
                        viaScan = CaseSearch.scan(inMemory, query, SearchFilter.ALL);
                        long c = System.nanoTime();
                        CaseSearch.indexed(root, query, SearchFilter.ALL, null);
                        long d = System.nanoTime();
                        // The view's way: one index kept open, refreshed before every search.
                        index.refresh(null);
                        List<SearchHit> viaKept = index.search(query, SearchFilter.ALL).hits();
                        long e = System.nanoTime();
                        if (!viaKept.equals(viaIndex)) {
                            throw new IllegalStateException("kept index differs for " + QUERIES.get(q).label());
                        }
                        i[k] = (b - a) / 1e6;
                        s[k] = (c - b) / 1e6;
                        w[k] = (d - c) / 1e6;
                        kept[k] = (e - d) / 1e6;
                    }
                    if (!viaIndex.equals(viaScan)) {
                        throw new IllegalStateException("index and scan differ for " + QUERIES.get(q).label());
                    }
                    hitCounts[q] = viaIndex.size();
                    indexMs[q][r] = median(i);
                    scanMs[q][r] = median(s);
                    indexedWithRefreshMs[q][r] = median(w);
                    keptWithRefreshMs[q][r] = median(kept);
                }
            }
            System.err.printf(Locale.ROOT, "round %d: build %.2f s (%.1f MB/s), disk scan %.2f s%n", r + 1, build[r],
                    mb / build[r], diskScan[r]);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Search benchmark, %s; %d articles, %.1f MB of UTF-8 text; %d rounds; "
                + "JVM %s; %d cores; load average %.2f before, %.2f after.%n%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), articles, mb, rounds,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load, loadAfter));
        md.append("| operation | range over rounds |\n|---|---|\n");
        md.append(row("index build from nothing (s)", build, 2));
        md.append(row("index build rate (MB/s)", Arrays.stream(build).map(s -> mb / s).toArray(), 1));
        md.append(row("scan from disk: load and match every article (s)", diskScan, 2));
        md.append(row("refresh of an unchanged index, first after opening it (ms)", refresh, 1));
        md.append(row("refresh of an unchanged index kept open (ms)", keptRefresh, 1));
        md.append("\n| query | hits | index (ms) | scan in memory (ms) | scan / index | refresh + index, opened per "
                + "search (ms) | refresh + index, kept open (ms) | (refresh + index, kept open) / scan |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int q = 0; q < QUERIES.size(); q++) {
            double[] ratio = new double[rounds];
            double[] keptRatio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = scanMs[q][r] / indexMs[q][r];
                keptRatio[r] = keptWithRefreshMs[q][r] / scanMs[q][r];
            }
            md.append("| ").append(QUERIES.get(q).label()).append(" | ").append(hitCounts[q]).append(" | ")
                    .append(range(indexMs[q], 1)).append(" | ").append(range(scanMs[q], 1)).append(" | ")
                    .append(range(ratio, 1)).append("× | ").append(range(indexedWithRefreshMs[q], 1)).append(" | ")
                    .append(range(keptWithRefreshMs[q], 1)).append(" | ").append(range(keptRatio, 2))
                    .append("× |\n");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static String row(String label, double[] values, int decimals) {
        return "| " + label + " | " + range(values, decimals) + " |\n";
    }

    private static String range(double[] values, int decimals) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        String format = "%." + decimals + "f";
        return String.format(Locale.ROOT, format + "–" + format, min, max);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
