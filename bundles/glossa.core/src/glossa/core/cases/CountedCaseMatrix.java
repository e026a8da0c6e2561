package glossa.core.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import glossa.core.filter.AnnotationFilter;

/**
 * The columns and counts both {@link CaseMatrix} implementations keep, whatever they count from: columns are added
 * in order (types the filter hides get none), then the rows are counted with {@link #add} and closed with
 * {@link #rowDone}, which keeps the totals and the largest cell.
 */
abstract class CountedCaseMatrix implements CaseMatrix {

    protected final AnnotationFilter filter;
    private final List<String> typeIds = new ArrayList<>();
    private final List<String> typeNames = new ArrayList<>();
    private final List<String> typeColors = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private int[][] counts = new int[0][];
    private int[] typeTotals = new int[0];
    private int[] articleTotals = new int[0];
    private int total;
    private int maxCell;

    protected CountedCaseMatrix(AnnotationFilter filter) {
        this.filter = filter == null ? AnnotationFilter.ALL : filter;
    }

    /** Adds a column for a type the filter shows and that has none yet; a blank name shows the id. */
    protected final void addColumn(String id, String name, String color) {
        if (id == null || columns.containsKey(id) || !filter.isTypeVisible(id)) {
            return;
        }
        columns.put(id, typeIds.size());
        typeIds.add(id);
        typeNames.add(name == null || name.isBlank() ? id : name);
        typeColors.add(color);
    }

    /** Ends the columns: makes room for {@code rows} rows of counts. */
    protected final void startCounting(int rows) {
        counts = new int[rows][typeIds.size()];
        typeTotals = new int[typeIds.size()];
        articleTotals = new int[rows];
    }

    protected final void add(int row, int column, int n) {
        counts[row][column] += n;
        typeTotals[column] += n;
        articleTotals[row] += n;
        total += n;
    }

    protected final void rowDone(int row) {
        for (int n : counts[row]) {
            maxCell = Math.max(maxCell, n);
        }
    }

    @Override
    public AnnotationFilter filter() {
        return filter;
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
