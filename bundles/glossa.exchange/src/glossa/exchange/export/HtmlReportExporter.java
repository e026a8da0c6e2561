package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;
import static glossa.exchange.export.internal.Html.safeColor;
import static glossa.exchange.export.internal.Utf8Writer.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.stats.SummaryRows;
import glossa.core.text.PageMap;
import glossa.core.title.DocumentInfo;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.internal.Html;
import glossa.exchange.export.internal.Iso;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.core.stats.SectionStatistics;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.Provenance;
import glossa.model.Relation;

/**
 * One self-contained HTML file: inline CSS and SVG, no script, no external resource (a Content-Security-Policy says
 * so to the browser too). All document text is escaped.
 *
 * <p>Overlapping annotations: the text is cut at every annotation boundary, and each piece becomes one
 * {@code <mark>} that lists all annotations covering it ({@code data-refs}, outermost first). The outermost annotation
 * colours the background, each further one adds a coloured bar under the text, so every layer stays visible. All of
 * that is drawn by classes from the inline stylesheet, never by a per-piece {@code style} (a report of 50,000
 * annotations would carry one on every piece):</p>
 * <ul>
 * <li>{@code tT}: type column {@code T} ({@link ExportModel#typeIndex}); on a piece it is the outermost layer and sets
 * the background;</li>
 * <li>{@code oK}: a piece covered by {@code K ≥ 2} annotations: {@code K - 1} bars ({@code box-shadow}) whose colours
 * are the custom properties {@code --u1 … --u(K-1)};</li>
 * <li>{@code tTuL}: layer {@code L ≥ 1} is of type {@code T} (sets {@code --uL}).</li>
 * </ul>
 * <p>A piece draws at most {@link #MAX_LAYERS} layers and lists at most {@link #MAX_REFS} annotations in
 * {@code data-refs}; under more it also carries {@code data-count} (how many cover it). Every annotation keeps its
 * own anchor and entry, so the report stays linear in text plus annotations.</p>
 * <p>Class names come from type columns, never from type ids, and colours are used only when they are {@code #RRGGBB}
 * ({@link Html#safeColor}), so nothing from the codebook reaches the stylesheet but checked colours.</p>
 */
public final class HtmlReportExporter implements Exporter {

    private static final String FONTS = "\"Noto Sans CJK SC\", \"Noto Serif CJK SC\", \"PingFang SC\", "
            + "\"Microsoft YaHei\", \"Source Han Sans SC\", \"Hiragino Sans GB\", sans-serif";
    private static final int BAR = 3;

    /**
     * The most layers a piece draws (the outermost's background and up to 15 bars). The stylesheet has rules for
     * pairs of layer and type, so without a cap it grew with the square of the deepest overlap (385 MB for 5,000
     * annotations on one span).
     */
    public static final int MAX_LAYERS = 16;

    /** The most annotation numbers a piece lists in {@code data-refs}; a deeper piece adds {@code data-count}. */
    public static final int MAX_REFS = 64;

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        ExportModel model = ExportModel.of(article, options);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing HTML report", model.sections().size() + 2);
        Utf8Writer w = new Utf8Writer(out);
        head(w, model, model.options().fullText() ? maxDepth(model) : 1);
        header(w, model);
        legend(w, model);
        summary(w, model);
        progress.worked(1);
        for (int i = 0; i < model.sections().size(); i++) {
            checkCanceled(progress);
            section(w, model, model.sections().get(i), i + 1);
            progress.worked(1);
        }
        if (!model.unsectioned().isEmpty()) {
            ReportSection outside = new ReportSection(null, "", model.labels().get("outside"), 0, 0,
                    model.unsectioned());
            w.write("<section class=\"report-section unsectioned\" id=\"sec-outside\">\n<h2>"
                    + escape(outside.title()) + "</h2>\n");
            entries(w, model, outside, Columns.of(model, outside.annotations()), false);
            w.write("</section>\n");
        }
        w.write("<footer><p>" + escape(model.labels().get("generated")) + "</p></footer>\n</body>\n</html>\n");
        w.finish();
        progress.done();
    }

    private static void checkCanceled(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static void head(Writer w, ExportModel model, int depth) throws IOException {
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
    private static void typeRules(Writer w, int i, String c, int depth) throws IOException {
        w.write(".t" + i + " .swatch,.swatch.t" + i + ",li.t" + i + " .type::before{background:" + c + "}\n");
        w.write("li.entry.t" + i + ",.quotes .t" + i + " blockquote{border-left-color:" + c + "}\n");
        w.write("mark.t" + i + "{background-color:" + c + "55}\n");
        for (int layer = 1; layer < depth; layer++) {
            w.write("mark.t" + i + "u" + layer + "{--u" + layer + ":" + c + "}\n");
        }
    }

    private static void header(Writer w, ExportModel model) throws IOException {
        ReportLabels l = model.labels();
        DocumentInfo info = model.info();
        Provenance provenance = model.article().document().getProvenance();
        w.write("<header>\n<h1 id=\"title\">" + escape(model.title()) + "</h1>\n<dl class=\"meta\">\n");
        // What the text says about itself first; else what the converted source's metadata said.
        String author = first(info.author(), provenance == null ? null : provenance.getAuthor());
        String published = first(info.date(), provenance == null ? null : provenance.getPublished());
        String url = first(info.sourceUrl(), provenance == null ? null : provenance.getUrl());
        if (!author.isEmpty()) {
            meta(w, "author", l.get("author"), author);
        }
        if (!published.isEmpty()) {
            meta(w, "published", l.get("published"), published);
        }
        if (!url.isEmpty()) {
            // Shown as text, never as a link: the report loads and opens nothing by itself.
            meta(w, "url", l.get("sourceUrl"), url);
        }
        if (provenance != null && provenance.getSourceName() != null) {
            meta(w, "provenance", l.get("convertedFrom"), provenanceLine(provenance));
        }
        meta(w, "source", l.get("source"), model.source());
        meta(w, "date", l.get("exported"), model.options().date().toString());
        meta(w, "filter", l.get("filter"), model.options().filter().describe());
        meta(w, "sections", l.get("sections"), model.options().sections().isEmpty() ? l.get("allSections")
                : String.join(", ", new TreeSet<>(model.options().sections())));
        meta(w, "levels", l.get("levels"), model.options().levels() == ExportOptions.ALL_LEVELS ? l.get("allLevels")
                : model.options().levels() == 1 ? l.get("chaptersOnly") : Integer.toString(model.options().levels()));
        meta(w, "count", l.get("annotations"), Integer.toString(model.annotations().size()));
        w.write("</dl>\n");
        String memo = ReportMemos.of(model.article().document());
        if (memo != null) {
            w.write("<div class=\"memo document-memo\" id=\"document-memo\"><strong>" + escape(l.get("memo"))
                    + "</strong> " + lines(memo) + "</div>\n");
        }
        w.write("</header>\n");
    }

    /** "report.pdf · Federal Register · pdf converter 1 · 15 pages · SHA-256 1a2b3c4d5e6f…". */
    static String provenanceLine(Provenance p) {
        StringBuilder line = new StringBuilder(p.getSourceName());
        if (p.getSite() != null && !p.getSite().isBlank()) {
            line.append(" · ").append(p.getSite());
        }
        if (p.getConverter() != null) {
            line.append(" · ").append(p.getConverter()).append(' ').append(first(p.getConverterVersion(), ""));
        }
        if (!p.getPageStarts().isEmpty()) {
            line.append(" · ").append(p.getPageStarts().size()).append(" pp.");
        }
        if (p.getSourceSha256() != null && p.getSourceSha256().length() >= 12) {
            line.append(" · SHA-256 ").append(p.getSourceSha256(), 0, 12).append('…');
        }
        return line.toString().strip();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
    }

    private static void meta(Writer w, String id, String label, String value) throws IOException {
        w.write("<dt>" + escape(label) + "</dt><dd id=\"meta-" + id + "\">" + escape(value) + "</dd>\n");
    }

    private static void legend(Writer w, ExportModel model) throws IOException {
        ReportLabels l = model.labels();
        w.write("<section id=\"legend\">\n<h2>" + escape(l.get("legend")) + "</h2>\n<ul class=\"legend\">\n");
        List<AnnotationType> types = model.types();
        for (int i = 0; i < types.size(); i++) {
            AnnotationType type = types.get(i);
            w.write("<li class=\"t" + i + "\" data-type=\"" + escape(type.getId()) + "\" title=\""
                    + escape(type.getDescription()) + "\"><span class=\"swatch\"></span>" + escape(l.typeName(type))
                    + "</li>\n");
        }
        w.write("</ul>\n<p class=\"muted\">" + escape(l.get("overlapNote", MAX_LAYERS - 1)) + "</p>\n</section>\n");
    }

    /**
     * The summary table: each chapter a row with its totals (its points included), its points indented beneath down to
     * {@link ExportOptions#levels()}. The foot adds up the chapter rows (and the text outside every section), so the
     * totals add up.
     */
    private static void summary(Writer w, ExportModel model) throws IOException {
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

    /** Escaped text whose line breaks stay line breaks. */
    private static String lines(String text) {
        return escape(text).replaceAll("\\r?\\n", "<br>");
    }

    private static void section(Utf8Writer w, ExportModel model, ReportSection section, int ordinal) throws IOException {
        w.write("<section class=\"report-section\" id=\"sec-" + ordinal + "\" data-number=\"" + escape(section.number())
                + "\">\n<h2>" + escape(model.labels().sectionLabel(section.section(), section.heading())) + "</h2>\n");
        for (ReportMemos.Memo memo : ReportMemos.of(section)) {
            w.write("<p class=\"memo section-memo\"><strong>" + escape(memo.label().isEmpty()
                    ? model.labels().get("memo") : memo.label() + " \u00b7 " + model.labels().get("memo"))
                    + "</strong> " + lines(memo.text()) + "</p>\n");
        }
        if (model.options().fullText()) {
            w.write("<div class=\"text\">");
            Columns columns = Columns.of(model, section.annotations());
            text(w, model, section, columns);
            w.write("</div>\n");
            entries(w, model, section, columns, true);
        } else {
            quotes(w, model, section);
        }
        w.write("</section>\n");
    }

    /**
     * The report numbers and type columns of a section's annotations, by position in {@code section.annotations()}:
     * looked up once per annotation instead of once per piece and layer.
     */
    private record Columns(int[] numbers, int[] types) {

        static Columns of(ExportModel model, List<Annotation> annotations) {
            int[] numbers = new int[annotations.size()];
            int[] types = new int[annotations.size()];
            for (int i = 0; i < numbers.length; i++) {
                Annotation a = annotations.get(i);
                numbers[i] = model.number(a);
                types[i] = model.typeIndex(a.getType());
            }
            return new Columns(numbers, types);
        }
    }

    /**
     * The section's text cut at every annotation boundary; see the class comment for how layers are drawn. One pass
     * over the sorted boundaries. The covering annotations are kept in a set ordered by position in
     * {@code section.annotations()} (document order, outermost first); those whose end is passed leave it in order of
     * their ends. Each piece writes at most {@link #MAX_LAYERS} layers and {@link #MAX_REFS} references, so the text
     * stays linear in text plus annotations however many annotations are stacked on one span.
     */
    private static void text(Utf8Writer w, ExportModel model, ReportSection section, Columns columns)
            throws IOException {
        String text = model.text();
        int begin = section.begin();
        int end = section.end();
        List<Annotation> annotations = section.annotations();
        int count = annotations.size();
        int[] ends = new int[count]; // clamped to the section
        int[] cuts = new int[2 * count + 2];
        int n = 0;
        cuts[n++] = begin;
        cuts[n++] = end;
        for (int i = 0; i < count; i++) {
            Annotation a = annotations.get(i);
            cuts[n++] = clamp(a.getBegin(), begin, end);
            ends[i] = clamp(a.getEnd(), begin, end);
            cuts[n++] = ends[i];
        }
        Arrays.sort(cuts);
        Integer[] byEnd = new Integer[count];
        Arrays.setAll(byEnd, i -> i);
        Arrays.sort(byEnd, (x, y) -> Integer.compare(ends[x], ends[y]));
        TreeSet<Integer> active = new TreeSet<>();
        int[] shown = new int[MAX_REFS];
        int next = 0;
        int leaving = 0;
        for (int k = 0; k < cuts.length - 1; k++) {
            int from = cuts[k];
            int to = cuts[k + 1];
            if (from == to) {
                continue; // a repeated boundary
            }
            while (leaving < count && ends[byEnd[leaving]] <= from) {
                active.remove(byEnd[leaving++]);
            }
            while (next < count && annotations.get(next).getBegin() <= from) {
                int i = next++;
                if (ends[i] > from) {
                    active.add(i);
                    int number = columns.numbers()[i];
                    w.writeBytes(REF_ID);
                    w.writeInt(number);
                    w.writeBytes(REF_HREF);
                    w.writeInt(number);
                    w.writeBytes(TAG_END);
                    w.writeInt(number);
                    w.writeBytes(A_END);
                }
            }
            if (active.isEmpty()) {
                w.writeHtml(text, from, to);
            } else {
                int m = 0;
                for (int i : active) {
                    if (m == shown.length) {
                        break;
                    }
                    shown[m++] = i;
                }
                segment(w, columns, shown, m, active.size(), text, from, to);
            }
        }
    }

    // Markup of the text and the entries, encoded once: a report of 50,000 annotations writes each 50,000 times.
    private static final byte[] REF_ID = utf8("<a class=\"ref\" id=\"ref-");
    private static final byte[] REF_HREF = utf8("\" href=\"#ann-");
    private static final byte[] TAG_END = utf8("\">");
    private static final byte[] A_END = utf8("</a>");
    private static final byte[] MARK = utf8("<mark class=\"t");
    private static final byte[] OVERLAPS = utf8(" o");
    private static final byte[] LAYER_TYPE = utf8(" t");
    private static final byte[] LAYER = utf8("u");
    private static final byte[] REFS = utf8("\" data-refs=\"");
    private static final byte[] COUNT = utf8("\" data-count=\"");
    private static final byte[] SPACE = utf8(" ");
    private static final byte[] MARK_END = utf8("</mark>");

    /**
     * One highlighted piece: {@code shown} holds the first {@code m} of the {@code depth} covering annotations,
     * outermost first. Bars and references stop at their caps; {@code data-count} then gives the full number.
     */
    private static void segment(Utf8Writer w, Columns columns, int[] shown, int m, int depth, String text, int from,
            int to) throws IOException {
        int[] types = columns.types();
        int layers = Math.min(depth, MAX_LAYERS);
        w.writeBytes(MARK);
        w.writeInt(types[shown[0]]);
        if (layers > 1) {
            w.writeBytes(OVERLAPS);
            w.writeInt(layers);
            for (int layer = 1; layer < layers; layer++) {
                w.writeBytes(LAYER_TYPE);
                w.writeInt(types[shown[layer]]);
                w.writeBytes(LAYER);
                w.writeInt(layer);
            }
        }
        w.writeBytes(REFS);
        for (int i = 0; i < m; i++) {
            if (i > 0) {
                w.writeBytes(SPACE);
            }
            w.writeInt(columns.numbers()[shown[i]]);
        }
        if (depth > m) {
            w.writeBytes(COUNT);
            w.writeInt(depth);
        }
        w.writeBytes(TAG_END);
        w.writeHtml(text, from, to);
        w.writeBytes(MARK_END);
    }

    /**
     * The most annotations covering one piece of text in any section (at least 1): how many bar layers the
     * stylesheet needs. Counted as {@link #text} cuts, with spans clamped to their section.
     */
    static int maxDepth(ExportModel model) {
        return Math.min(MAX_LAYERS, overlapDepth(model));
    }

    /** The most annotations covering one piece of text in any section, uncapped. */
    static int overlapDepth(ExportModel model) {
        int depth = 1;
        for (ReportSection section : model.sections()) {
            List<Annotation> annotations = section.annotations();
            int n = annotations.size();
            int[] begins = new int[n];
            int[] ends = new int[n];
            int m = 0;
            for (Annotation a : annotations) {
                int b = clamp(a.getBegin(), section.begin(), section.end());
                int e = clamp(a.getEnd(), section.begin(), section.end());
                if (b < e) {
                    begins[m] = b;
                    ends[m++] = e;
                }
            }
            Arrays.sort(begins, 0, m);
            Arrays.sort(ends, 0, m);
            int open = 0;
            for (int i = 0, j = 0; i < m;) {
                if (ends[j] <= begins[i]) { // an end at the same offset closes before the next one opens
                    open--;
                    j++;
                } else {
                    open++;
                    i++;
                    depth = Math.max(depth, open);
                }
            }
        }
        return depth;
    }

    private static int clamp(int offset, int begin, int end) {
        return Math.max(begin, Math.min(offset, end));
    }

    private static void entries(Utf8Writer w, ExportModel model, ReportSection section, Columns columns,
            boolean linkBack) throws IOException {
        if (section.annotations().isEmpty()) {
            w.write("<p class=\"muted none\">" + escape(model.labels().get("noAnnotations")) + "</p>\n");
            return;
        }
        w.write("<ol class=\"entries\">\n");
        List<Annotation> annotations = section.annotations();
        for (int i = 0; i < annotations.size(); i++) {
            entry(w, model, annotations.get(i), columns.numbers()[i], columns.types()[i], linkBack);
        }
        w.write("</ol>\n");
    }

    private static final byte[] ENTRY = utf8("<li class=\"entry t");
    private static final byte[] ENTRY_ID = utf8("\" id=\"ann-");
    private static final byte[] DATA_TYPE = utf8("\" data-type=\"");
    private static final byte[] NUM_LINK = utf8("<a class=\"num\" href=\"#ref-");
    private static final byte[] NUM = utf8("<span class=\"num\">");
    private static final byte[] SPAN_END = utf8("</span>");
    private static final byte[] TYPE = utf8("<span class=\"type\">");
    private static final byte[] PAGE = utf8(" <span class=\"page\">");
    private static final byte[] QUOTE = utf8("</span><blockquote>");
    private static final byte[] QUOTE_END = utf8("</blockquote>");
    private static final byte[] ATTRS = utf8("<dl class=\"attrs\">");
    private static final byte[] DT = utf8("<dt>");
    private static final byte[] DD = utf8("</dt><dd>");
    private static final byte[] DD_END = utf8("</dd>");
    private static final byte[] ATTRS_END = utf8("</dl>");
    private static final byte[] MEMO = utf8("<p class=\"memo\">");
    private static final byte[] P_END = utf8("</p>");
    private static final byte[] RELATIONS = utf8("<ul class=\"relations\">");
    private static final byte[] LI = utf8("<li>");
    private static final byte[] INCOMING = utf8("<li>← ");
    private static final byte[] OUTGOING_LINK = utf8(" → <a class=\"relation\" href=\"#ann-");
    private static final byte[] INCOMING_LINK = utf8(" <a class=\"relation\" href=\"#ann-");
    private static final byte[] RELATION_MEMO = utf8(" <span class=\"memo\">");
    private static final byte[] LI_END = utf8("</li>");
    private static final byte[] RELATIONS_END = utf8("</ul>");
    private static final byte[] MUTED = utf8("<p class=\"muted\">");
    private static final byte[] DOT = utf8(" · ");
    private static final byte[] ENTRY_END = utf8("</p></li>\n");

    /** One annotation's entry; {@code n} its number, {@code t} its type column. */
    private static void entry(Utf8Writer w, ExportModel model, Annotation a, int n, int t, boolean linkBack)
            throws IOException {
        // The type id stays on the entry for readers of the file (the class only names a column); offsets do not: the
        // CSV and JSON-LD exports carry them.
        w.writeBytes(ENTRY);
        w.writeInt(t);
        w.writeBytes(ENTRY_ID);
        w.writeInt(n);
        w.writeBytes(DATA_TYPE);
        w.writeHtml(a.getType().getId());
        w.writeBytes(TAG_END);
        if (linkBack) {
            w.writeBytes(NUM_LINK);
            w.writeInt(n);
            w.writeBytes(TAG_END);
            w.writeInt(n);
            w.writeBytes(A_END);
        } else {
            w.writeBytes(NUM);
            w.writeInt(n);
            w.writeBytes(SPAN_END);
        }
        w.writeBytes(TYPE);
        w.writeHtml(model.labels().typeName(a.getType()));
        int page = PageMap.pageOf(model.article().document(), a.getBegin());
        if (page > 0) { // converted from a PDF: cite the page ("p. 12")
            w.writeBytes(PAGE);
            w.writeHtml(model.labels().get("pageCite", page));
            w.writeBytes(SPAN_END);
        }
        w.writeBytes(QUOTE);
        w.writeHtml(a.getQuote());
        w.writeBytes(QUOTE_END);
        if (!a.getAttributes().isEmpty()) {
            w.writeBytes(ATTRS);
            for (AttributeValue v : a.getAttributes()) {
                w.writeBytes(DT);
                w.writeHtml(v.getName());
                w.writeBytes(DD);
                w.writeHtml(v.getValue());
                w.writeBytes(DD_END);
            }
            w.writeBytes(ATTRS_END);
        }
        if (a.getMemo() != null && !a.getMemo().isBlank()) {
            w.writeBytes(MEMO);
            w.writeHtml(a.getMemo());
            w.writeBytes(P_END);
        }
        List<Relation> relations = model.relationsOf(a);
        if (!relations.isEmpty()) {
            w.writeBytes(RELATIONS);
            for (Relation r : relations) {
                boolean outgoing = r.getSource() == a;
                Annotation other = outgoing ? r.getTarget() : r.getSource();
                int m = model.number(other);
                w.writeBytes(outgoing ? LI : INCOMING);
                w.writeHtml(r.getKind());
                w.writeBytes(outgoing ? OUTGOING_LINK : INCOMING_LINK);
                w.writeInt(m);
                w.writeBytes(TAG_END);
                w.writeInt(m);
                w.writeBytes(A_END);
                if (r.getMemo() != null && !r.getMemo().isBlank()) {
                    w.writeBytes(RELATION_MEMO);
                    w.writeHtml(r.getMemo());
                    w.writeBytes(SPAN_END);
                }
                w.writeBytes(LI_END);
            }
            w.writeBytes(RELATIONS_END);
        }
        w.writeBytes(MUTED);
        w.writeHtml(a.getAuthor());
        w.writeBytes(DOT);
        w.write(Iso.format(a.getCreated())); // digits and "-:.TZ", nothing to escape
        w.writeBytes(DOT);
        if (a.getStatus() != null) {
            w.writeHtml(a.getStatus().getLiteral());
        }
        w.writeBytes(ENTRY_END);
    }

    /** The "annotations only" variant: the quotes of the section grouped by type. */
    private static void quotes(Utf8Writer w, ExportModel model, ReportSection section) throws IOException {
        if (section.annotations().isEmpty()) {
            w.write("<p class=\"muted none\">" + escape(model.labels().get("noAnnotations")) + "</p>\n");
            return;
        }
        for (AnnotationType type : model.types()) {
            List<Annotation> ofType = model.annotationsOf(section.annotations(), type);
            if (ofType.isEmpty()) {
                continue;
            }
            int t = model.typeIndex(type);
            w.write("<div class=\"quotes t" + t + "\" data-type=\"" + escape(type.getId()) + "\">\n<h3><span class=\"swatch\">"
                    + "</span>" + escape(model.labels().typeName(type)) + " (" + ofType.size() + ")</h3>\n"
                    + "<ol class=\"entries\">\n");
            for (Annotation a : ofType) {
                entry(w, model, a, model.number(a), t, false);
            }
            w.write("</ol>\n</div>\n");
        }
    }
}
