package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.SidecarStore;
import glossa.exchange.json.Json;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * What {@code reanchor} tells a user: the counts line, one line per annotation that is not exact (with the reason an
 * orphan was not placed), the same in {@code --json}, and what {@code --save} writes, also for a text that did not
 * change but whose sidecar places an annotation where its quote is not.
 */
class ReanchorCommandOutputTest {

    private static final String TEXT = "Alpha beta gamma.\nThe quick claim stands here.\nDelta epsilon zeta.\n";

    @TempDir
    Path dir;

    private Path article() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, TEXT);
        CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "quick claim").ok();
        CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "Delta epsilon").ok();
        return article;
    }

    /** The claim moves (a note before it) and Delta's sentence is gone. */
    private static String revised() {
        return "Note.\n" + TEXT.replace("Delta epsilon zeta.", "Omega.");
    }

    @Test
    void printsTheCountsThenEachAnnotationThatIsNotExact() throws Exception {
        Path article = article();
        Files.writeString(article, revised());
        assertEquals(List.of(
                "text changed since annotated; 0 exact, 1 moved, 0 fuzzy, 1 orphaned; not saved (use --save)",
                "moved    1.00 22-33 -> 28-39  quick claim",
                "orphaned 0.00 47-60 -> 47-47  Delta epsilon"),
                CliRun.of("reanchor", article.toString()).ok().out().lines().toList());
    }

    @Test
    void anOrphanNamesWhyItWasNotPlaced() throws Exception {
        Path article = dir.resolve("harbour.txt");
        Files.writeString(article, "the harbour lights were dim: we had and the ferry ran late\n");
        CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "we had").ok();
        Files.writeString(article, "it was the winter of despair, we had everything before us, we had nothing "
                + "before us, we were all going\n");
        assertEquals(List.of(
                "text changed since annotated; 0 exact, 0 moved, 0 fuzzy, 1 orphaned; saved",
                "orphaned 0.00 29-35 -> 29-29  we had  (ambiguous: 2 candidates)"),
                CliRun.of("reanchor", article.toString(), "--save").ok().out().lines().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonResultsDescribeEachAnnotationThatIsNotExact() throws Exception {
        Path article = article();
        Files.writeString(article, revised());
        Map<String, Object> report = (Map<String, Object>) Json.parse(CliRun.of("reanchor", article.toString(),
                "--json").ok().out());
        List<String> ids = new SidecarStore().load(AnnotatedArticle.sidecarOf(article)).getAnnotations().stream()
                .map(Annotation::getId).toList();
        assertEquals(List.of(result(ids.get(0), "moved", 1.0, 22, 33, 28, 39, "quick claim", "quick claim"),
                result(ids.get(1), "orphaned", 0.0, 47, 60, 47, 47, "Delta epsilon", null)), report.get("results"));
    }

    private static Map<String, Object> result(String id, String state, double score, long oldBegin, long oldEnd,
            long newBegin, long newEnd, String oldQuote, String newQuote) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", id);
        result.put("state", state);
        result.put("score", score);
        result.put("oldBegin", oldBegin);
        result.put("oldEnd", oldEnd);
        result.put("newBegin", newBegin);
        result.put("newEnd", newEnd);
        result.put("oldQuote", oldQuote);
        result.put("newQuote", newQuote);
        result.put("reason", null);
        return result;
    }

    @Test
    @SuppressWarnings("unchecked")
    void saveOnAnUnchangedTextPutsAMisplacedAnnotationBackOnItsQuote() throws Exception {
        Path article = article();
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        SidecarStore store = new SidecarStore();
        Document document = store.load(sidecar);
        Annotation claim = document.getAnnotations().get(0);
        claim.setBegin(0); // "Alpha beta" where "quick claim" is recorded: the text itself is unchanged
        claim.setEnd(11);
        store.save(document, sidecar);

        Map<String, Object> before = (Map<String, Object>) Json.parse(CliRun.of("reanchor", article.toString(),
                "--json").ok().out());
        assertEquals(false, before.get("changed"));
        assertEquals(Map.of("exact", 1L, "moved", 1L, "fuzzy", 0L, "orphaned", 0L), before.get("counts"));

        List<String> saved = CliRun.of("reanchor", article.toString(), "--save").ok().out().lines().toList();
        assertEquals("text unchanged since annotated; 1 exact, 1 moved, 0 fuzzy, 0 orphaned; saved", saved.get(0));
        Annotation placed = store.load(sidecar).getAnnotations().get(0);
        assertEquals(TEXT.indexOf("quick claim"), placed.getBegin());
        assertEquals(TEXT.indexOf("quick claim") + "quick claim".length(), placed.getEnd());
        Map<String, Object> after = (Map<String, Object>) Json.parse(CliRun.of("reanchor", article.toString(),
                "--json").ok().out());
        assertEquals(Map.of("exact", 2L, "moved", 0L, "fuzzy", 0L, "orphaned", 0L), after.get("counts"));
    }
}
