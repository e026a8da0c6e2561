package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;
import static glossa.exchange.export.internal.Html.safeColor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import glossa.model.AnnotationType;

/**
 * The HTML report's {@code <head>}: the inline stylesheet, with one set of rules per type column and the bars of
 * overlapping layers (see {@link HtmlReportExporter} for the classes it defines).
 */
final class HtmlReportHead {

    private static final String FONTS = "\"Noto Sans CJK SC\", \"Noto Serif CJK SC\", \"PingFang SC\", "
            + "\"Microsoft YaHei\", \"Source Han Sans SC\", \"Hiragino Sans GB\", sans-serif";
    private static final int BAR = 3;

    private HtmlReportHead() {
    }

    static void head(Writer w, ExportModel model, int depth) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"" + model.labels().language() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Defence in depth: even if some text escaped escaping, the browser runs no script and loads nothing.
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"Glossa\">\n");
        w.write("<title>" + escape(model.title()) + "</title>\n<style>\n");
        w.write("body{font-family:" + FONTS + ";margin:2em auto;max-width:60em;padding:0 1em;color:#222;"
                + "line-height:1.7;background:#fff}\n");
        w.write("h1,h2,h3{font-family:\"Noto Serif CJK SC\"," + FONTS + ";line-height:1.3}\n");
        w.write("dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.meta dt{font-weight:bold}\n");
        w.write("dl.meta dd{margin:0}\nul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5em 1.5em}\n");
        w.write(".swatch{display:inline-block;width:1em;height:1em;border-radius:2px;vertical-align:-.15em;margin-right:.3em;"
                + "border:1px solid rgba(0,0,0,.25)}\n");
        w.write("table.summary{border-collapse:collapse;margin:1em 0}table.summary th,table.summary td{border:1px solid #bbb;"
                + "padding:.25em .6em}table.summary td.n{text-align:right;font-variant-numeric:tabular-nums}\n");
        w.write("table.summary tfoot,table.summary thead{background:#f3f3f3}table.summary tbody th{text-align:left;font-weight:normal}\n");
        // The hierarchy: chapters bold with their totals, points indented beneath them.
        w.write("table.summary tr.lvl1{background:#fafafa}table.summary tr.lvl1 th,table.summary tr.lvl1 td.total{font-weight:bold}"
                + "table.summary tr.lvl2 th{padding-left:1.8em}table.summary tr.lvl3 th{padding-left:3em}"
                + "table.summary tr.lvl4 th,table.summary tr.lvl5 th,table.summary tr.lvl6 th{padding-left:4.2em}"
                + "table.summary tr:not(.lvl1) td{color:#444}table.summary a{color:inherit}\n");
        w.write(".text{white-space:pre-wrap;word-break:break-word;font-size:1.05em}\n");
        w.write("mark{color:inherit;background:none;padding-bottom:.1em;border-radius:2px}\n");
        w.write("a.ref{font-size:.7em;vertical-align:super;text-decoration:none;color:#333;background:#eee;"
                + "border:1px solid #bbb;border-radius:3px;padding:0 .2em;margin:0 .1em;line-height:1}\n");
        w.write("ol.entries{padding-left:0;list-style:none}ol.entries li{border-left:4px solid #999;padding:.3em .8em;"
                + "margin:.6em 0;background:#fafafa}\n");
        w.write("ol.entries blockquote,.quotes blockquote{margin:.3em 0;padding:.2em .8em;border-left:3px solid #ccc;"
                + "white-space:pre-wrap}\n");
        w.write(".entry .type::before{content:\"\";display:inline-block;width:1em;height:1em;border-radius:2px;"
                + "vertical-align:-.15em;margin-right:.3em;border:1px solid rgba(0,0,0,.25)}\n");
        w.write(".entry .num{font-weight:bold;margin-right:.5em}.memo{font-style:italic}.muted{color:#666;font-size:.9em}\n");
        w.write("dl.attrs{display:grid;grid-template-columns:max-content auto;gap:0 1em;margin:.2em 0}dl.attrs dd{margin:0}\n");
        w.write("svg.chart text{font-family:" + FONTS.replace('"', '\'') + ";font-size:12px}\n");
        List<AnnotationType> types = model.types();
        for (int i = 0; i < types.size(); i++) {
            typeRules(w, i, safeColor(types.get(i).getColor()), depth);
        }
        if (model.annotations().stream().anyMatch(a -> model.typeIndex(a.getType()) < 0)) {
            typeRules(w, -1, safeColor(null), depth); // a type outside the codebook: no column, drawn grey
        }
        for (int k = 2; k <= depth; k++) {
            // A bar per inner layer, stacked upwards from the bottom edge: layer L is L * BAR pixels high, drawn under
            // the layers before it.
            w.write("mark.o" + k + "{padding-bottom:" + k * BAR + "px;box-shadow:");
            for (int layer = 1; layer < k; layer++) {
                w.write((layer == 1 ? "" : ",") + "inset 0 -" + layer * BAR + "px 0 var(--u" + layer + ")");
            }
            w.write("}\n");
        }
        // Print: no screen chrome (footer, link styling, the legend's how-to note), each chapter on a new page, headings
        // kept with what follows, and the type colours printed as they are.
        w.write("@page{margin:16mm 14mm}\n@media print{body{max-width:none;margin:0;print-color-adjust:exact;"
                + "-webkit-print-color-adjust:exact}footer,#legend p.muted{display:none}.report-section{break-before:page}"
                + "a.ref{border:none;background:none}a{color:inherit;text-decoration:none}mark,.swatch,.type::before,svg"
                + "{print-color-adjust:exact;-webkit-print-color-adjust:exact}li.entry,table.summary tr,svg.chart"
                + "{break-inside:avoid}h1,h2,h3{break-after:avoid}}\n");
        w.write("</style>\n</head>\n<body>\n");
    }

    /** The rules of type column {@code i} (class {@code ti}), {@code c} a checked colour. */
    static void typeRules(Writer w, int i, String c, int depth) throws IOException {
        w.write(".t" + i + " .swatch,.swatch.t" + i + ",li.t" + i + " .type::before{background:" + c + "}\n");
        w.write("li.entry.t" + i + ",.quotes .t" + i + " blockquote{border-left-color:" + c + "}\n");
        w.write("mark.t" + i + "{background-color:" + c + "55}\n");
        for (int layer = 1; layer < depth; layer++) {
            w.write("mark.t" + i + "u" + layer + "{--u" + layer + ":" + c + "}\n");
        }
    }
}
