package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import glossa.suggest.CueRuleRecommender;
import glossa.suggest.CueRules;
import glossa.suggest.Evaluation;
import glossa.suggest.GoldSpan;
import glossa.suggest.LogisticRegression;
import glossa.suggest.Suggestion;
import glossa.suggest.SuggestionInput;
import glossa.suggest.Suggestions;
import glossa.suggest.TextUnits;

/** Units, cue rules, the logistic regression and the matching rule of the evaluation. */
class RecommenderUnitsTest {

    private static List<String> texts(String text, List<int[]> units) {
        return units.stream().map(u -> text.substring(u[0], u[1])).toList();
    }

    @Test
    void clausesSplitAtChineseAndAsciiPunctuationButKeepNumbersWhole() {
        String text = "美国要求许可，企业须申报；违者罚款。\nPrices rose 1.5% in 2024, said Mr Li. It costs $1,000!";
        assertEquals(List.of("美国要求许可，", "企业须申报；", "违者罚款。", "Prices rose 1.5% in 2024,", "said Mr Li.",
                "It costs $1,000!"), texts(text, TextUnits.clauses(text)));
        assertEquals(List.of("美国要求许可，企业须申报；违者罚款。", "Prices rose 1.5% in 2024, said Mr Li.",
                "It costs $1,000!"), texts(text, TextUnits.sentences(text)));
    }

    private static CueRules rules(String tsv) throws Exception {
        return CueRules.read(new StringReader(tsv), "test.tsv");
    }

    @Test
    void aBadRuleLineIsReportedWithItsLineNumber() {
        var e = assertThrows(CueRules.RulesException.class, () -> rules("# comment\nclaim\tclause\t0.5\t认为\n"
                + "claim\tparagraph\t0.5\tx\n"));
        assertEquals("test.tsv:3: unit must be clause, sentence or phrase, not 'paragraph'", e.getMessage());
        e = assertThrows(CueRules.RulesException.class, () -> rules("claim\tclause\t0.5\t(unclosed\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:1: bad regular expression"), e.getMessage());
        e = assertThrows(CueRules.RulesException.class, () -> rules("claim\tclause\t1.5\tx\n"));
        assertEquals("test.tsv:1: confidence must be a number from -1 to 1", e.getMessage());
    }

    @Test
    void cuesOfOneTypeAddUpAndTheMostConfidentTypeWinsTheClause() throws Exception {
        CueRules rules = rules("claim\tclause\t0.6\t认为\nclaim\tclause\t0.6\t可能\npolicy-measure\tclause\t0.7\t禁止\n"
                + "claim\tclause\t-1\t^标题$\n");
        String text = "专家认为这可能失败，政府禁止出口，专家认为禁止无效。标题\n";
        List<Suggestion> found = new CueRuleRecommender(rules).suggest(SuggestionInput.plain(text));
        assertEquals(3, found.size(), found.toString());
        assertEquals("claim", found.get(0).typeId());
        assertEquals(0.84, found.get(0).confidence(), 1e-9); // noisy-or of 0.6 and 0.6
        assertEquals("policy-measure", found.get(1).typeId());
        assertEquals("policy-measure", found.get(2).typeId()); // 0.7 beats a single claim cue of 0.6
        assertEquals("专家认为禁止无效。", text.substring(found.get(2).begin(), found.get(2).end()));
    }

    @Test
    void aPhraseRuleProposesItsNamedGroup() throws Exception {
        CueRules rules = rules("counter-strategy\tphrase\t0.8\t加快(?<span>[^，。]{2,8}替代)\n");
        String text = "我们将加快国产算力替代，并加强合作。";
        List<Suggestion> found = new CueRuleRecommender(rules).suggest(SuggestionInput.plain(text));
        assertEquals(1, found.size());
        assertEquals("国产算力替代", text.substring(found.get(0).begin(), found.get(0).end()));
    }

    @Test
    void theDefaultRulesLoadAndCoverTheThreeTypes() {
        CueRules rules = CueRules.defaults();
        assertTrue(rules.rules().size() > 20);
        assertEquals(java.util.Set.of("claim", "policy-measure", "counter-strategy"),
                rules.rules().stream().map(r -> r.typeId()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void neighbouringClausesOfOneTypeJoinWithinASentenceOnly() {
        String text = "甲认为，乙也认为。丙认为。";
        List<Suggestion> joined = Suggestions.joinWithinSentences(List.of(new Suggestion("claim", 0, 3, 0.5, "r"),
                new Suggestion("claim", 4, 9, 0.7, "r"), new Suggestion("claim", 9, 13, 0.6, "r")), text);
        assertEquals(2, joined.size());
        assertEquals(0, joined.get(0).begin());
        assertEquals(9, joined.get(0).end());
        assertEquals(0.7, joined.get(0).confidence());
    }

    @Test
    void aSuggestionMatchesGoldOfItsTypeOverlappingHalfTheShorterSpanAndEachGoldOnce() {
        List<GoldSpan> gold = List.of(new GoldSpan("claim", 0, 10, null), new GoldSpan("policy-measure", 20, 30, null));
        List<Suggestion> suggestions = List.of(
                new Suggestion("claim", 5, 40, 0.9, "r"), // overlaps 5 of the shorter 10: a match
                new Suggestion("claim", 0, 4, 0.8, "r"), // the gold is taken already
                new Suggestion("counter-strategy", 20, 30, 0.7, "r"), // wrong type
                new Suggestion("policy-measure", 26, 40, 0.6, "r")); // overlaps 4 of the shorter 10: no match
        Map<String, Evaluation.Score> scores = Evaluation.score(gold, suggestions);
        assertEquals(new Evaluation.Score(1, 2, 1), scores.get("claim"));
        assertEquals(new Evaluation.Score(0, 1, 1), scores.get("policy-measure"));
        assertEquals(new Evaluation.Score(0, 1, 0), scores.get("counter-strategy"));
        Evaluation.Score overall = scores.get(Evaluation.OVERALL);
        assertEquals(new Evaluation.Score(1, 4, 2), overall);
        assertEquals(0.25, overall.precision());
        assertEquals(0.5, overall.recall());
        assertEquals(1 / 3.0, overall.f1(), 1e-9);
    }

    @Test
    void logisticRegressionLearnsWhichFeaturesMarkWhichLabelAndIsDeterministic() {
        List<String> labels = List.of("a", "a", "a", "b", "b", "b", "", "", "", "", "", "");
        List<List<String>> features = List.of(List.of("x", "p"), List.of("x", "q"), List.of("x", "r"),
                List.of("y", "p"), List.of("y", "q"), List.of("y", "s"), List.of("z", "p"), List.of("z", "q"),
                List.of("z", "r"), List.of("z", "s"), List.of("w", "p"), List.of("w", "r"));
        LogisticRegression model = new LogisticRegression(30, 1.0, 1e-5);
        model.train(labels, features);
        assertTrue(model.posterior(List.of("x", "s")).get("a") > 0.5);
        assertTrue(model.posterior(List.of("y", "r")).get("b") > 0.5);
        assertTrue(model.posterior(List.of("z")).get("") > 0.5);
        LogisticRegression again = new LogisticRegression(30, 1.0, 1e-5);
        again.train(labels, features);
        assertEquals(model.posterior(List.of("x", "q")), again.posterior(List.of("x", "q")));
        assertFalse(model.labels().isEmpty());
    }
}
