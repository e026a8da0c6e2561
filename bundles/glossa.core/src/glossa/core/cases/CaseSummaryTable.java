package glossa.core.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.model.AnnotationType;
import glossa.model.Codebook;

/**
 * The articles × types table counted from {@link ArticleSummary summaries} instead of annotations: the same columns
 * and counts as {@link CaseStatistics} for the same articles, for every filter without text (type, status and author
 * are decided by {@link AnnotationFilter#testFacets}). Microseconds per article, so it is recomputed on the UI
 * thread for every filter change. A row without summary yet is {@link #isPending pending} and counts nothing.
 */
public final class CaseSummaryTable extends CountedCaseMatrix {

    private final List<Path> articles;
    private final List<ArticleSummary> summaries;

    /**
     * @param articles the rows, in order
     * @param summaries one per row, null for a row not summarized yet
     * @param caseCodebook gives the column order and the type names; may be null
     * @throws IllegalArgumentException when the filter has a text: that needs the annotations
     */
    public static CaseSummaryTable compute(List<Path> articles, List<ArticleSummary> summaries, Codebook caseCodebook,
            AnnotationFilter filter) {
        return new CaseSummaryTable(articles, summaries, caseCodebook, filter == null ? AnnotationFilter.ALL : filter);
    }

    private CaseSummaryTable(List<Path> articles, List<ArticleSummary> summaries, Codebook caseCodebook,
            AnnotationFilter filter) {
        super(filter);
        if (articles.size() != summaries.size()) {
            throw new IllegalArgumentException(articles.size() + " articles, " + summaries.size() + " summaries");
        }
        if (!filter.text().isEmpty()) {
            throw new IllegalArgumentException("a text filter needs the annotations: use CaseStatistics");
        }
        this.articles = List.copyOf(articles);
        this.summaries = new ArrayList<>(summaries);
        for (AnnotationType type : Codebooks.allTypes(caseCodebook)) {
            addColumn(type.getId(), type.getName(), type.getColor());
        }
        for (ArticleSummary summary : summaries) {
            if (summary != null) {
                for (ArticleSummary.TypeInfo type : summary.types()) {
                    addColumn(type.id(), type.name(), type.color());
                }
            }
        }
        startCounting(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            ArticleSummary summary = summaries.get(a);
            if (summary == null) {
                continue;
            }
            for (ArticleSummary.Tally tally : summary.tallies()) {
                int column = column(tally.typeId());
                if (column < 0 || !filter.testFacets(tally.typeId(), tally.status(), tally.author())) {
                    continue;
                }
                add(a, column, tally.count());
            }
            rowDone(a);
        }
    }

    /** The summary of a row, or null while it is pending. */
    public ArticleSummary summary(int row) {
        return summaries.get(row);
    }

    @Override
    public int rowCount() {
        return articles.size();
    }

    @Override
    public String rowLabel(int row) {
        ArticleSummary summary = summaries.get(row);
        if (summary != null && summary.title() != null && !summary.title().isBlank()) {
            return summary.title().strip();
        }
        return articles.get(row).getFileName().toString();
    }

    @Override
    public Path rowPath(int row) {
        return articles.get(row);
    }

    @Override
    public boolean isPending(int row) {
        return summaries.get(row) == null;
    }
}
