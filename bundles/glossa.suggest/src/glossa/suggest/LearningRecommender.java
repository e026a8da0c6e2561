package glossa.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Learns from the analyst's decisions: a multinomial logistic regression over {@link ClauseFeatures}, one class per type plus
 * "none". A clause that half lies in a confirmed annotation is an example of its type; one in a rejected suggestion,
 * or an uncoded clause before the point the analyst has coded to, is an example of "none". It proposes a clause when
 * a type is more probable than {@code threshold}; with nothing confirmed yet it proposes nothing.
 */
public final class LearningRecommender implements Recommender {

    public static final String ID = "learned";
    static final String NONE = "";
    private static final int EPOCHS = 20;

    private final ClauseFeatures features;
    private final double threshold;
    private LogisticRegression model;

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
        List<String> labels = new ArrayList<>();
        List<long[]> examples = new ArrayList<>();
        boolean anyType = false;
        ClauseFeatures.Scratch scratch = features.newScratch();
        for (TrainingArticle article : training.articles()) {
            for (int[] clause : TextUnits.clauses(article.input().text())) {
                String label = label(article, clause);
                if (label != null) {
                    labels.add(label);
                    examples.add(features.keys(article.input(), clause[0], clause[1], scratch));
                    anyType |= !label.equals(NONE);
                }
            }
        }
        if (!anyType) {
            model = null;
            return examples.size();
        }
        LogisticRegression next = new LogisticRegression(EPOCHS, 1.0, 1e-5);
        next.trainOnKeys(labels, examples);
        model = next;
        return examples.size();
    }

    public boolean isTrained() {
        return model != null;
    }

    @Override
    public List<Suggestion> suggest(SuggestionInput input) {
        LogisticRegression current = model;
        List<Suggestion> suggestions = new ArrayList<>();
        if (current == null) {
            return suggestions;
        }
        List<String> labels = current.labels();
        ClauseFeatures.Scratch scratch = features.newScratch();
        for (int[] clause : TextUnits.clauses(input.text())) {
            double[] posterior = current.probabilities(features.keys(input, clause[0], clause[1], scratch));
            String best = null;
            double bestP = threshold;
            for (int c = 0; c < posterior.length; c++) {
                if (!labels.get(c).equals(NONE) && posterior[c] > bestP) {
                    best = labels.get(c);
                    bestP = posterior[c];
                }
            }
            if (best != null) {
                suggestions.add(new Suggestion(best, clause[0], clause[1], bestP, ID));
            }
        }
        return suggestions;
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
