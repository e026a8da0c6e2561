package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseStatistics;
import glossa.core.cases.CaseSummaries;
import glossa.core.cases.CaseSummaryCache;
import glossa.core.cases.CaseSummaryTable;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Section;
import glossa.benchdata.Timings;
import glossa.core.tests.Harness;

/**
 * Case Summary benchmark (not a unit test: runs only with {@code GLOSSA_BENCH=case}). 200 articles (the shared
 * sample, varied) with 1,000 annotations each = 200,000 annotations, sidecars on disk. Measures, after one warm-up,
 * the median of 5 runs of
 * <ul>
 * <li>Glossa: {@link CaseArticles#load} on 2 threads + {@link CaseStatistics#compute} + the per-type list of one
 * type — what the Case Summary view does when it opens;</li>
 * <li>a naive peer: articles opened one after another, each table cell counted by its own scan of the article's
 * annotations, each listed annotation's section found by a linear walk over the sections;</li>
 * <li>recomputing the counts with a new filter on loaded articles (what a filter change costs);</li>
 * <li>the summary cache ({@link CaseSummaries}): a cold open (no cache: every article loaded and summarized, the
 * cache written), a warm open (a valid cache: articles found, stamps compared, table counted; no sidecar parsed) and
 * an open with one changed sidecar (that article re-read, the cache rewritten).</li>
 * </ul>
 * Writes the figures to stdout and to {@code target/case-benchmark.txt}. See docs/benchmarks.md, section "Case".
 */
@EnabledIfEnvironmentVariable(named = "GLOSSA_BENCH", matches = "case|all|smoke")
class CaseSummaryBenchmark {

    private static final int ARTICLES = Harness.size(Integer.getInteger("glossa.bench.articles", 200), 3);
    private static final int PER_ARTICLE = Harness.size(1_000, 20);
    private static final int RUNS = Harness.size(5, 1);

    @TempDir
    Path root;

    /** Where the workbench would keep the cache: outside the case. */
    @TempDir
    Path metadata;

    @Test
    void caseSummary() throws IOException {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        generate(sample);
        double generate = (System.nanoTime() - t0) / 1e9;
        long sidecarBytes = 0;
        try (var files = Files.list(root)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".glossa")).toList()) {
                sidecarBytes += Files.size(p);
            }
        }
        List<Path> articles = CaseArticles.find(root);
        int expected = ARTICLES * PER_ARTICLE;
        // As on every open but the first after an edit: files older than the cache's "racily clean" window.
        long old = System.currentTimeMillis() - 3_600_000L;
        try (var files = Files.list(root)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(old));
            }
        }
        Path cacheFile = metadata.resolve("glossa.ui").resolve("case-summary.bin");
        CaseSummaries.Loader twoThreads = (caseRoot, list, monitor, sink) -> CaseArticles.load(caseRoot, list, 2,
                monitor, sink);

        double[] glossa = new double[RUNS];
        double[] naive = new double[RUNS];
        double[] refilter = new double[RUNS];
        double[] cold = new double[RUNS];
        double[] warm = new double[RUNS];
        double[] oneStale = new double[RUNS];
        for (int run = -1; run < RUNS; run++) {
            System.gc();
            long start = System.nanoTime();
            CaseArticles.Loaded loaded = CaseArticles.load(root, articles, 2, null);
            CaseStatistics stats = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                    AnnotationFilter.ALL, null);
            List<CaseStatistics.Entry> claims = stats.entries("claim", null);
            int listed = claims.size();
            int sectioned = (int) claims.stream().filter(e -> e.section() != null).count();
            long glossaNanos = System.nanoTime() - start;
            assertEquals(expected, stats.total());

            start = System.nanoTime();
            CaseStatistics filtered = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                    new AnnotationFilter(java.util.Set.of(), java.util.Set.of(AnnotationStatus.CONFIRMED),
                            java.util.Set.of(), "技术"), null);
            long refilterNanos = System.nanoTime() - start;
            if (filtered.total() > expected) {
                throw new AssertionError();
            }
            loaded = null;
            stats = null;
            filtered = null;
            System.gc();

            // Summary cache: cold (no cache), warm (valid cache), one stale article.
            Files.deleteIfExists(cacheFile);
            start = System.nanoTime();
            int coldTotal = openWithCache(cacheFile, twoThreads, articles.size());
            long coldNanos = System.nanoTime() - start;
            assertEquals(expected, coldTotal);
            System.gc();
            start = System.nanoTime();
            int warmTotal = openWithCache(cacheFile, twoThreads, 0);
            long warmNanos = System.nanoTime() - start;
            assertEquals(expected, warmTotal);
            Path changed = AnnotatedArticle.sidecarOf(articles.get((run + 1) * 7 % articles.size()));
            Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(old + 1000L * (run + 2)));
            start = System.nanoTime();
            int staleTotal = openWithCache(cacheFile, twoThreads, 1);
            long staleNanos = System.nanoTime() - start;
            assertEquals(expected, staleTotal);
            System.gc();

            start = System.nanoTime();
            int[] naiveResult = naive(articles);
            long naiveNanos = System.nanoTime() - start;
            assertEquals(expected, naiveResult[0]);
            assertEquals(listed, naiveResult[1]);
            assertEquals(sectioned, naiveResult[2]);
            if (run >= 0) {
                glossa[run] = glossaNanos / 1e9;
                naive[run] = naiveNanos / 1e9;
                refilter[run] = refilterNanos / 1e6;
                cold[run] = coldNanos / 1e9;
                warm[run] = warmNanos / 1e6;
                oneStale[run] = staleNanos / 1e6;
            }
        }
        Runtime rt = Runtime.getRuntime();
        String report = String.format(java.util.Locale.ROOT,
                "Case Summary benchmark: %d articles x %d annotations = %d annotations, sidecars %.1f MB, %d CPUs, "
                        + "max heap %d MB (generated in %.1f s)%n"
                        + "  Glossa (2 loader threads, one-pass counts, list of one type): median %.2f s  runs %s%n"
                        + "  naive peer (sequential open, one scan per cell, linear section walk): median %.2f s  runs %s%n"
                        + "  ratio Glossa/naive: %.2f%n"
                        + "  recount with a new filter (status + text) on loaded articles: median %.0f ms  runs %s%n"
                        + "  summary cache, cold open (no cache; load, summarize, write cache): median %.2f s  runs %s%n"
                        + "  summary cache, warm open (valid cache, %d KB; no sidecar parsed): median %.0f ms  runs %s%n"
                        + "  summary cache, one sidecar changed (1 article re-read, cache rewritten): median %.0f ms  runs %s%n"
                        + "  ratios: warm/naive %.4f, warm/Glossa full load %.4f, cold/naive %.2f, one-stale/naive %.3f%n"
                        + "  load average at the end: %s%n",
                ARTICLES, PER_ARTICLE, expected, sidecarBytes / 1e6, rt.availableProcessors(), rt.maxMemory() >> 20,
                generate, Timings.median(glossa), fmt(glossa), Timings.median(naive), fmt(naive), Timings.median(glossa) / Timings.median(naive),
                Timings.median(refilter), fmt(refilter), Timings.median(cold), fmt(cold), Files.size(cacheFile) >> 10,
                Timings.median(warm), fmt0(warm), Timings.median(oneStale), fmt0(oneStale),
                Timings.median(warm) / 1e3 / Timings.median(naive), Timings.median(warm) / 1e3 / Timings.median(glossa),
                Timings.median(cold) / Timings.median(naive), Timings.median(oneStale) / 1e3 / Timings.median(naive),
                loadAverage());
        System.out.print(report);
        Path out = Harness.target("case-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /**
     * What the Case Summary view does on open: find the articles, read the cache, count the table from it, load the
     * stale articles (asserting how many), count again and rewrite the cache. Returns the table's total.
     */
    private int openWithCache(Path cacheFile, CaseSummaries.Loader loader, int expectedStale) throws IOException {
        CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, cacheFile);
        CaseSummaryTable shown = CaseSummaryTable.compute(snapshot.articles(), snapshot.summaries(),
                snapshot.codebook().codebook(), AnnotationFilter.ALL);
        assertEquals(expectedStale, snapshot.stale().size());
        if (snapshot.stale().isEmpty()) {
            return shown.total();
        }
        CaseSummaries.Refreshed refreshed = CaseSummaries.refresh(snapshot, loader, null, null);
        CaseSummaryCache.write(cacheFile, refreshed.cacheable());
        return CaseSummaryTable.compute(refreshed.articles(), refreshed.summaries(), refreshed.codebook().codebook(),
                AnnotationFilter.ALL).total();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String fmt0(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (double v : values) {
            sb.append(sb.length() > 1 ? ", " : "").append(String.format(java.util.Locale.ROOT, "%.0f", v));
        }
        return sb.append(']').toString();
    }

    /** The naive peer; returns {total count, listed claims, listed claims inside a section}. */
    private static int[] naive(List<Path> articles) throws IOException {
        ArticleStore store = new ArticleStore();
        List<AnnotatedArticle> loaded = new ArrayList<>();
        for (Path path : articles) {
            loaded.add(store.open(path, null));
        }
        int total = 0;
        int listed = 0;
        int sectioned = 0;
        for (AnnotatedArticle article : loaded) {
            List<AnnotationType> types = Codebooks.allTypes(article.document().getCodebook());
            for (AnnotationType type : types) {
                total += (int) article.document().getAnnotations().stream()
                        .filter(a -> a.getType() != null && a.getType().getId().equals(type.getId())).count();
            }
            for (Annotation a : article.document().getAnnotations()) {
                if (a.getType() != null && a.getType().getId().equals("claim")) {
                    Section found = null;
                    for (Section s : all(article.document().getSections())) {
                        if (s.getBegin() <= a.getBegin() && a.getBegin() < s.getEnd()) {
                            found = s;
                        }
                    }
                    listed++;
                    sectioned += found == null ? 0 : 1;
                }
            }
        }
        return new int[] { total, listed, sectioned };
    }

    private static List<Section> all(List<Section> sections) {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(s);
            all.addAll(all(s.getChildren()));
        }
        return all;
    }

    private void generate(String sample) throws IOException {
        ArticleStore store = new ArticleStore();
        SidecarStore sidecars = store.sidecars();
        Random random = new Random(42);
        for (int i = 0; i < ARTICLES; i++) {
            Path file = root.resolve(String.format("article-%03d.txt", i));
            // Varied per article so no two texts are the same.
            Files.writeString(file, "第" + i + "篇\n" + sample, StandardCharsets.UTF_8);
            AnnotatedArticle article = store.open(file, null);
            String text = article.text();
            List<AnnotationType> types = Codebooks.allTypes(article.document().getCodebook());
            for (int k = 0; k < PER_ARTICLE;) {
                int begin = random.nextInt(text.length() - 40);
                int end = begin + 2 + random.nextInt(30);
                if (Character.isLowSurrogate(text.charAt(begin))) {
                    begin++;
                }
                Annotation a;
                try {
                    a = AnnotationFactory.create(text, types.get(random.nextInt(types.size())), begin, end,
                            random.nextBoolean() ? "ana" : "bo");
                } catch (IllegalArgumentException blank) {
                    continue; // only white space there: draw again
                }
                a.setStatus(random.nextInt(4) == 0 ? AnnotationStatus.SUGGESTED : AnnotationStatus.CONFIRMED);
                article.document().getAnnotations().add(a);
                k++;
            }
            sidecars.save(article.document(), AnnotatedArticle.sidecarOf(file));
        }
    }

    private static String fmt(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (double v : values) {
            sb.append(sb.length() > 1 ? ", " : "").append(String.format(java.util.Locale.ROOT, "%.2f", v));
        }
        return sb.append(']').toString();
    }
}
