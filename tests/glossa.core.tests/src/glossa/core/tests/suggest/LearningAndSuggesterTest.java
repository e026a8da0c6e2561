package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import glossa.core.io.ArticleStore;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.suggest.CueRules;
import glossa.suggest.LabeledSpan;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Recommender;
import glossa.suggest.Suggester;
import glossa.suggest.Suggestion;
import glossa.suggest.SuggestionInput;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/** The learning recommender on decisions, and the suggester leaving out what the analyst decided. */
class LearningAndSuggesterTest {

    private static final CueRules NO_RULES = new CueRules(List.of());

    private static final String TRAINING = "政府宣布出口禁令。天气很好。政府宣布进口禁令。午饭吃面。政府宣布技术禁令。"
            + "公司加快自主研发。公园有花。公司加快国产替代。";

    private static int[] span(String text, String quote) {
        int at = text.indexOf(quote);
        return new int[] { at, at + quote.length() };
    }

    private static LabeledSpan labeled(String type, String quote, boolean rejected) {
        int[] s = span(TRAINING, quote);
        return new LabeledSpan(type, s[0], s[1], rejected);
    }

    @Test
    void learnsFromConfirmedSpansAndProposesSimilarClauses() {
        List<LabeledSpan> spans = List.of(labeled("policy-measure", "政府宣布出口禁令。", false),
                labeled("policy-measure", "政府宣布进口禁令。", false), labeled("policy-measure", "政府宣布技术禁令。", false),
                labeled("counter-strategy", "公司加快自主研发。", false),
                labeled("counter-strategy", "公司加快国产替代。", false));
        LearningRecommender learner = new LearningRecommender(NO_RULES, 0.5);
        learner.train(new TrainingSet(List.of(new TrainingArticle(SuggestionInput.plain(TRAINING), spans,
                TRAINING.length()))));
        assertTrue(learner.isTrained());
        String text = "政府宣布芯片禁令。今天下雨。公司加快芯片研发。";
        List<Suggestion> found = learner.suggest(SuggestionInput.plain(text));
        assertEquals(List.of("policy-measure", "counter-strategy"), found.stream().map(Suggestion::typeId).toList(),
                found.toString());
        assertEquals("政府宣布芯片禁令。", text.substring(found.get(0).begin(), found.get(0).end()));
        assertEquals(LearningRecommender.ID, found.get(0).recommender());
    }

    @Test
    void rejectedSuggestionsAloneTeachNothingToPropose() {
        LearningRecommender learner = new LearningRecommender(NO_RULES, 0.5);
        learner.train(new TrainingSet(List.of(new TrainingArticle(SuggestionInput.plain(TRAINING),
                List.of(labeled("claim", "天气很好。", true)), 0))));
        assertFalse(learner.isTrained());
        assertTrue(learner.suggest(SuggestionInput.plain(TRAINING)).isEmpty());
    }

    @Test
    void aRejectedSuggestionIsNeverProposedAgainAndAcceptedOnesAreStoredAsSuggested() {
        String text = "政府宣布出口禁令。公司加快国产替代。";
        Document document = ArticleStore.newDocument(java.nio.file.Path.of("a.txt"),
                new ArticleText(text, java.nio.charset.StandardCharsets.UTF_8, false), ContentHash.of(text));
        AnnotationType policy = Codebooks.find(document.getCodebook(), "policy-measure").orElseThrow();
        Recommender fixed = new Recommender() {
            @Override
            public String id() {
                return "fixed";
            }

            @Override
            public List<Suggestion> suggest(SuggestionInput input) {
                return List.of(new Suggestion("policy-measure", 0, 9, 0.9, "fixed"),
                        new Suggestion("counter-strategy", 9, 18, 0.4, "fixed"));
            }
        };
        List<Suggestion> first = Suggester.suggest(document, text, List.of(fixed), null, 0.5);
        assertEquals(1, first.size(), "the 0.4 suggestion is below the minimum");
        Annotation stored = Suggester.toAnnotation(first.get(0), text, policy);
        assertEquals(AnnotationStatus.SUGGESTED, stored.getStatus());
        assertEquals(0.9, stored.getConfidence());
        assertEquals("fixed", stored.getRecommender());
        stored.setStatus(AnnotationStatus.REJECTED);
        document.getAnnotations().add(stored);
        assertTrue(Suggester.suggest(document, text, List.of(fixed), null, 0.5).isEmpty());
        assertEquals(1, Suggester.suggest(document, text, List.of(fixed), Set.of("counter-strategy"), 0.0).size());
        Annotation confirmed = AnnotationFactory.create(text, policy, 0, 9, "me");
        assertEquals(AnnotationStatus.CONFIRMED, confirmed.getStatus());
    }
}
