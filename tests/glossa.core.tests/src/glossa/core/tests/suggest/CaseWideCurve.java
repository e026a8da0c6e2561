package glossa.core.tests.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.core.tests.suggest.GoldArticles.GoldArticle;
import glossa.model.AnnotationType;
import glossa.suggest.CaseTrainingCache;
import glossa.suggest.CueRules;
import glossa.suggest.Evaluation;
import glossa.suggest.Evaluation.Score;
import glossa.suggest.GoldSpan;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Recommender;
import glossa.suggest.Recommenders;
import glossa.suggest.Suggester;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/**
 * The learning curve as the product learns from a case (what {@code glossa-cli suggest FILE --case DIR} and the
 * workbench do): each gold article in turn is the open article, without decisions of its own, in a case folder that
 * holds all the gold articles; the other articles' sidecars are saved through {@link ArticleStore} with N of their
 * gold annotations confirmed (the same first N as {@link SuggestionEvaluation#firstGold}), or all of them. The
 * training set is gathered by {@link CaseTrainingCache}, the recommenders are the registered ones, and the
 * suggestions are {@link Suggester#suggest}'s at the command line's default minimum confidence.
 */
final class CaseWideCurve {

    /** N = this means every gold annotation of the other articles. */
    static final int ALL = Integer.MAX_VALUE;
    static final int[] CURVE = { 10, 25, 50, ALL };

    private CaseWideCurve() {
    }

    /** Pooled scores per run: "case rules+learned@N" (what the analyst sees) and "case learned@N" (the learner's part). */
    static Map<String, Map<String, Score>> run(List<GoldArticle> articles, Path scratch) throws IOException {
        Map<String, Map<String, Score>> runs = new LinkedHashMap<>();
        ArticleStore store = new ArticleStore();
        for (int n : CURVE) {
            String at = n == ALL ? "all" : String.valueOf(n);
            for (GoldArticle heldOut : articles) {
                Path caseRoot = Files.createDirectories(scratch.resolve(at + "-" + heldOut.name()));
                List<GoldArticle> others = articles.stream().filter(a -> a != heldOut).toList();
                List<List<GoldSpan>> confirmed = SuggestionEvaluation.firstGold(others, n);
                for (int i = 0; i < others.size(); i++) {
                    saveWithConfirmed(store, caseRoot, others.get(i), confirmed.get(i));
                }
                Path open = write(caseRoot, heldOut);
                AnnotatedArticle article = store.open(open, null);
                TrainingArticle own = TrainingArticle.of(article.document(), article.text());
                TrainingSet training = new CaseTrainingCache(caseRoot).trainingSet(own, open, null);
                List<Recommender> recommenders = Recommenders.create(CueRules.defaults(), training);
                add(runs, "case rules+learned@" + at, Evaluation.score(heldOut.gold(), Suggester.suggest(
                        article.document(), article.text(), recommenders, null, SuggestionEvaluation.MIN_CONFIDENCE)));
                List<Recommender> learner = recommenders.stream()
                        .filter(r -> LearningRecommender.ID.equals(r.id())).toList();
                add(runs, "case learned@" + at, Evaluation.score(heldOut.gold(), Suggester.suggest(
                        article.document(), article.text(), learner, null, SuggestionEvaluation.MIN_CONFIDENCE)));
            }
        }
        return runs;
    }

    private static void saveWithConfirmed(ArticleStore store, Path caseRoot, GoldArticle gold, List<GoldSpan> spans)
            throws IOException {
        AnnotatedArticle article = store.open(write(caseRoot, gold), null);
        if (!article.text().equals(gold.input().text())) {
            throw new IllegalStateException(gold.name() + ": the store reads another text than the gold's offsets");
        }
        for (GoldSpan span : spans) {
            AnnotationType type = Codebooks.find(article.document().getCodebook(), span.typeId()).orElseThrow();
            article.document().getAnnotations().add(AnnotationFactory.create(article.text(), type, span.begin(),
                    span.end(), "gold"));
        }
        store.save(article, false, null);
    }

    private static Path write(Path caseRoot, GoldArticle article) throws IOException {
        Path file = caseRoot.resolve(article.name() + ".txt");
        Files.writeString(file, article.input().text(), StandardCharsets.UTF_8);
        return file;
    }

    private static void add(Map<String, Map<String, Score>> runs, String name, Map<String, Score> scores) {
        Map<String, Score> pooled = runs.computeIfAbsent(name, k -> new TreeMap<>());
        scores.forEach((type, score) -> pooled.merge(type, score, Score::plus));
    }
}
