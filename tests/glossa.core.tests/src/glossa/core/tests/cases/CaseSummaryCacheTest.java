package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.ArticleStamp;
import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseMatrix;
import glossa.core.cases.CaseStatistics;
import glossa.core.cases.CaseSummaries;
import glossa.core.cases.CaseSummaryCache;
import glossa.core.cases.CaseSummaryTable;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.io.ArticleStore;
import glossa.model.AnnotationStatus;

/** The case summary cache: round trip, staleness, bad files, vanished articles, untrusted names, exact counts. */
class CaseSummaryCacheTest {

    /** An hour ago: older than the cache's "racily clean" window, as files are on every open but the first. */
    private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);

    @TempDir
    Path root;

    @TempDir
    Path metadata;

    private Path cacheFile;

    /** Loads as the view does, and records which articles it was asked to load. */
    private final List<Path> loadedPaths = Collections.synchronizedList(new ArrayList<>());
    private final CaseSummaries.Loader counting = (caseRoot, articles, monitor, sink) -> {
        loadedPaths.addAll(articles);
        return CaseSummaries.PARALLEL.load(caseRoot, articles, monitor, sink);
    };

    @BeforeEach
    void cacheOutsideTheCase() {
        cacheFile = metadata.resolve("glossa.ui").resolve("case-summary.bin");
    }

    private void fixture() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 5, 2, 1);
        CaseFixtures.article(root, "b.txt", 2, 0, 4);
        CaseFixtures.article(root, "sub/c.md", 3, 3, 3, 3);
        CaseFixtures.article(root, "sub/deeper/d.txt", 4, 1);
        Files.writeString(root.resolve("unannotated.txt"), "没有批注\n一、背景\n文字。\n");
        ageAll();
    }

    private void ageAll() throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, OLD);
            }
        }
    }

    /** Opens from the cache, refreshes the stale articles, writes the cache: what the view does. */
    private CaseSummaries.Refreshed openAndRefresh() throws IOException {
        loadedPaths.clear();
        CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, cacheFile);
        CaseSummaries.Refreshed refreshed = CaseSummaries.refresh(snapshot, counting, null, null);
        CaseSummaryCache.write(cacheFile, refreshed.cacheable());
        return refreshed;
    }

    private List<String> loadedNames() {
        return loadedPaths.stream().map(p -> CaseSummaries.relativeName(root, p)).sorted().toList();
    }

    @Test
    void aCacheRoundTripsEverySummaryExactly() throws IOException {
        fixture();
        CaseSummaries.Refreshed first = openAndRefresh();
        assertEquals(5, first.cacheable().size());
        CaseSummaryCache.Contents read = CaseSummaryCache.read(cacheFile);
        assertNull(read.problem());
        assertEquals(0, read.rejected());
        assertEquals(5, read.summaries().size());
        for (ArticleSummary summary : first.cacheable()) {
            assertEquals(summary, read.summaries().get(summary.relativeName()));
        }
        ArticleSummary a = read.summaries().get("a.txt");
        assertEquals(ArticleStamp.of(root.resolve("a.txt")), a.stamp());
        assertEquals(new ArticleStore().open(root.resolve("a.txt"), null).document().getSections().size(),
                a.sectionCount());
        assertTrue(a.sectionCount() >= 2);
        assertEquals(8, a.count(AnnotationFilter.ALL));
        assertEquals(-1, read.summaries().get("unannotated.txt").stamp().sidecarSize());
        assertTrue(read.summaries().containsKey("sub/deeper/d.txt"), "names use '/' on every platform");
    }

    @Test
    void aSecondOpenLoadsNothingAndAChangedArticleIsTheOnlyOneReloaded() throws IOException {
        fixture();
        openAndRefresh();
        assertEquals(List.of("a.txt", "b.txt", "sub/c.md", "sub/deeper/d.txt", "unannotated.txt"), loadedNames());

        CaseSummaries.Snapshot warm = CaseSummaries.open(root, cacheFile);
        assertEquals(List.of(), warm.stale());
        openAndRefresh();
        assertEquals(List.of(), loadedNames(), "a valid cache: no article parsed");

        // Another annotation in b.txt, saved as Glossa saves it.
        ArticleStore store = new ArticleStore();
        AnnotatedArticle b = store.open(root.resolve("b.txt"), null);
        int begin = b.text().indexOf("签证");
        b.document().getAnnotations().add(AnnotationFactory.create(b.text(),
                Codebooks.find(b.document().getCodebook(), "claim").orElseThrow(), begin, begin + 2, "cy"));
        store.save(b, false, null);
        Files.setLastModifiedTime(AnnotatedArticle.sidecarOf(root.resolve("b.txt")), OLD);
        Files.setLastModifiedTime(root.resolve("b.txt"), OLD);
        CaseSummaries.Refreshed afterEdit = openAndRefresh();
        assertEquals(List.of("b.txt"), loadedNames(), "the sidecar's size changed, its time did not");
        int bRow = afterEdit.articles().indexOf(root.resolve("b.txt"));
        assertEquals(5, afterEdit.summaries().get(bRow).count(AnnotationFilter.ALL));
        assertEquals(1, afterEdit.summaries().get(bRow).count(new AnnotationFilter(Set.of(), Set.of(), Set.of("cy"), "")));

        // Only touched: same bytes, new time.
        Files.setLastModifiedTime(AnnotatedArticle.sidecarOf(root.resolve("sub/c.md")),
                FileTime.fromMillis(OLD.toMillis() + 1_000));
        openAndRefresh();
        assertEquals(List.of("sub/c.md"), loadedNames());

        // The article text itself edited outside Glossa (same length, other bytes, other time).
        Path d = root.resolve("sub/deeper/d.txt");
        Files.writeString(d, Files.readString(d).replace("持续观察", "继续观察"));
        Files.setLastModifiedTime(d, FileTime.fromMillis(OLD.toMillis() + 2_000));
        openAndRefresh();
        assertEquals(List.of("sub/deeper/d.txt"), loadedNames());
        openAndRefresh();
        assertEquals(List.of(), loadedNames());
    }

    @Test
    void filesChangedJustBeforeTheCacheWasWrittenAreReadAgain() throws IOException {
        fixture();
        Files.setLastModifiedTime(root.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis()));
        openAndRefresh();
        openAndRefresh();
        // a.txt might have been changed again within the file system's time resolution, keeping its stamp.
        assertEquals(List.of("a.txt"), loadedNames());
    }

    @Test
    void aBadCacheIsIgnoredAndRebuilt() throws IOException {
        fixture();
        openAndRefresh();
        byte[] good = Files.readAllBytes(cacheFile);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        byte[] otherVersion = good.clone();
        otherVersion[7] = 99; // the int after the magic
        byte[] extra = Arrays.copyOf(good, good.length + 3);
        Map<String, byte[]> bad = new TreeMap<>();
        bad.put("truncated", Arrays.copyOf(good, good.length - 9));
        bad.put("half", Arrays.copyOf(good, good.length / 2));
        bad.put("flipped byte", flipped);
        bad.put("unknown version", otherVersion);
        bad.put("trailing bytes", extra);
        bad.put("empty", new byte[0]);
        bad.put("not ours", "<?xml version=\"1.0\"?><x/>".getBytes());
        for (Map.Entry<String, byte[]> e : bad.entrySet()) {
            Files.write(cacheFile, e.getValue());
            CaseSummaryCache.Contents contents = CaseSummaryCache.read(cacheFile);
            assertNotNull(contents.problem(), e.getKey());
            assertTrue(contents.summaries().isEmpty(), e.getKey());
            CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, cacheFile);
            assertEquals(5, snapshot.stale().size(), e.getKey());
            assertEquals(contents.problem(), snapshot.cacheProblem(), e.getKey());

            openAndRefresh();
            assertEquals(5, loadedNames().size(), e.getKey());
            CaseSummaryCache.Contents rebuilt = CaseSummaryCache.read(cacheFile);
            assertNull(rebuilt.problem(), e.getKey());
            assertEquals(5, rebuilt.summaries().size(), e.getKey());
        }
        assertEquals(List.of(), CaseSummaries.open(root, cacheFile).stale());
    }

    @Test
    void entriesOfDeletedOrRenamedArticlesAreDropped() throws IOException {
        fixture();
        openAndRefresh();
        Files.delete(root.resolve("b.txt"));
        Files.delete(AnnotatedArticle.sidecarOf(root.resolve("b.txt")));
        Files.move(root.resolve("a.txt"), root.resolve("renamed.txt"));
        Files.move(AnnotatedArticle.sidecarOf(root.resolve("a.txt")), AnnotatedArticle.sidecarOf(root.resolve("renamed.txt")));

        CaseSummaries.Refreshed refreshed = openAndRefresh();
        assertEquals(List.of("renamed.txt"), loadedNames(), "a renamed article is a new one to the cache");
        assertEquals(8, refreshed.summaries().get(refreshed.articles().indexOf(root.resolve("renamed.txt")))
                .count(AnnotationFilter.ALL));
        assertEquals(Set.of("renamed.txt", "sub/c.md", "sub/deeper/d.txt", "unannotated.txt"),
                CaseSummaryCache.read(cacheFile).summaries().keySet());
    }

    @Test
    void namesThatCouldLeaveTheCaseAreRejected() throws IOException {
        fixture();
        Files.writeString(root.resolveSibling("outside.txt"), "外面\n");
        CaseSummaries.Refreshed refreshed = openAndRefresh();
        ArticleSummary real = refreshed.cacheable().get(0);
        List<ArticleSummary> forged = new ArrayList<>(refreshed.cacheable());
        for (String name : List.of("../outside.txt", "/etc/passwd", "sub/../../outside.txt", "C:/Windows/x.txt",
                "sub\\..\\..\\outside.txt", "./a.txt", "sub//c.md", "", "a.txt/")) {
            forged.add(new ArticleSummary(name, real.stamp(), "forged", 1, real.types(), real.tallies()));
        }
        Files.write(cacheFile, CaseSummaryCache.bytes(forged, System.currentTimeMillis()));
        CaseSummaryCache.Contents contents = CaseSummaryCache.read(cacheFile);
        assertNull(contents.problem());
        assertEquals(9, contents.rejected());
        assertEquals(5, contents.summaries().size());
        assertFalse(contents.summaries().values().stream().anyMatch(s -> "forged".equals(s.title())));

        CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, cacheFile);
        assertEquals(9, snapshot.rejectedEntries());
        assertEquals(5, snapshot.articles().size());
        assertTrue(snapshot.articles().stream().allMatch(p -> p.startsWith(root)));
        assertTrue(CaseSummaryCache.isSafeRelativeName("sub/deeper/d.txt"));
        assertTrue(CaseSummaryCache.isSafeRelativeName("文章..txt"));
    }

    @Test
    void countsFromTheCacheEqualCountsFromAFullParseUnderEveryFilterWithoutText() throws IOException {
        fixture();
        openAndRefresh();
        CaseSummaries.Snapshot warm = CaseSummaries.open(root, cacheFile);
        assertEquals(List.of(), warm.stale());
        CaseArticles.Loaded loaded = CaseArticles.load(root, null);
        List<AnnotationFilter> filters = List.of(AnnotationFilter.ALL,
                new AnnotationFilter(Set.of("claim"), Set.of(), Set.of(), ""),
                new AnnotationFilter(Set.of(), Set.of(AnnotationStatus.SUGGESTED), Set.of(), ""),
                new AnnotationFilter(Set.of(), Set.of(AnnotationStatus.CONFIRMED, AnnotationStatus.ORPHANED), Set.of(), ""),
                new AnnotationFilter(Set.of(), Set.of(), Set.of("bo"), ""),
                new AnnotationFilter(Set.of(), Set.of(), Set.of("nobody"), ""),
                new AnnotationFilter(Set.of("policy-measure"), Set.of(AnnotationStatus.CONFIRMED), Set.of("ana"), ""));
        for (AnnotationFilter filter : filters) {
            CaseStatistics parsed = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(), filter, null);
            CaseSummaryTable cached = CaseSummaryTable.compute(warm.articles(), warm.summaries(),
                    warm.codebook().codebook(), filter);
            assertSameTable(parsed, cached, filter.describe());
        }
        assertTrue(CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                new AnnotationFilter(Set.of(), Set.of(AnnotationStatus.SUGGESTED), Set.of("bo"), ""), null).total() > 0,
                "the fixture has suggested annotations by bo, so the filters above select something");
        assertThrows(IllegalArgumentException.class, () -> CaseSummaryTable.compute(warm.articles(), warm.summaries(),
                null, new AnnotationFilter(Set.of(), Set.of(), Set.of(), "技术")));
    }

    @Test
    void pendingRowsCountNothingUntilTheirSummaryArrives() throws IOException {
        fixture();
        CaseSummaries.Snapshot cold = CaseSummaries.open(root, cacheFile);
        CaseSummaryTable empty = CaseSummaryTable.compute(cold.articles(), cold.summaries(), cold.codebook().codebook(),
                null);
        assertEquals(5, empty.rowCount());
        assertTrue(empty.isPending(0));
        assertEquals("a.txt", empty.rowLabel(0));
        assertEquals(0, empty.total());
        List<Integer> arrived = Collections.synchronizedList(new ArrayList<>());
        CaseSummaries.refresh(cold, counting, null, (index, summary) -> arrived.add(index));
        assertEquals(List.of(0, 1, 2, 3, 4), arrived.stream().sorted().toList());
    }

    @Test
    void theFacetTestIsTheFilterWithoutItsText() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 4, 4, 4);
        AnnotatedArticle article = new ArticleStore().open(root.resolve("a.txt"), null);
        var annotations = article.document().getAnnotations();
        annotations.get(0).setAuthor(null);
        annotations.get(1).setStatus(AnnotationStatus.ORPHANED);
        List<AnnotationFilter> filters = List.of(AnnotationFilter.ALL,
                new AnnotationFilter(Set.of("claim"), Set.of(), Set.of(), ""),
                new AnnotationFilter(Set.of(), Set.of(AnnotationStatus.ORPHANED, AnnotationStatus.SUGGESTED), Set.of(), ""),
                new AnnotationFilter(Set.of(), Set.of(), Set.of("ana"), ""),
                new AnnotationFilter(Set.of("counter-strategy"), Set.of(AnnotationStatus.CONFIRMED), Set.of("bo"), ""));
        int passed = 0;
        for (AnnotationFilter filter : filters) {
            for (var a : annotations) {
                assertEquals(filter.test(a), filter.testFacets(a.getType().getId(), a.getStatus(), a.getAuthor()),
                        filter.describe());
                passed += filter.test(a) ? 1 : 0;
            }
        }
        assertTrue(passed > 0 && passed < filters.size() * annotations.size(), "the filters select some, not all");
        AnnotationFilter text = new AnnotationFilter(Set.of(), Set.of(), Set.of("bo"), "开源");
        for (var a : annotations) {
            assertEquals(text.test(a), text.testFacets(a.getType().getId(), a.getStatus(), a.getAuthor())
                    && a.getQuote().contains("开源"));
        }
        assertEquals(new AnnotationFilter(Set.of("a", "b"), Set.of(), Set.of("x"), " 技术 "),
                new AnnotationFilter(Set.of("b", "a"), Set.of(), Set.of("x"), "技术"));
        assertFalse(new AnnotationFilter(Set.of(), Set.of(), Set.of(), "技术").equals(AnnotationFilter.ALL));
    }

    private static void assertSameTable(CaseMatrix expected, CaseMatrix actual, String filter) {
        assertEquals(Set.copyOf(expected.typeIds()), Set.copyOf(actual.typeIds()), filter);
        assertEquals(expected.rowCount(), actual.rowCount(), filter);
        for (int r = 0; r < expected.rowCount(); r++) {
            assertEquals(expected.rowPath(r), actual.rowPath(r), filter);
            assertEquals(expected.rowLabel(r), actual.rowLabel(r), filter);
            assertFalse(actual.isPending(r), filter);
            assertEquals(expected.row(r), reorder(actual.row(r), expected.typeIds()), filter + " row " + r);
            assertEquals(expected.articleTotal(r), actual.articleTotal(r), filter);
        }
        for (String type : expected.typeIds()) {
            assertEquals(expected.typeTotal(expected.column(type)), actual.typeTotal(actual.column(type)), filter);
            assertEquals(expected.typeName(expected.column(type)), actual.typeName(actual.column(type)), filter);
        }
        assertEquals(expected.total(), actual.total(), filter);
        assertEquals(expected.maxCell(), actual.maxCell(), filter);
    }

    private static Map<String, Integer> reorder(Map<String, Integer> row, List<String> order) {
        Map<String, Integer> reordered = new java.util.LinkedHashMap<>();
        for (String id : order) {
            reordered.put(id, row.get(id));
        }
        return reordered;
    }
}
