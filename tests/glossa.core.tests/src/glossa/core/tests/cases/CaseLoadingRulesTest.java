package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.ArticleStamp;
import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseSummaries;
import glossa.core.cases.CaseSummaryCache;
import glossa.core.io.ArticleStore;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;

/**
 * Loading a case: when a cached summary is trusted (the racily-clean window to the millisecond, the stamp taken at
 * open), progress, problems in path order, when the case codebook counts as changed, and a slow, cancelled or
 * interrupted load.
 */
class CaseLoadingRulesTest {

    private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);

    @TempDir
    Path root;

    @TempDir
    Path metadata;

    @Test
    void aCachedSummaryIsTrustedOnlyFromTheRacyWindowOnAndWhileItsStampHolds() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 2);
        Files.setLastModifiedTime(root.resolve("a.txt"), OLD);
        Files.setLastModifiedTime(AnnotatedArticle.sidecarOf(root.resolve("a.txt")), OLD);
        ArticleStamp stamp = ArticleStamp.of(root.resolve("a.txt"));
        ArticleStamp otherSize = new ArticleStamp(stamp.articleSize() + 1, stamp.articleModified(), stamp.sidecarSize(),
                stamp.sidecarModified());
        long window = stamp.lastModifiedMillis() + CaseSummaries.RACY_MILLIS;
        Object[][] cases = { // stamp in the cache, written at, trusted?
                { stamp, window, true }, { stamp, window + 60_000, true }, { stamp, window - 1, false },
                { otherSize, window + 60_000, false }, };
        Path cache = metadata.resolve("cache.bin");
        for (Object[] c : cases) {
            ArticleSummary cached = new ArticleSummary("a.txt", (ArticleStamp) c[0], "缓存", 2, List.of(), List.of());
            Files.write(cache, CaseSummaryCache.bytes(List.of(cached), (long) c[1]));
            CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, cache);
            String what = c[0] + " written at " + c[1];
            assertEquals((boolean) c[2] ? List.of() : List.of(root.resolve("a.txt")), snapshot.stale(), what);
            assertEquals((boolean) c[2] ? cached : null, snapshot.summaries().get(0), what);
        }
    }

    @Test
    void aLoadedSummaryCarriesTheStampTakenAtOpenSoAChangeDuringTheLoadShowsNextTime() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 2);
        CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, null);
        ArticleStamp atOpen = snapshot.stamps().get(0);
        Files.writeString(root.resolve("a.txt"), "补充一行。\n", StandardOpenOption.APPEND);
        CaseSummaries.Refreshed refreshed = CaseSummaries.refresh(snapshot, CaseSummaries.PARALLEL, null, null);
        assertEquals(atOpen, refreshed.summaries().get(0).stamp());
        assertNotEquals(ArticleStamp.of(root.resolve("a.txt")), refreshed.summaries().get(0).stamp());
    }

    @Test
    void progressCountsOneUnitPerArticleAndProblemsComeInPathOrder() throws IOException {
        CaseFixtures.article(root, "b.txt", 1, 1);
        CaseFixtures.article(root, "m.txt", 2, 1);
        CaseFixtures.article(root, "z.txt", 3, 1);
        Files.writeString(AnnotatedArticle.sidecarOf(root.resolve("z.txt")), "<broken");
        Files.writeString(AnnotatedArticle.sidecarOf(root.resolve("b.txt")), "<broken");
        RecordingMonitor monitor = new RecordingMonitor();
        CaseArticles.Loaded loaded = CaseArticles.load(root,
                List.of(root.resolve("z.txt"), root.resolve("m.txt"), root.resolve("b.txt")), 1, monitor);
        assertEquals(List.of(3, 3, 1), monitor.figures(), "begun with 3, worked 3, done once");
        assertEquals(List.of(root.resolve("b.txt"), root.resolve("z.txt")),
                loaded.problems().stream().map(CaseArticles.Problem::article).toList());
        assertEquals(List.of(root.resolve("m.txt")),
                loaded.articles().stream().map(AnnotatedArticle::articlePath).toList());
        int threads = CaseArticles.defaultThreads();
        assertTrue(threads >= 1 && threads <= 4, "threads: " + threads);
    }

    @Test
    void theCaseCodebookChangesOnlyWhenAnArticleBringsATypeItLacks() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 1);
        CaseFixtures.article(root, "b.txt", 2, 0, 1);
        assertFalse(CaseArticles.load(root, null).codebookChanged(), "the articles know only the case's types");

        ArticleStore store = new ArticleStore();
        AnnotatedArticle b = store.open(root.resolve("b.txt"), null);
        AnnotationType extra = GlossaFactory.eINSTANCE.createAnnotationType();
        extra.setId("only-in-b");
        b.document().getCodebook().getTypes().add(extra);
        store.save(b, false, null);
        CaseArticles.Loaded loaded = CaseArticles.load(root, null);
        assertTrue(loaded.codebookChanged());
        assertTrue(loaded.codebook().typeIds().contains("only-in-b"));
    }

    @Test
    void aSlowLoadIsWaitedForAndACancelOrInterruptDuringItStopsIt() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 1);
        List<Path> articles = CaseArticles.find(root);
        CaseArticles.Sink slow = (index, article) -> sleep(400);
        CaseArticles.Loaded loaded = CaseArticles.load(root, articles, 1, new NullProgressMonitor(), slow);
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(), loaded.articles(), "a sink takes the articles");

        NullProgressMonitor monitor = new NullProgressMonitor();
        assertThrows(OperationCanceledException.class, () -> CaseArticles.load(root, articles, 1, monitor,
                (index, article) -> {
                    monitor.setCanceled(true);
                    sleep(400);
                }));

        Thread.currentThread().interrupt();
        try {
            assertThrows(OperationCanceledException.class,
                    () -> CaseArticles.load(root, articles, 1, new NullProgressMonitor(), slow));
            assertTrue(Thread.interrupted(), "the caller's interrupt is kept for it to see");
        } finally {
            Thread.interrupted();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
