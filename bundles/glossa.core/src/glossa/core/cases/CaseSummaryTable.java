package glossa.core.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
public final class CaseSummaryTable implements CaseMatrix {

    private final List<Path> articles;
    private final List<ArticleSummary> summaries;
    private final AnnotationFilter filter;
    private final List<String> typeIds = new ArrayList<>();
    private final List<String> typeNames = new ArrayList<>();
    private final List<String> typeColors = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final int[][] counts;
    private final int[] typeTotals;
    private final int[] articleTotals;
    private int total;
    private int maxCell;

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
        if (articles.size() != summaries.size()) {
            throw new IllegalArgumentException(articles.size() + " articles, " + summaries.size() + " summaries");
        }
        if (!filter.text().isEmpty()) {
            throw new IllegalArgumentException("a text filter needs the annotations: use CaseStatistics");
        }
        this.articles = List.copyOf(articles);
        this.summaries = new ArrayList<>(summaries);
        this.filter = filter;
        for (AnnotationType type : Codebooks.allTypes(caseCodebook)) {
            column(type.getId(), type.getName(), type.getColor());
        }
        for (ArticleSummary summary : summaries) {
            if (summary != null) {
                for (ArticleSummary.TypeInfo type : summary.types()) {
                    column(type.id(), type.name(), type.color());
                }
            }
        }
        counts = new int[articles.size()][typeIds.size()];
        typeTotals = new int[typeIds.size()];
        articleTotals = new int[articles.size()];
        for (int a = 0; a < articles.size(); a++) {
            ArticleSummary summary = summaries.get(a);
            if (summary == null) {
                continue;
            }
            for (ArticleSummary.Tally tally : summary.tallies()) {
                Integer column = columns.get(tally.typeId());
                if (column == null || !filter.testFacets(tally.typeId(), tally.status(), tally.author())) {
                    continue;
                }
                counts[a][column] += tally.count();
                typeTotals[column] += tally.count();
                articleTotals[a] += tally.count();
                total += tally.count();
            }
            for (int n : counts[a]) {
                maxCell = Math.max(maxCell, n);
            }
        }
    }

    private void column(String id, String name, String color) {
        if (id == null || columns.containsKey(id) || !filter.isTypeVisible(id)) {
            return;
        }
        columns.put(id, typeIds.size());
        typeIds.add(id);
        typeNames.add(name == null || name.isBlank() ? id : name);
        typeColors.add(color);
    }

    /** The summary of a row, or null while it is pending. */
    public ArticleSummary summary(int row) {
        return summaries.get(row);
    }

    @Override
    public AnnotationFilter filter() {
        return filter;
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

    @Override
    public List<String> typeIds() {
        return List.copyOf(typeIds);
    }

    @Override
    public String typeName(int column) {
        return typeNames.get(column);
    }

    @Override
    public String typeColor(int column) {
        return typeColors.get(column);
    }

    @Override
    public int column(String typeId) {
        return columns.getOrDefault(typeId, -1);
    }

    @Override
    public int count(int row, int column) {
        return counts[row][column];
    }

    @Override
    public int articleTotal(int row) {
        return articleTotals[row];
    }

    @Override
    public int typeTotal(int column) {
        return typeTotals[column];
    }

    @Override
    public int total() {
        return total;
    }

    @Override
    public int maxCell() {
        return maxCell;
    }
}
