package glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.suggest.CueRules;
import glossa.suggest.Recommenders;
import glossa.suggest.Suggester;
import glossa.suggest.Suggestion;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/** What {@code suggest} and {@code evaluate} share: reading the rules, the training set, and running the recommenders. */
final class SuggestionRun {

    private SuggestionRun() {
    }

    static CueRules rules(AnnotatedArticle article, String rulesFile) throws UsageException {
        try {
            if (rulesFile != null) {
                return CueRules.read(CliArticles.path(rulesFile));
            }
            return article.articlePath() == null ? CueRules.defaults() : CueRules.forArticle(article.articlePath());
        } catch (CueRules.RulesException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read the rules: " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The article's own decisions, and with {@code caseDir} those of every article of the case. */
    static TrainingSet training(AnnotatedArticle article, String caseDir) throws UsageException {
        List<TrainingArticle> articles = new ArrayList<>();
        articles.add(TrainingArticle.of(article.document(), article.text()));
        if (caseDir != null) {
            Path root = CaseCommand.directory(caseDir);
            for (AnnotatedArticle other : CaseCommand.load(root).articles()) {
                if (article.articlePath() == null || !sameFile(other.articlePath(), article.articlePath())) {
                    articles.add(TrainingArticle.of(other.document(), other.text()));
                }
            }
        }
        return new TrainingSet(articles);
    }

    static List<Suggestion> suggest(AnnotatedArticle article, CueRules rules, TrainingSet training, Set<String> types,
            double minConfidence) {
        return Suggester.suggest(article.document(), article.text(), Recommenders.create(rules, training), types,
                minConfidence);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static void checkConfidence(double minConfidence) throws UsageException {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence takes a number from 0 to 1");
        }
    }
}
