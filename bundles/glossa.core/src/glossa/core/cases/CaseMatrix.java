package glossa.core.cases;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.filter.AnnotationFilter;

/**
 * The articles × types table of the Case Summary, whether counted from loaded articles ({@link CaseStatistics}) or
 * from cached summaries ({@link CaseSummaryTable}). Rows are articles, columns the visible types.
 */
public interface CaseMatrix {

    AnnotationFilter filter();

    int rowCount();

    /** The article's title, else its file name. */
    String rowLabel(int row);

    Path rowPath(int row);

    /** True while the row's counts are not known yet (its article is being read); its counts are then 0. */
    default boolean isPending(int row) {
        return false;
    }

    /** The column type ids, in column order. */
    List<String> typeIds();

    String typeName(int column);

    /** The type's colour as stored (#RRGGBB, not checked). */
    String typeColor(int column);

    /** The column of a type id, or -1. */
    int column(String typeId);

    int count(int row, int column);

    int articleTotal(int row);

    int typeTotal(int column);

    int total();

    /** The largest cell, for heat shading. */
    int maxCell();

    /** Counts of one row by type id, in column order. */
    default Map<String, Integer> row(int row) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> ids = typeIds();
        for (int c = 0; c < ids.size(); c++) {
            counts.put(ids.get(c), count(row, c));
        }
        return counts;
    }
}
