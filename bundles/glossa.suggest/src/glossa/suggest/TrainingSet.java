package glossa.suggest;

import java.util.List;

/** The analyst's decisions the learning recommender trains on: the open article and the other articles of the case. */
public record TrainingSet(List<TrainingArticle> articles) {

    public static TrainingSet empty() {
        return new TrainingSet(List.of());
    }

    public long confirmedCount() {
        return articles.stream().mapToLong(TrainingArticle::confirmedCount).sum();
    }
}
