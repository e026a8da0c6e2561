package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.search.CaseIndex;
import glossa.search.CaseSearch;
import glossa.search.CodingUnit;
import glossa.search.HitCoder;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;
import glossa.search.internal.CaseStamps;
import glossa.search.internal.HeldReader;

/**
 * An index kept open across searches (as the Search view keeps it) keeps its reader and the indexed stamps between
 * refreshes; these tests prove it never answers with stale results: an article or sidecar changed between two
 * searches, an index written by another process (the CLI's {@code index}), and an index deleted and built again.
 */
class CaseIndexFreshnessTest {

    @TempDir
    Path root;

    private static final SearchFilter CODED = new SearchFilter(null, null, null, SearchFilter.Coding.CODED);

    @BeforeEach
    void makeCase() throws Exception {
        write("a.txt", "Export controls tightened in May.\n");
        write("sub/b.txt", "Nothing to see here, only 芯片.\n");
        write("sub/c.md", "# C\n\nExport again.\n");
        write(".hidden/d.txt", "稀土 hidden\n");
    }

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> articles(CaseSearch.Result result) {
        return result.hits().stream().map(SearchHit::article).distinct().toList();
    }

    /** The same search through the kept index and as a scan of the files: equal, and its articles. */
    private List<String> search(CaseIndex index, SearchQuery query, SearchFilter filter) throws Exception {
        CaseSearch.Result indexed = CaseSearch.indexed(index, query, filter, null);
        assertTrue(indexed.indexed());
        assertEquals(CaseSearch.scan(root, query, filter, null).hits(), indexed.hits(), query.text());
        return articles(indexed);
    }

    @Test
    void anArticleChangedBetweenTwoSearchesIsFoundByTheSecond() throws Exception {
        try (CaseIndex index = CaseIndex.open(root)) {
            assertEquals(List.of(), search(index, SearchQuery.plain("稀土"), SearchFilter.ALL));
            assertEquals(List.of("sub/b.txt"), search(index, SearchQuery.plain("芯片"), SearchFilter.ALL));

            write("sub/b.txt", "稀土 replaces the chips in this article, which is longer now.\n");
            assertEquals(List.of("sub/b.txt"), search(index, SearchQuery.plain("稀土"), SearchFilter.ALL));
            assertEquals(List.of(), search(index, SearchQuery.plain("芯片"), SearchFilter.ALL));

            // The same size: only the modification time, a millisecond later, tells the new text.
            Path a = root.resolve("a.txt");
            FileTime before = Files.getLastModifiedTime(a);
            write("a.txt", "Export controls tightened in JUN.\n");
            Files.setLastModifiedTime(a, FileTime.fromMillis(before.toMillis() + 1));
            assertEquals(List.of("a.txt"), search(index, SearchQuery.plain("JUN"), SearchFilter.ALL));

            write("sub/new.txt", "稀土 again\n");
            Files.delete(root.resolve("sub/b.txt"));
            assertEquals(List.of("sub/new.txt"), search(index, SearchQuery.plain("稀土"), SearchFilter.ALL));
        }
    }

    @Test
    void aSidecarChangedBetweenTwoSearchesIsFoundByTheSecond() throws Exception {
        SearchQuery export = SearchQuery.plain("export");
        try (CaseIndex index = CaseIndex.open(root)) {
            assertEquals(List.of(), search(index, export, CODED));

            ArticleStore store = new ArticleStore();
            AnnotatedArticle article = store.open(root.resolve("sub/c.md"), null);
            var type = glossa.core.codebook.Codebooks.find(article.document().getCodebook(), "claim").orElseThrow();
            List<SearchHit> hits = CaseSearch.scan(root, export, new SearchFilter("sub/c.md", null, null, null), null)
                    .hits();
            List<Annotation> coded = HitCoder.plan(article, type, hits, CodingUnit.HIT, "ana").annotations();
            assertEquals(1, coded.size());
            article.document().getAnnotations().addAll(coded);
            store.save(article, false, null);
            assertTrue(Files.exists(AnnotatedArticle.sidecarOf(root.resolve("sub/c.md"))));

            assertEquals(List.of("sub/c.md"), search(index, export, CODED), "the new coding is found");
            assertEquals(List.of("a.txt"), search(index, export,
                    new SearchFilter(null, null, null, SearchFilter.Coding.NOT_CODED)));
        }
    }

    @Test
    void anIndexWrittenByAnotherProcessIsReadAfresh() throws Exception {
        try (CaseIndex kept = CaseIndex.open(root)) {
            assertEquals(List.of("sub/b.txt"), search(kept, SearchQuery.plain("芯片"), SearchFilter.ALL));
            write("sub/b.txt", "稀土 now, and a longer text than before.\n");
            try (CaseIndex other = CaseIndex.open(root)) {
                assertEquals(1, other.refresh(null).updated());
            }
            // Searching the kept index as it is, without a refresh, already sees the other commit.
            assertEquals(List.of("sub/b.txt"), articles(kept.search(SearchQuery.plain("稀土"), SearchFilter.ALL)));
            CaseIndex.Refresh refresh = kept.refresh(null);
            assertEquals(0, refresh.added() + refresh.updated() + refresh.removed());
            assertEquals(3, refresh.unchanged());
        }
    }

    @Test
    void anIndexDeletedAndBuiltAgainIsNotMistakenForTheKeptOne() throws Exception {
        try (CaseIndex kept = CaseIndex.open(root)) {
            assertEquals(List.of("sub/b.txt"), search(kept, SearchQuery.plain("芯片"), SearchFilter.ALL));
            try (var files = Files.walk(root.resolve(CaseIndex.FOLDER))) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            write("sub/b.txt", "稀土 now, and a longer text than before.\n");
            try (CaseIndex other = CaseIndex.open(root)) {
                assertEquals(3, other.refresh(null).added()); // same history, so the same commit generation
            }
            assertEquals(List.of("sub/b.txt"), articles(kept.search(SearchQuery.plain("稀土"), SearchFilter.ALL)));
            assertEquals(List.of(), articles(kept.search(SearchQuery.plain("芯片"), SearchFilter.ALL)));
        }
    }

    @Test
    void oneWalkGivesTheStampsThatStatingEachArticleGives() throws Exception {
        new ArticleStore().save(new ArticleStore().open(root.resolve("a.txt"), null), false, null);
        CaseStamps walked = CaseStamps.walk(root.toAbsolutePath().normalize());
        assertEquals(glossa.core.cases.CaseArticles.find(root.toAbsolutePath().normalize()), walked.articles());
        assertEquals(3, walked.stamps().size());
        for (Path article : walked.articles()) {
            String relative = root.toAbsolutePath().normalize().relativize(article).toString().replace('\\', '/');
            assertEquals(CaseStamps.stamp(glossa.core.cases.ArticleStamp.of(article)), walked.stamps().get(relative));
        }
        assertTrue(walked.stamps().get("a.txt").split(":")[2].compareTo("0") > 0, "a.txt has a sidecar");
    }

    @Test
    void theHeldReaderIsReusedUntilThereIsANewCommit() throws Exception {
        try (CaseIndex index = CaseIndex.open(root)) {
            index.refresh(null);
        }
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory
                .open(root.resolve(CaseIndex.FOLDER)); HeldReader held = new HeldReader(directory, "glossa.format")) {
            HeldReader.Snapshot first = held.acquire();
            held.release(first);
            HeldReader.Snapshot again = held.acquire();
            held.release(again);
            assertSame(first, again, "an unchanged index is not opened again");
            assertEquals(3, again.stamps().size());

            write("sub/new.txt", "新文章\n");
            try (CaseIndex other = CaseIndex.open(root)) {
                assertEquals(1, other.refresh(null).added());
            }
            HeldReader.Snapshot after = held.acquire();
            held.release(after);
            assertNotSame(again, after);
            assertEquals(4, after.stamps().size());
        }
    }
}
