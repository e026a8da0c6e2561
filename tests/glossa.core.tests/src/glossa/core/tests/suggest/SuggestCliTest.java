package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.core.tests.cli.CliRun;

/** {@code suggest} and {@code evaluate} on a copy of a gold article (never on the held-out shared sample). */
class SuggestCliTest {

    @TempDir
    Path dir;

    private Path article;
    private Path gold;

    @BeforeEach
    void copyGoldArticle() throws Exception {
        article = dir.resolve("article.txt");
        gold = dir.resolve("article.gold.tsv");
        Files.copy(GoldArticles.folder().resolve("zh-trade-war.txt"), article);
        Files.copy(GoldArticles.folder().resolve("zh-trade-war.gold.tsv"), gold);
    }

    @Test
    @SuppressWarnings("unchecked")
    void suggestListsSpansWithQuoteConfidenceAndRecommender() throws Exception {
        String text = Files.readString(article);
        Map<String, Object> tree = CliRun.of("suggest", article.toString(), "--json").json();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) tree.get("suggestions");
        assertFalse(rows.isEmpty());
        for (Map<String, Object> row : rows) {
            assertEquals(List.of("type", "begin", "end", "quote", "confidence", "recommender"), List.copyOf(row.keySet()));
            int begin = ((Number) row.get("begin")).intValue();
            int end = ((Number) row.get("end")).intValue();
            assertEquals(text.substring(begin, end), row.get("quote"));
            assertTrue(((Number) row.get("confidence")).doubleValue() >= 0.5);
            assertEquals("cue-rules", row.get("recommender"), "nothing confirmed yet: only the rules propose");
        }
        Map<String, Object> policyOnly = CliRun.of("suggest", article.toString(), "--json", "--types",
                "policy-measure", "--min-confidence", "0.7").json();
        List<Map<String, Object>> policies = (List<Map<String, Object>>) policyOnly.get("suggestions");
        assertFalse(policies.isEmpty());
        assertTrue(policies.size() < rows.size());
        assertTrue(policies.stream().allMatch(r -> r.get("type").equals("policy-measure")));
        assertFalse(Files.exists(dir.resolve("article.txt.glossa")), "suggest without --apply writes nothing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void applyStoresSuggestionsAndTheyAreNotProposedTwice() {
        CliRun applied = CliRun.of("suggest", article.toString(), "--apply");
        assertEquals(0, applied.code(), applied.err());
        assertTrue(Files.exists(dir.resolve("article.txt.glossa")));
        Map<String, Object> listed = CliRun.of("list", article.toString(), "--json").json();
        List<Map<String, Object>> annotations = (List<Map<String, Object>>) listed.get("annotations");
        assertFalse(annotations.isEmpty());
        assertTrue(annotations.stream().allMatch(a -> a.get("status").equals("suggested")));
        Map<String, Object> again = CliRun.of("suggest", article.toString(), "--json").json();
        assertEquals(List.of(), again.get("suggestions"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluateScoresSuggestionsAndTheBaselineAgainstGold() {
        Map<String, Object> tree = CliRun.of("evaluate", article.toString(), "--gold", gold.toString(), "--json").json();
        assertEquals(44L, tree.get("gold"));
        for (String run : List.of("suggestions", "baseline")) {
            Map<String, Object> scores = (Map<String, Object>) tree.get(run);
            assertEquals(List.of("claim", "counter-strategy", "policy-measure", "overall"), List.copyOf(scores.keySet()));
            Map<String, Object> overall = (Map<String, Object>) scores.get("overall");
            assertEquals(44L, overall.get("gold"));
            double p = ((Number) overall.get("precision")).doubleValue();
            double r = ((Number) overall.get("recall")).doubleValue();
            assertEquals(2 * p * r / (p + r), ((Number) overall.get("f1")).doubleValue(), 0.002);
            assertTrue(((Number) overall.get("matched")).intValue() > 0);
        }
        CliRun table = CliRun.of("evaluate", article.toString(), "--gold", gold.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("baseline") && table.out().contains("overall"), table.out());
    }

    @Test
    void aBadGoldRowIsBadInputNamingTheLine() throws Exception {
        Files.writeString(gold, "type\tbegin\tend\tquote\nclaim\t0\t4\tnot the text\n");
        CliRun result = CliRun.of("evaluate", article.toString(), "--gold", gold.toString());
        assertEquals(GlossaCli.BAD_INPUT, result.code());
        assertTrue(result.err().contains("article.gold.tsv:2: the quote differs"), result.err());
    }
}
