package glossa.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseSummaryTable;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Codebook;

/**
 * What the Case Summary knows of a case's articles: their paths and summaries (null while an article is being
 * read), and the articles that could not be read.
 */
record CaseRows(List<Path> articles, ArticleSummary[] summaries, List<CaseArticles.Problem> problems) {

    static final CaseRows NONE = new CaseRows(List.of(), new ArticleSummary[0], List.of());

    /** The table under {@code filter} from the summaries, without the articles that could not be read. */
    CaseSummaryTable table(Codebook codebook, AnnotationFilter filter) {
        Set<Path> unreadable = new HashSet<>();
        for (CaseArticles.Problem problem : problems) {
            unreadable.add(problem.article());
        }
        List<Path> shownRows = new ArrayList<>();
        List<ArticleSummary> shownSummaries = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!unreadable.contains(articles.get(i))) {
                shownRows.add(articles.get(i));
                shownSummaries.add(summaries[i]);
            }
        }
        return CaseSummaryTable.compute(shownRows, shownSummaries, codebook, filter);
    }
}
