package glossa.suggest;

/**
 * Contributes a recommender, found through {@code META-INF/services/glossa.suggest.RecommenderProvider} (as formats
 * are): a bundle adds one by naming its provider there.
 */
public interface RecommenderProvider {

    String id();

    /** A recommender set up with the article's rules and the analyst's decisions so far. */
    Recommender create(CueRules rules, TrainingSet training);
}
