package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;
import static glossa.exchange.export.internal.Html.safeColor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import glossa.core.stats.SummaryRows;
import glossa.model.AnnotationType;

/**
 * The report's bar chart as inline SVG: one group per chapter (its row first, its points indented beneath), one
 * stacked bar per row with a segment per type in the type's colour. Only non-zero segments are drawn and labelled, and
 * a row's total is written after its bar only when it is not zero, so an empty section shows no "0".
 */
final class SvgSummaryChart {

    static final int BAR = 14;
    static final int ROW = 20;
    static final int GROUP_GAP = 10;
    static final int LABEL_WIDTH = 300;
    static final int PLOT_WIDTH = 400;
    private static final int INDENT = 14;
    private static final int LABEL_CHARS = 22;

    private final ExportModel model;
    private final List<SummaryRows.Row> rows;

    SvgSummaryChart(ExportModel model, List<SummaryRows.Row> rows) {
        this.model = model;
        this.rows = rows;
    }

    void write(Writer w) throws IOException {
        List<AnnotationType> types = model.types();
        int max = 1;
        int groups = 0;
        for (SummaryRows.Row row : rows) {
            max = Math.max(max, row.total());
            groups += row.depth() == 1 ? 1 : 0;
        }
        int width = LABEL_WIDTH + PLOT_WIDTH + 50;
        int height = rows.size() * ROW + groups * GROUP_GAP + 10;
        w.write("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\"><title>"
                + escape(model.labels().get("chart")) + "</title>\n");
        int y = 5 - GROUP_GAP;
        boolean open = false;
        for (SummaryRows.Row row : rows) {
            if (row.depth() == 1) {
                if (open) {
                    w.write("</g>\n");
                }
                y += GROUP_GAP;
                w.write("<g class=\"group\" data-section=\"" + model.ordinalOf(row.section()) + "\">\n");
                open = true;
            }
            bar(w, types, row, y, max);
            y += ROW;
        }
        if (open) {
            w.write("</g>\n");
        }
        w.write("</svg>\n");
    }

    private void bar(Writer w, List<AnnotationType> types, SummaryRows.Row row, int y, int max) throws IOException {
        int indent = (row.depth() - 1) * INDENT;
        String label = shorten(model.labels().sectionLabel(row.section(), row.label()), LABEL_CHARS - (row.depth() - 1) * 2);
        w.write("<g class=\"row lvl" + row.depth() + "\" data-level=\"" + row.depth() + "\"><text x=\"" + (8 + indent)
                + "\" y=\"" + (y + BAR - 3) + "\"" + (row.depth() == 1 ? " font-weight=\"bold\"" : "") + ">"
                + escape(label) + "</text>\n");
        int x = LABEL_WIDTH;
        for (int t = 0; t < types.size(); t++) {
            int n = row.counts()[t];
            if (n == 0) {
                continue;
            }
            int length = Math.max(3, Math.round((float) n / max * PLOT_WIDTH));
            w.write("<rect class=\"bar t" + t + "\" data-type=\"" + escape(types.get(t).getId()) + "\" data-count=\""
                    + n + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + length + "\" height=\"" + BAR + "\" fill=\""
                    + safeColor(types.get(t).getColor()) + "\"><title>" + escape(model.labels().typeName(types.get(t)))
                    + ": " + n + "</title></rect>");
            if (length >= 14) {
                w.write("<text class=\"count\" x=\"" + (x + length / 2) + "\" y=\"" + (y + BAR - 3)
                        + "\" text-anchor=\"middle\" font-size=\"10\">" + n + "</text>");
            }
            x += length;
        }
        if (row.total() > 0) {
            w.write("<text class=\"total\" x=\"" + (x + 4) + "\" y=\"" + (y + BAR - 3) + "\">" + row.total() + "</text>");
        }
        w.write("</g>\n");
    }

    private static String shorten(String label, int max) {
        int limit = Math.max(6, max);
        if (label.codePointCount(0, label.length()) <= limit) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
