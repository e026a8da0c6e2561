package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.model.AnnotationType;

/** The HTML report's summary: counts per section and type, and the chart. */
final class HtmlReportSummary {

    private HtmlReportSummary() {
    }

    /**
     * The summary table: each chapter a row with its totals (its points included), its points indented beneath down to
     * {@link ExportOptions#levels()}. The foot adds up the chapter rows (and the text outside every section), so the
     * totals add up.
     */
    static void summary(Writer w, ExportModel model) throws IOException {
        ReportLabels l = model.labels();
        List<AnnotationType> types = model.types();
        SectionStatistics stats = model.statistics();
        List<SummaryRows.Row> rows = model.summaryRows(stats);
        w.write("<section id=\"summary\">\n<h2>" + escape(l.get("summary")) + "</h2>\n<table class=\"summary\">\n"
                + "<thead><tr><th>" + escape(l.get("section")) + "</th>");
        for (int i = 0; i < types.size(); i++) {
            w.write("<th class=\"t" + i + "\" data-type=\"" + escape(types.get(i).getId())
                    + "\"><span class=\"swatch\"></span>" + escape(l.typeName(types.get(i))) + "</th>");
        }
        w.write("<th>" + escape(l.get("total")) + "</th></tr></thead>\n<tbody>\n");
        int[] columnTotals = new int[types.size()];
        int chapter = 0;
        for (SummaryRows.Row row : rows) {
            int[] counts = row.counts();
            if (row.depth() == 1) {
                chapter = model.ordinalOf(row.section());
                for (int t = 0; t < counts.length; t++) {
                    columnTotals[t] += counts[t];
                }
            }
            String anchor = "sec-" + chapter; // the report's text is cut by chapter; a point links to its chapter
            w.write("<tr class=\"lvl" + row.depth() + "\" data-level=\"" + row.depth() + "\""
                    + (row.depth() == 1 ? " data-section=\"" + chapter + "\"" : " data-parent=\"" + chapter + "\"")
                    + "><th scope=\"row\"><a href=\"#" + anchor + "\">" + escape(l.sectionLabel(row.section(), row.label()))
                    + "</a></th>");
            for (int n : counts) {
                w.write("<td class=\"n\">" + n + "</td>");
            }
            w.write("<td class=\"n total\">" + row.total() + "</td></tr>\n");
        }
        if (model.sections().size() == 1 && model.sections().get(0).section() == null) {
            // A text without sections: one row for the whole text.
            ReportSection whole = model.sections().get(0);
            w.write("<tr class=\"lvl1\" data-level=\"1\" data-section=\"1\"><th scope=\"row\"><a href=\"#sec-1\">"
                    + escape(whole.heading()) + "</a></th>");
            int rowTotal = 0;
            for (int t = 0; t < types.size(); t++) {
                int n = model.annotationsOf(whole.annotations(), types.get(t)).size();
                columnTotals[t] += n;
                rowTotal += n;
                w.write("<td class=\"n\">" + n + "</td>");
            }
            w.write("<td class=\"n total\">" + rowTotal + "</td></tr>\n");
        }
        if (!model.unsectioned().isEmpty()) {
            w.write("<tr class=\"lvl1\" data-level=\"1\" data-section=\"outside\"><th scope=\"row\">"
                    + "<a href=\"#sec-outside\">" + escape(l.get("outside")) + "</a></th>");
            int rowTotal = 0;
            for (int t = 0; t < types.size(); t++) {
                int n = stats.unsectioned(types.get(t));
                rowTotal += n;
                columnTotals[t] += n;
                w.write("<td class=\"n\">" + n + "</td>");
            }
            w.write("<td class=\"n total\">" + rowTotal + "</td></tr>\n");
        }
        w.write("</tbody>\n<tfoot><tr><th scope=\"row\">" + escape(l.get("total")) + "</th>");
        int all = 0;
        for (int n : columnTotals) {
            all += n;
            w.write("<td class=\"n\">" + n + "</td>");
        }
        w.write("<td class=\"n total\">" + all + "</td></tr></tfoot>\n</table>\n");
        if (!rows.isEmpty()) {
            new SvgSummaryChart(model, rows).write(w);
        }
        w.write("</section>\n");
    }
}
