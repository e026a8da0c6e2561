package glossa.exchange.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import glossa.core.stats.SummaryRows;
import glossa.exchange.export.internal.CsvWriter;

/**
 * A section summary as a table to paste or save: one row per section in the tree's order, each point indented
 * beneath its chapter, a Level column, the counts per type and the total, and a last row with the grand total (the
 * sum of the chapter rows, whose counts include their points). Text cells never start a formula.
 */
public final class SummaryTable {

    /** Indentation per level in the plain-text forms: an ideographic space, which spreadsheets do not trim. */
    private static final String INDENT = "\u3000";

    private final String sectionHeader;
    private final String levelHeader;
    private final List<String> typeHeaders;
    private final String totalHeader;
    private final List<SummaryRows.Row> rows;

    /**
     * @param typeHeaders the type names, in the order of each row's counts
     * @param totalHeader the heading of the total column, also the label of the grand-total row
     */
    public SummaryTable(String sectionHeader, String levelHeader, List<String> typeHeaders, String totalHeader,
            List<SummaryRows.Row> rows) {
        this.sectionHeader = sectionHeader;
        this.levelHeader = levelHeader;
        this.typeHeaders = List.copyOf(typeHeaders);
        this.totalHeader = totalHeader;
        this.rows = List.copyOf(rows);
    }

    /** Tab-separated lines, for the clipboard: spreadsheets and word processors paste it as a table. */
    public String tsv() {
        StringBuilder out = new StringBuilder();
        for (List<String> cells : cells()) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                // A tab or line end inside a cell would split it; a formula start would be evaluated.
                out.append(CsvWriter.defuseCell(cells.get(i).replaceAll("[\\t\\r\\n]+", " ")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** RFC 4180 CSV (see {@link CsvWriter}), the counts as numbers. */
    public String csv() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        boolean[] numeric = new boolean[3 + typeHeaders.size()];
        java.util.Arrays.fill(numeric, true); // Level and the counts
        numeric[1] = false; // the section's label is text
        try {
            for (List<String> cells : cells()) {
                csv.record(cells, numeric);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Header, rows and the grand total; the label indented by level. */
    private List<List<String>> cells() {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(levelHeader);
        header.add(sectionHeader);
        header.addAll(typeHeaders);
        header.add(totalHeader);
        table.add(header);
        int[] sums = new int[typeHeaders.size()];
        int grand = 0;
        for (SummaryRows.Row row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(row.depth()));
            cells.add(INDENT.repeat(row.depth() - 1) + row.label());
            for (int t = 0; t < sums.length; t++) {
                cells.add(Integer.toString(row.counts()[t]));
                if (row.depth() == 1) {
                    sums[t] += row.counts()[t];
                }
            }
            cells.add(Integer.toString(row.total()));
            if (row.depth() == 1) {
                grand += row.total();
            }
            table.add(cells);
        }
        List<String> total = new ArrayList<>();
        total.add("");
        total.add(totalHeader);
        for (int sum : sums) {
            total.add(Integer.toString(sum));
        }
        total.add(Integer.toString(grand));
        table.add(total);
        return table;
    }
}
