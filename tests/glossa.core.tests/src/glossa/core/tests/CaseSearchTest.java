package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import glossa.search.CaseIndex;
import glossa.search.CaseSearch;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;

/**
 * Case-wide search over a small case of Chinese and English articles: the Lucene index and the plain scan give the
 * same hits, every hit is the text at its offsets, and the index follows changed, new and removed articles. Runs
 * under OSGi, so it also proves that the wrapped Lucene bundle finds its codecs there.
 */
class CaseSearchTest {

    @TempDir
    Path root;

    private static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.plain("出口管制"),
            SearchQuery.plain("开源"),
            SearchQuery.plain("管"),
            SearchQuery.plain("export"),
            SearchQuery.plain("\"export controls\""),
            SearchQuery.plain("美国 开源"),
            SearchQuery.plain("chips export"),
            new SearchQuery("expo", false, false, SearchQuery.DEFAULT_NEAR),
            SearchQuery.regex("\\d{4}年"),
            SearchQuery.regex("(?i)open[- ]weight"));

    @BeforeEach
    void makeCase() throws Exception {
        Files.createDirectories(root.resolve("zh"));
        Files.createDirectories(root.resolve("en"));
        Files.createDirectories(root.resolve(".hidden"));
        Files.copy(TestFiles.repo("samples/glossa-sample.zh.txt"), root.resolve("zh/sample.txt"));
        Files.copy(TestFiles.repo("tests/fixtures/openai-deepseek-policy-article.zh.txt"), root.resolve("zh/policy.txt"));
        Files.copy(TestFiles.repo("samples/glossa-sample.en.md"), root.resolve("en/sample.md"));
        Files.writeString(root.resolve("en/notes.txt"), "Notes\n\nExport controls on chips; exports grew. "
                + "𠀀 Open-weight models and export rules.\r\nexport\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve(".hidden/secret.txt"), "出口管制 export", StandardCharsets.UTF_8);
    }

    private String text(String article) throws Exception {
        return Files.readString(root.resolve(article), StandardCharsets.UTF_8);
    }

    @Test
    void indexAndScanFindTheSameHitsAtExactOffsets() throws Exception {
        for (SearchQuery query : QUERIES) {
            CaseSearch.Result scan = CaseSearch.scan(root, query, SearchFilter.ALL, null);
            CaseSearch.Result indexed = CaseSearch.indexed(root, query, SearchFilter.ALL, null);
            assertFalse(scan.indexed());
            assertTrue(indexed.indexed());
            assertEquals(scan.hits(), indexed.hits(), query.text());
            for (SearchHit hit : scan.hits()) {
                assertEquals(hit.hit(), text(hit.article()).substring(hit.begin(), hit.end()), query.text());
                assertFalse(hit.article().startsWith(".hidden"));
            }
        }
        // Each occurrence is found once: the count of a Chinese word is that of indexOf over the files.
        int expected = 0;
        for (String article : List.of("zh/sample.txt", "zh/policy.txt", "en/sample.md", "en/notes.txt")) {
            String text = text(article);
            for (int i = text.indexOf("出口管制"); i >= 0; i = text.indexOf("出口管制", i + 1)) {
                expected++;
            }
        }
        assertTrue(expected >= 5);
        assertEquals(expected, CaseSearch.scan(root, SearchQuery.plain("出口管制"), SearchFilter.ALL, null).hits().size());
    }

    @Test
    void kwicContextAndSections() throws Exception {
        List<SearchHit> hits = CaseSearch.scan(root, SearchQuery.plain("出口管制"), SearchFilter.ALL, null).hits();
        SearchHit inList = hits.stream().filter(h -> h.article().equals("zh/sample.txt") && h.left().endsWith("1. "))
                .findFirst().orElseThrow();
        assertEquals("：将训练框架列入管制清单。", inList.right().substring(0, 13));
        assertTrue(inList.section().startsWith("二"), inList.section());
        // Line breaks in the context read as spaces: a KWIC row is one line.
        hits.forEach(h -> assertFalse((h.left() + h.right()).contains("\n")));
    }

    @Test
    void filtersByArticleSectionAndCoding() throws Exception {
        SearchQuery query = SearchQuery.plain("出口管制");
        List<SearchHit> all = CaseSearch.scan(root, query, SearchFilter.ALL, null).hits();
        List<SearchHit> policy = CaseSearch.scan(root, query, new SearchFilter("policy.*", null, null, null), null)
                .hits();
        assertEquals(all.stream().filter(h -> h.article().equals("zh/policy.txt")).toList(), policy);
        List<SearchHit> zh = CaseSearch.indexed(root, query, new SearchFilter("zh/*", null, null, null), null).hits();
        assertEquals(all.stream().filter(h -> h.article().startsWith("zh/")).toList(), zh);
        List<SearchHit> section2 = CaseSearch.scan(root, query, new SearchFilter(null, "二", null, null), null).hits();
        assertFalse(section2.isEmpty());
        section2.forEach(h -> assertTrue(h.section().contains("二")));
        // Nothing is coded yet.
        assertEquals(List.of(), CaseSearch.scan(root, query,
                new SearchFilter(null, null, null, SearchFilter.Coding.CODED), null).hits());
        assertEquals(all, CaseSearch.indexed(root, query,
                new SearchFilter(null, null, "claim", SearchFilter.Coding.NOT_CODED), null).hits());
    }

    @Test
    void theIndexFollowsChangedNewAndRemovedArticles() throws Exception {
        try (CaseIndex index = CaseIndex.open(root)) {
            CaseIndex.Refresh first = index.refresh(null);
            assertEquals(4, first.added());
            CaseIndex.Refresh again = index.refresh(null);
            assertEquals(0, again.added() + again.updated() + again.removed());
            assertEquals(4, again.unchanged());

            Files.writeString(root.resolve("en/notes.txt"), "Nothing about that any more. 实体清单 is new.\n");
            Files.writeString(root.resolve("en/new.txt"), "A new export article.\n");
            Files.delete(root.resolve("zh/sample.txt"));
            CaseIndex.Refresh changed = index.refresh(null);
            assertEquals(1, changed.added());
            assertEquals(1, changed.updated());
            assertEquals(1, changed.removed());
            assertEquals(2, changed.unchanged());

            List<SearchHit> export = index.search(SearchQuery.plain("export"), SearchFilter.ALL).hits();
            assertEquals(CaseSearch.scan(root, SearchQuery.plain("export"), SearchFilter.ALL, null).hits(), export);
            assertTrue(export.stream().noneMatch(h -> h.article().equals("en/notes.txt")));
            assertTrue(export.stream().anyMatch(h -> h.article().equals("en/new.txt")));
            assertEquals(List.of("en/notes.txt"), index.search(SearchQuery.plain("实体清单"), SearchFilter.ALL).hits()
                    .stream().map(SearchHit::article).filter(a -> a.startsWith("en/")).toList());
        }
    }

    @Test
    void aDamagedIndexIsRebuilt() throws Exception {
        try (CaseIndex index = CaseIndex.open(root)) {
            index.refresh(null);
        }
        try (var files = Files.list(root.resolve(CaseIndex.FOLDER))) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith("segments")) {
                    Files.write(file, new byte[] { 1, 2, 3 });
                }
            }
        }
        CaseSearch.Result result = CaseSearch.indexed(root, SearchQuery.plain("开源"), SearchFilter.ALL, null);
        assertEquals(CaseSearch.scan(root, SearchQuery.plain("开源"), SearchFilter.ALL, null).hits(), result.hits());
    }

    @Test
    void whileAnotherWriterHoldsTheIndexTheCaseIsScanned() throws Exception {
        SearchQuery query = SearchQuery.plain("开源");
        Files.createDirectories(root.resolve(CaseIndex.FOLDER));
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory
                .open(root.resolve(CaseIndex.FOLDER));
                org.apache.lucene.index.IndexWriter other = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig())) {
            CaseSearch.Result result = CaseSearch.indexed(root, query, SearchFilter.ALL, null);
            assertFalse(result.indexed());
            assertEquals(CaseSearch.scan(root, query, SearchFilter.ALL, null).hits(), result.hits());
        }
        assertTrue(CaseSearch.indexed(root, query, SearchFilter.ALL, null).indexed());
    }

    @Test
    void luceneRunsAsItsOwnWrappedBundle() throws Exception {
        Bundle search = FrameworkUtil.getBundle(CaseIndex.class);
        assertNotNull(search, "glossa.search is not loaded as a bundle");
        Class<?> writer = search.loadClass("org.apache.lucene.index.IndexWriter");
        Bundle lucene = FrameworkUtil.getBundle(writer);
        assertNotNull(lucene);
        assertEquals("org.apache.lucene.core", lucene.getSymbolicName());
        // The default codec comes through Lucene's SPI (META-INF/services inside the wrapped jar).
        Class<?> codec = search.loadClass("org.apache.lucene.codecs.Codec");
        Object defaultCodec = codec.getMethod("getDefault").invoke(null);
        assertNotNull(defaultCodec);
    }
}
