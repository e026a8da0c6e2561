package glossa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The registered recommender providers, read from {@code META-INF/services/glossa.suggest.RecommenderProvider} with
 * this bundle's class loader (on the command line's class path every jar's entries are seen). A provider that cannot
 * be loaded is skipped, so one broken plug-in never stops the others.
 */
public final class Recommenders {

    private Recommenders() {
    }

    public static List<RecommenderProvider> providers() {
        List<RecommenderProvider> providers = new ArrayList<>();
        var iterator = ServiceLoader.load(RecommenderProvider.class, RecommenderProvider.class.getClassLoader())
                .iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                providers.add(iterator.next());
            } catch (java.util.ServiceConfigurationError e) {
                // a broken provider: leave it out
            }
        }
        return providers;
    }

    /** The recommenders of all providers, set up with {@code rules} and {@code training}. */
    public static List<Recommender> create(CueRules rules, TrainingSet training) {
        List<Recommender> recommenders = new ArrayList<>();
        for (RecommenderProvider provider : providers()) {
            recommenders.add(provider.create(rules, training));
        }
        return recommenders;
    }

    /** Provides {@link CueRuleRecommender}. */
    public static final class CueRuleProvider implements RecommenderProvider {
        @Override
        public String id() {
            return CueRuleRecommender.ID;
        }

        @Override
        public Recommender create(CueRules rules, TrainingSet training) {
            return new CueRuleRecommender(rules);
        }
    }

    /** Provides {@link LearningRecommender}, trained on {@code training} (it proposes nothing before a decision). */
    public static final class LearningProvider implements RecommenderProvider {
        /** A type must be more probable than this for the learned model to propose it. */
        public static final double THRESHOLD = 0.5;

        @Override
        public String id() {
            return LearningRecommender.ID;
        }

        @Override
        public Recommender create(CueRules rules, TrainingSet training) {
            LearningRecommender recommender = new LearningRecommender(rules, THRESHOLD);
            recommender.train(training);
            return recommender;
        }
    }
}
