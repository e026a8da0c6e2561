package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.suggest.CueRules;
import glossa.suggest.LabeledSpan;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Suggestion;
import glossa.suggest.SuggestionInput;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/**
 * The learner's confidence is what its probability was worth on articles it was not trained on: with decisions in
 * two or more articles it holds each out in turn; a learner that proposed the held-out article's coding keeps a high
 * confidence, one whose articles contradict each other drops below the default minimum confidence of 0.5.
 */
class LearningRecommenderConfidenceTest {

    private static final CueRules NO_RULES = new CueRules(List.of());
    private static final double MIN_CONFIDENCE = 0.5;
    private static final String NEW_TEXT = "政府宣布稀土禁令。公司加快芯片研发。";

    @Test
    void aLearnerThatWasRightOnTheHeldOutArticlesProposesAboveTheMinimumConfidence() {
        TrainingArticle a = coded("政府宣布出口禁令。天气很好。公司加快自主研发。政府宣布进口禁令。",
                "policy-measure", "政府宣布出口禁令。", "policy-measure", "政府宣布进口禁令。",
                "counter-strategy", "公司加快自主研发。");
        TrainingArticle b = coded("政府宣布技术禁令。公园有花。公司加快国产替代。午饭吃面。政府宣布芯片禁令。",
                "policy-measure", "政府宣布技术禁令。", "counter-strategy", "公司加快国产替代。",
                "policy-measure", "政府宣布芯片禁令。");
        List<Suggestion> found = learned(0.5, a, b);
        assertEquals(List.of("政府宣布稀土禁令。 policy-measure", "公司加快芯片研发。 counter-strategy"),
                found.stream().map(s -> NEW_TEXT.substring(s.begin(), s.end()) + " " + s.typeId()).toList());
        assertTrue(found.stream().allMatch(s -> s.confidence() >= MIN_CONFIDENCE), found.toString());
    }

    @Test
    void aLearnerWhoseArticlesContradictEachOtherProposesBelowTheMinimumConfidence() {
        // A codes the bans and leaves the firm's answer uncoded; B the other way round.
        TrainingArticle a = coded("公司加快自主研发。政府宣布出口禁令。天气很好。政府宣布进口禁令。",
                "policy-measure", "政府宣布出口禁令。", "policy-measure", "政府宣布进口禁令。");
        TrainingArticle b = coded("政府宣布技术禁令。公园有花。政府宣布芯片禁令。公司加快国产替代。公司加快芯片研发。",
                "counter-strategy", "公司加快国产替代。", "counter-strategy", "公司加快芯片研发。");
        List<Suggestion> everything = learned(0, a, b); // threshold 0: a proposal for every clause
        assertFalse(everything.isEmpty());
        assertTrue(everything.stream().allMatch(s -> s.confidence() < MIN_CONFIDENCE), everything.toString());

        // Trained on A alone there is nothing to hold out: the confidence is the probability, as sure as A is.
        List<Suggestion> fromA = learned(0.5, a);
        assertTrue(fromA.stream().anyMatch(s -> s.typeId().equals("policy-measure")
                && s.confidence() >= MIN_CONFIDENCE), fromA.toString());
    }

    @Test
    void theSameDecisionsGiveTheSameConfidences() {
        TrainingArticle a = coded("政府宣布出口禁令。天气很好。公司加快自主研发。", "policy-measure", "政府宣布出口禁令。",
                "counter-strategy", "公司加快自主研发。");
        TrainingArticle b = coded("公园有花。政府宣布芯片禁令。", "policy-measure", "政府宣布芯片禁令。");
        TrainingArticle c = coded("公司加快国产替代。午饭吃面。", "counter-strategy", "公司加快国产替代。");
        assertEquals(learned(0, a, b, c), learned(0, a, b, c));
    }

    private static List<Suggestion> learned(double threshold, TrainingArticle... articles) {
        LearningRecommender learner = new LearningRecommender(NO_RULES, threshold);
        learner.train(new TrainingSet(List.of(articles)));
        return learner.suggest(SuggestionInput.plain(NEW_TEXT));
    }

    /** An article coded up to its last confirmed quote; {@code typeAndQuote} alternates type id and quote. */
    private static TrainingArticle coded(String text, String... typeAndQuote) {
        List<LabeledSpan> spans = new ArrayList<>();
        for (int i = 0; i < typeAndQuote.length; i += 2) {
            int begin = text.indexOf(typeAndQuote[i + 1]);
            spans.add(new LabeledSpan(typeAndQuote[i], begin, begin + typeAndQuote[i + 1].length(), false));
        }
        int until = spans.stream().mapToInt(LabeledSpan::end).max().orElse(0);
        return new TrainingArticle(SuggestionInput.plain(text), spans, until);
    }
}
