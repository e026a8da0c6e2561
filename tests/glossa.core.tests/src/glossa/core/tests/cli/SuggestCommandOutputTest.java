package glossa.core.tests.cli;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import glossa.cli.GlossaCli;
import glossa.exchange.json.Json;

/**
 * What {@code suggest} and {@code evaluate} show a user without {@code --json}, where their rules come from, and the
 * range of {@code --min-confidence}, on a three-line article with cue words of its own rules file (cue words that the
 * shipped rules do not know, so that a suggestion tells which rules ran).
 */
class SuggestCommandOutputTest {

    private static final String TEXT = "Zebra crossings were banned.\nThe council approved a quokka subsidy.\n"
            + "Nothing else happened.\n";
    /** A claim at 2/3 (shown 0.67, stored 0.667) and a policy measure at 0.6. */
    private static final String RULES = "claim\tclause\t0.6667\tquokka\npolicy-measure\tclause\t0.6\tZebra\n";

    @TempDir
    Path dir;

    private Path article;
    private Path rules;

    @BeforeEach
    void writeArticleAndRules() throws Exception {
        article = dir.resolve("article.txt");
        Files.writeString(article, TEXT);
        rules = dir.resolve("rules.tsv");
        Files.writeString(rules, RULES);
    }

    private CliRun suggest(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("suggest", article.toString(), "--rules",
                rules.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> suggestions(CliRun run) {
        return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(run.ok().out())).get("suggestions");
    }

    @Test
    void theTableShowsOneRowPerSuggestionWithTwoDecimals() {
        assertEquals(List.of(
                "TYPE            BEGIN  END  CONFIDENCE  RECOMMENDER  QUOTE",
                "policy-measure      0   28        0.60  cue-rules    Zebra crossings were banned.",
                "claim              29   67        0.67  cue-rules    The council approved a quokka subsidy."),
                suggest().ok().out().lines().toList());
    }

    @Test
    void jsonConfidenceIsRoundedToThreeDecimals() {
        List<Map<String, Object>> rows = suggestions(suggest("--json"));
        assertEquals(List.of("policy-measure", "claim"), rows.stream().map(r -> r.get("type")).toList());
        assertEquals(0.6, ((Number) rows.get(0).get("confidence")).doubleValue(), 1e-9);
        assertEquals(0.667, ((Number) rows.get(1).get("confidence")).doubleValue(), 1e-9);
    }

    @Test
    void applyOfOneSaysSuggestion() {
        List<String> one = suggest("--apply", "--types", "claim").ok().out().lines().toList();
        assertEquals("stored 1 suggestion", one.get(one.size() - 1));
        assertEquals(3, one.size(), "the header, the claim, the count");
    }

    @Test
    void applyOfSeveralSaysSuggestionsAndWithoutApplyNothingIsCounted() throws Exception {
        assertFalse(suggest().ok().out().contains("stored"), "nothing stored, nothing counted");
        List<String> lines = suggest("--apply").ok().out().lines().toList();
        assertEquals("stored 2 suggestions", lines.get(lines.size() - 1));
        assertTrue(Files.exists(dir.resolve("article.txt.glossa")));
    }

    @Test
    void rulesBesideTheArticleAreUsedWithoutTheOption() throws Exception {
        Files.writeString(dir.resolve("suggest-rules.tsv"), RULES);
        List<Map<String, Object>> rows = suggestions(CliRun.of("suggest", article.toString(), "--json"));
        assertEquals(List.of("policy-measure", "claim"), rows.stream().map(r -> r.get("type")).toList());
    }

    @Test
    void anArticleOnStandardInputIsReadWithTheShippedRules() {
        CliRun run = CliRun.withInput("一、总则\n\n出口管制措施今日生效。\n", "suggest", "-", "--json");
        List<Map<String, Object>> rows = suggestions(run);
        assertFalse(rows.isEmpty(), run.out());
        assertTrue(rows.stream().allMatch(r -> r.get("type").equals("policy-measure")), run.out());
        assertTrue(rows.stream().anyMatch(r -> String.valueOf(r.get("quote")).contains("出口管制")), run.out());
    }

    @Test
    void minConfidenceTakesZeroAndOneThemselves() {
        assertEquals(2, suggestions(suggest("--json", "--min-confidence", "0")).size(), "0 leaves nothing out");
        assertEquals(List.of(), suggestions(suggest("--json", "--min-confidence", "1")), "no rule is that sure");
    }

    @ParameterizedTest
    @ValueSource(strings = { "-0.01", "1.01", "NaN" })
    void minConfidenceOutsideZeroToOneIsBadInput(String value) throws Exception {
        CliRun suggest = suggest("--min-confidence", value);
        assertEquals(GlossaCli.BAD_INPUT, suggest.code(), suggest.out());
        assertEquals("glossa: --min-confidence takes a number from 0 to 1", suggest.err().strip());
        Path gold = gold();
        CliRun evaluate = CliRun.of("evaluate", article.toString(), "--gold", gold.toString(), "--rules",
                rules.toString(), "--min-confidence", value);
        assertEquals(GlossaCli.BAD_INPUT, evaluate.code(), evaluate.out());
        assertEquals("glossa: --min-confidence takes a number from 0 to 1", evaluate.err().strip());
        assertFalse(Files.exists(dir.resolve("article.txt.glossa")));
    }

    /** Gold: the claim the rules find, and a policy measure on the third line that they miss. */
    private Path gold() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "type\tbegin\tend\tquote\nclaim\t29\t67\tThe council approved a quokka subsidy.\n"
                + "policy-measure\t68\t90\tNothing else happened.\n");
        return gold;
    }

    @Test
    void evaluateTabulatesBothRunsWithThreeDecimals() throws Exception {
        CliRun run = CliRun.of("evaluate", article.toString(), "--gold", gold().toString(), "--rules", rules.toString());
        assertEquals(List.of(
                "RUN       TYPE            PRECISION  RECALL     F1  MATCHED  SUGGESTED  GOLD",
                "suggest   claim               1.000   1.000  1.000        1          1     1",
                "suggest   policy-measure      0.000   0.000  0.000        0          1     1",
                "suggest   overall             0.500   0.500  0.500        1          2     2",
                "baseline  claim               0.000   0.000  0.000        0          0     1",
                "baseline  policy-measure      0.000   0.000  0.000        0          2     1",
                "baseline  overall             0.000   0.000  0.000        0          2     2"),
                run.ok().out().lines().toList());
    }
}
