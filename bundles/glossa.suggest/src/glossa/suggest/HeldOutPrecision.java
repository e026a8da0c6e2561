package glossa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the learner's probability is worth on an article it was not trained on: for each probability cut, the share
 * of right proposals among those it made at that probability or above on held-out articles (cross-validation by
 * article over the training articles: a learner's posterior on the articles it was fit to is far too sure of
 * itself). The learner's suggestions carry this as their confidence, so the minimum confidence means "expected to be
 * right at least this often", as a cue rule's confidence does.
 */
final class HeldOutPrecision {

    /** At most this many folds: each costs one more training on (folds - 1) / folds of the examples. */
    static final int MAX_FOLDS = 3;
    /** Probability cuts; a proposal's confidence is the precision measured at the highest cut it reaches. */
    private static final double[] CUTS = { 0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999 };

    /** One article's examples: a label ({@link LearningRecommender#NONE} or a type id) and feature keys each. */
    static final class Examples {
        final List<String> labels = new ArrayList<>();
        final List<long[]> keys = new ArrayList<>();

        void add(String label, long[] features) {
            labels.add(label);
            keys.add(features);
        }

        boolean hasType() {
            return labels.stream().anyMatch(l -> !l.equals(LearningRecommender.NONE));
        }
    }

    private final int[] proposed = new int[CUTS.length];
    private final int[] right = new int[CUTS.length];

    /**
     * Cross-validates {@code fit} over the articles: the articles with a confirmed annotation are dealt to the folds
     * in turn, and so are those with only "none" examples, so that every fold's training part teaches a type. Null
     * when fewer than two articles have a confirmed annotation (no article can then be held out and still leave a
     * type to learn) or nothing was proposed. {@code fit} gives null when its examples teach no type.
     */
    static HeldOutPrecision estimate(List<Examples> articles, Function<List<Examples>, LogisticRegression> fit) {
        int folds = Math.min(MAX_FOLDS, (int) articles.stream().filter(Examples::hasType).count());
        if (folds < 2) {
            return null;
        }
        HeldOutPrecision precision = new HeldOutPrecision();
        for (int fold = 0; fold < folds; fold++) {
            List<Examples> training = new ArrayList<>();
            List<Examples> heldOut = new ArrayList<>();
            int typed = 0;
            int untyped = 0;
            for (Examples article : articles) {
                int dealt = article.hasType() ? typed++ : untyped++;
                (dealt % folds == fold ? heldOut : training).add(article);
            }
            LogisticRegression model = fit.apply(training);
            if (model == null) {
                continue;
            }
            List<String> labels = model.labels();
            for (Examples article : heldOut) {
                for (int e = 0; e < article.labels.size(); e++) {
                    double[] posterior = model.probabilities(article.keys.get(e));
                    int best = LearningRecommender.mostProbableType(labels, posterior);
                    if (best >= 0) {
                        precision.add(posterior[best], labels.get(best).equals(article.labels.get(e)));
                    }
                }
            }
        }
        return precision.proposed[0] == 0 ? null : precision;
    }

    /** Counts a proposal made at {@code probability} on a held-out example, right or wrong. */
    void add(double probability, boolean correct) {
        for (int c = 0; c < CUTS.length && probability >= CUTS[c]; c++) {
            proposed[c]++;
            if (correct) {
                right[c]++;
            }
        }
    }

    /**
     * The expected precision of a proposal made at {@code probability}: right / proposed at the highest cut it
     * reaches, Laplace-smoothed ((right + 1) / (proposed + 2)); a cut nothing reached in cross-validation says no
     * more than the cut below it.
     */
    double confidence(double probability) {
        double confidence = 0;
        for (int c = 0; c < CUTS.length && probability >= CUTS[c]; c++) {
            if (proposed[c] > 0) {
                confidence = (right[c] + 1.0) / (proposed[c] + 2.0);
            }
        }
        return confidence;
    }
}
