package glossa.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Learns from the analyst's decisions: a multinomial logistic regression over {@link ClauseFeatures}, one class per type plus
 * "none". A clause that half lies in a confirmed annotation is an example of its type; one in a rejected suggestion,
 * or an uncoded clause before the point the analyst has coded to, is an example of "none". It proposes a clause when
 * a type is more probable than {@code threshold}; with nothing confirmed yet it proposes nothing.
 * <p>
 * The confidence of a proposal is the precision the learner had at that probability on articles it was not trained
 * on ({@link HeldOutPrecision}, cross-validated by article) when at least two articles have confirmed annotations;
 * with one, its probability, as before.
 */
public final class LearningRecommender implements Recommender {

    public static final String ID = "learned";
    static final String NONE = "";
    private static final int EPOCHS = 20;

    /** A trained model with what its probabilities are worth (null: the probabilities themselves). */
    private record Trained(LogisticRegression model, HeldOutPrecision precision) {
    }

    private final ClauseFeatures features;
    private final double threshold;
    private volatile Trained trained;

    public LearningRecommender(CueRules rules, double threshold) {
        this.features = new ClauseFeatures(rules);
        this.threshold = threshold;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Replaces the model by one trained on {@code training}; returns the number of examples. */
    public int train(TrainingSet training) {
        List<HeldOutPrecision.Examples> articles = new ArrayList<>();
        int count = 0;
        ClauseFeatures.Scratch scratch = features.newScratch();
        for (TrainingArticle article : training.articles()) {
            HeldOutPrecision.Examples examples = new HeldOutPrecision.Examples();
            for (int[] clause : TextUnits.clauses(article.input().text())) {
                String label = label(article, clause);
                if (label != null) {
                    examples.add(label, features.keys(article.input(), clause[0], clause[1], scratch));
                }
            }
            if (!examples.labels.isEmpty()) {
                articles.add(examples);
                count += examples.labels.size();
            }
        }
        LogisticRegression model = fit(articles);
        trained = model == null ? null
                : new Trained(model, HeldOutPrecision.estimate(articles, LearningRecommender::fit));
        return count;
    }

    /** A model fit to the examples of {@code articles}, in their order; null when they teach no type. */
    private static LogisticRegression fit(List<HeldOutPrecision.Examples> articles) {
        if (articles.stream().noneMatch(HeldOutPrecision.Examples::hasType)) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        for (HeldOutPrecision.Examples article : articles) {
            labels.addAll(article.labels);
            keys.addAll(article.keys);
        }
        LogisticRegression model = new LogisticRegression(EPOCHS, 1.0, 1e-5);
        model.trainOnKeys(labels, keys);
        return model;
    }

    public boolean isTrained() {
        return trained != null;
    }

    @Override
    public List<Suggestion> suggest(SuggestionInput input) {
        Trained current = trained;
        List<Suggestion> suggestions = new ArrayList<>();
        if (current == null) {
            return suggestions;
        }
        List<String> labels = current.model().labels();
        ClauseFeatures.Scratch scratch = features.newScratch();
        for (int[] clause : TextUnits.clauses(input.text())) {
            double[] posterior = current.model().probabilities(features.keys(input, clause[0], clause[1], scratch));
            int best = mostProbableType(labels, posterior);
            if (best >= 0 && posterior[best] > threshold) {
                double confidence = current.precision() == null ? posterior[best]
                        : current.precision().confidence(posterior[best]);
                suggestions.add(new Suggestion(labels.get(best), clause[0], clause[1], confidence, ID));
            }
        }
        return suggestions;
    }

    /** The index of the most probable label that is a type (not "none"; the first of equals), or -1. */
    static int mostProbableType(List<String> labels, double[] posterior) {
        int best = -1;
        for (int c = 0; c < posterior.length; c++) {
            if (!labels.get(c).equals(NONE) && (best < 0 || posterior[c] > posterior[best])) {
                best = c;
            }
        }
        return best;
    }

    /** The clause's training label, or null when the analyst has said nothing about it. */
    static String label(TrainingArticle article, int[] clause) {
        int half = (clause[1] - clause[0] + 1) / 2;
        String rejected = null;
        for (LabeledSpan span : article.spans()) {
            int overlap = Math.min(span.end(), clause[1]) - Math.max(span.begin(), clause[0]);
            if (overlap >= half && overlap > 0) {
                if (!span.rejected()) {
                    return span.typeId();
                }
                rejected = NONE;
            }
        }
        if (rejected != null) {
            return rejected;
        }
        return clause[1] <= article.codedUntil() ? NONE : null;
    }
}
