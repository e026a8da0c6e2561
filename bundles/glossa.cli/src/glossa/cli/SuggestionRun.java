package glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.suggest.CaseTrainingCache;
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

    /**
     * The article's own decisions, and with {@code caseDir} those of every other saved article of the case, gathered
     * as the workbench gathers them ({@link CaseTrainingCache}); unreadable articles are left out, as before.
     */
    static TrainingSet training(AnnotatedArticle article, String caseDir) throws UsageException {
        TrainingArticle own = TrainingArticle.of(article.document(), article.text());
        if (caseDir == null) {
            return new TrainingSet(List.of(own));
        }
        Path root = CaseCommand.directory(caseDir);
        try {
            return new CaseTrainingCache(root).trainingSet(own, article.articlePath(), null);
        } catch (IOException e) {
            throw new UsageException("cannot read the case: " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }

    static List<Suggestion> suggest(AnnotatedArticle article, CueRules rules, TrainingSet training, Set<String> types,
            double minConfidence) {
        return Suggester.suggest(article.document(), article.text(), Recommenders.create(rules, training), types,
                minConfidence);
    }

    static void checkConfidence(double minConfidence) throws UsageException {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence takes a number from 0 to 1");
        }
    }
}
