package glossa.core.tests;

import static glossa.core.tests.cli.CliRun.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.tests.cli.CliRun;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.search.ArticleDate;
import glossa.search.CaseSearch;
import glossa.search.HitCoder;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;

/**
 * Search by the articles' dates (published date, else file date), index and scan alike, and coding hits as
 * suggestions, in the library and through {@code glossa-cli search --since/--until/--suggest}.
 */
class SearchDatesAndSuggestionsTest {

    @TempDir
    Path root;

    @BeforeEach
    void makeCase() throws Exception {
        write("a.txt", "---\ntitle: A\ndate: 2023-05-01T08:00:00+08:00\n---\nExport controls tightened in May.\n");
        write("b.txt", "---\ntitle: B\ndate: 2024年3月5日\n---\nExport controls again, in March.\n");
        write("c.txt", "No front matter. Export controls, a third time.\n");
        setModified("c.txt", LocalDate.of(2025, 1, 10));
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void setModified(String name, LocalDate day) throws Exception {
        Files.setLastModifiedTime(root.resolve(name),
                FileTime.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private List<String> articles(boolean indexed, LocalDate since, LocalDate until) throws Exception {
        SearchFilter filter = new SearchFilter(null, null, null, null, since, until);
        SearchQuery query = SearchQuery.plain("export");
        CaseSearch.Result result = indexed ? CaseSearch.indexed(root, query, filter, null)
                : CaseSearch.scan(root, query, filter, null);
        return result.hits().stream().map(SearchHit::article).toList();
    }

    @Test
    void publishedDatesAreReadInTheirCommonForms() {
        assertEquals(LocalDate.of(2023, 5, 1), ArticleDate.parse("2023-05-01T08:00:00+08:00"));
        assertEquals(LocalDate.of(2024, 3, 5), ArticleDate.parse("2024年3月5日"));
        assertEquals(LocalDate.of(2024, 3, 5), ArticleDate.parse("2024/3/5 10:00"));
        assertEquals(LocalDate.of(2024, 12, 31), ArticleDate.parse(" 2024.12.31"));
        assertNull(ArticleDate.parse("2024-13-40"));
        assertNull(ArticleDate.parse("March 5, 2024"));
        assertNull(ArticleDate.parse("20240305"));
        assertNull(ArticleDate.parse(null));
        assertEquals(LocalDate.of(2024, 3, 5), ArticleDate.parseArgument("2024-03-05"));
        assertThrows(IllegalArgumentException.class, () -> ArticleDate.parseArgument("2024-03-05T10:00"));
        assertThrows(IllegalArgumentException.class, () -> ArticleDate.parseArgument("yesterday"));
    }

    @Test
    void theDateFilterKeepsArticlesByPublishedDateElseFileDateInIndexAndScan() throws Exception {
        for (boolean indexed : new boolean[] { false, true }) {
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), articles(indexed, null, null));
            assertEquals(List.of("b.txt", "c.txt"), articles(indexed, LocalDate.of(2024, 1, 1), null));
            assertEquals(List.of("a.txt"), articles(indexed, null, LocalDate.of(2023, 12, 31)));
            assertEquals(List.of("b.txt"), articles(indexed, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5)));
            assertEquals(List.of("c.txt"), articles(indexed, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10)));
        }
        // The published date wins over the file date; a file date change moves an undated article, and the index
        // (refreshed by the changed stamp) follows.
        setModified("a.txt", LocalDate.of(2020, 1, 1));
        setModified("c.txt", LocalDate.of(2022, 6, 1));
        for (boolean indexed : new boolean[] { false, true }) {
            assertEquals(List.of("a.txt", "c.txt"), articles(indexed, null, LocalDate.of(2023, 12, 31)));
        }
    }

    @Test
    void hitsBecomeSuggestionsOnceAndNotWhereOneWasRejected() throws Exception {
        ArticleStore store = new ArticleStore();
        AnnotatedArticle article = store.open(root.resolve("c.txt"), null);
        var type = glossa.core.codebook.Codebooks.find(article.document().getCodebook(), "claim").orElseThrow();
        List<SearchHit> hits = CaseSearch.scan(root, SearchQuery.plain("export"),
                new SearchFilter("c.txt", null, null, null), null).hits();
        HitCoder.Plan plan = HitCoder.plan(article, type, hits, glossa.search.CodingUnit.HIT, "ana", true);
        assertEquals(1, plan.annotations().size());
        Annotation suggestion = plan.annotations().get(0);
        assertEquals(AnnotationStatus.SUGGESTED, suggestion.getStatus());
        assertEquals(1.0, suggestion.getConfidence());
        assertEquals(HitCoder.RECOMMENDER, suggestion.getRecommender());
        assertEquals("Export", suggestion.getQuote());
        article.document().getAnnotations().addAll(plan.annotations());
        assertEquals(0, HitCoder.plan(article, type, hits, glossa.search.CodingUnit.HIT, "ana", true).annotations()
                .size(), "suggested once");
        assertEquals(1, HitCoder.plan(article, type, hits, glossa.search.CodingUnit.HIT, "ana", true).alreadyCoded());
        suggestion.setStatus(AnnotationStatus.REJECTED);
        assertEquals(0, HitCoder.plan(article, type, hits, glossa.search.CodingUnit.HIT, "ana", true).annotations()
                .size(), "a rejected suggestion is not made again");
        List<Annotation> confirmed = HitCoder.plan(article, type, hits, glossa.search.CodingUnit.HIT, "ana")
                .annotations();
        assertEquals(1, confirmed.size(), "coding confirmed is still possible where a suggestion was rejected");
        assertEquals(AnnotationStatus.CONFIRMED, confirmed.get(0).getStatus());
        assertNull(confirmed.get(0).getRecommender());
    }

    // --- the command line ---

    @SuppressWarnings("unchecked")
    private static List<String> hitArticles(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("hits")).stream().map(h -> (String) h.get("article")).toList();
    }

    @Test
    void cliSinceAndUntilFilterAndKeepTheJsonShape() {
        Map<String, Object> since = jsonOf("search", root.toString(), "export", "--since", "2024-01-01", "--json");
        assertEquals(List.of("hits"), List.copyOf(since.keySet()));
        assertEquals(List.of("b.txt", "c.txt"), hitArticles(since));
        assertEquals(List.of("a.txt", "b.txt"), hitArticles(jsonOf("search", root.toString(), "export", "--until",
                "2024-12-31", "--json")));
        assertEquals(List.of("b.txt"), hitArticles(jsonOf("search", root.toString(), "export", "--since", "2024-03-05",
                "--until", "2024-03-05", "--json")));

        CliRun bad = CliRun.of("search", root.toString(), "export", "--since", "5 March");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--since") && bad.err().contains("YYYY-MM-DD"), bad.err());
        CliRun reversed = CliRun.of("search", root.toString(), "export", "--since", "2025-01-01", "--until",
                "2024-01-01");
        assertEquals(2, reversed.code());
        assertTrue(reversed.err().contains("after --until"), reversed.err());
        CliRun suggestAlone = CliRun.of("search", root.toString(), "export", "--suggest");
        assertEquals(2, suggestAlone.code());
        assertTrue(suggestAlone.err().contains("--suggest goes with --code"), suggestAlone.err());
    }

    @Test
    void cliCodesHitsAsSuggestionsSavedInTheSidecars() throws Exception {
        Map<String, Object> coded = jsonOf("search", root.toString(), "export", "--since", "2024-01-01", "--code",
                "claim", "--suggest", "--json");
        assertEquals(List.of("hits", "coded"), List.copyOf(coded.keySet()));
        assertEquals(2, ((Number) coded.get("coded")).intValue());
        assertTrue(Files.notExists(root.resolve("a.txt.glossa")), "an article outside the dates is not touched");
        for (String name : List.of("b.txt", "c.txt")) {
            AnnotatedArticle article = new ArticleStore().open(root.resolve(name), null);
            List<Annotation> annotations = article.document().getAnnotations();
            assertEquals(1, annotations.size(), name);
            assertEquals(AnnotationStatus.SUGGESTED, annotations.get(0).getStatus());
            assertEquals("search", annotations.get(0).getRecommender());
            assertEquals(1.0, annotations.get(0).getConfidence());
        }
        assertTrue(CliRun.of("search", root.toString(), "export", "--code", "claim", "--suggest").out()
                .contains("suggested 1 as claim"), "only a.txt was left to suggest");
    }

    @Test
    void cliNeverWritesOverASidecarItCannotRead() throws Exception {
        byte[] garbage = "<not a sidecar".getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("b.txt.glossa"), garbage);
        CliRun run = CliRun.of("search", root.toString(), "export", "--code", "claim", "--json");
        assertTrue(run.err().contains("b.txt"), "the unreadable article is named: " + run.err());
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(root.resolve("b.txt.glossa"))));
    }
}
