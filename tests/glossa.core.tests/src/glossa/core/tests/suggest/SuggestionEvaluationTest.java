package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.tests.suggest.GoldArticles.GoldArticle;
import glossa.suggest.Evaluation;
import glossa.suggest.Evaluation.Score;

/**
 * Runs the evaluation of docs/suggestions.md on the gold set and writes it to target/suggest-evaluation.md (the
 * figures come from there). Asserts what the docs claim of them: the gold set's size, and that the cue rules are more
 * precise than the baseline.
 */
class SuggestionEvaluationTest {

    @TempDir
    Path scratch;

    @Test
    void cueRulesAreMorePreciseThanTheBaselineOnTheGoldSet() throws Exception {
        List<GoldArticle> articles = GoldArticles.load(GoldArticles.folder());
        assertTrue(articles.size() >= 4, "at least 3 Chinese and 1 English article");
        assertTrue(articles.stream().mapToInt(a -> a.gold().size()).sum() >= 100);
        Map<String, Map<String, Score>> runs = SuggestionEvaluation.run(articles);
        String report = SuggestionEvaluation.report(articles, runs, scratch);
        SuggestionEvaluation.write(Path.of("target", "suggest-evaluation.md"), report);
        System.out.println(report);
        Score baseline = runs.get("baseline").get(Evaluation.OVERALL);
        Score rules = runs.get("cue-rules").get(Evaluation.OVERALL);
        assertEquals(baseline.gold(), rules.gold());
        assertTrue(rules.precision() > baseline.precision(), report);
    }
}
