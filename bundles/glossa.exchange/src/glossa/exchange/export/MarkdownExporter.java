package glossa.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.stats.SummaryRows;
import glossa.core.title.DocumentInfo;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.core.text.PageMap;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;

/**
 * GitHub-flavoured Markdown: a summary table, then per section the quotes as blockquotes grouped by type. Quotes and
 * memos are escaped so that neither Markdown syntax nor raw HTML in the article takes effect.
 */
public final class MarkdownExporter implements Exporter {

    // Compiled once: escaping runs several times per annotation.
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LIST_START = Pattern.compile("\\s*([-+]|\\d+[.)]).*");

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        ExportModel model = ExportModel.of(article, options);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing Markdown", model.sections().size() + 1);
        Utf8Writer w = new Utf8Writer(out);
        ReportLabels l = model.labels();
        DocumentInfo info = model.info();
        w.write("# " + inline(model.title()) + "\n\n");
        if (!info.author().isEmpty()) {
            w.write("- " + l.get("author") + ": " + inline(info.author()) + "\n");
        }
        if (!info.date().isEmpty()) {
            w.write("- " + l.get("published") + ": " + inline(info.date()) + "\n");
        }
        if (!info.sourceUrl().isEmpty()) {
            w.write("- " + l.get("sourceUrl") + ": " + inline(info.sourceUrl()) + "\n");
        }
        w.write("- " + l.get("source") + ": " + inline(model.source()) + "\n");
        w.write("- " + l.get("exported") + ": " + model.options().date() + "\n");
        w.write("- " + l.get("filter") + ": " + inline(model.options().filter().describe()) + "\n");
        w.write("- " + l.get("annotations") + ": " + model.annotations().size() + "\n\n");
        String memo = ReportMemos.of(model.article().document());
        if (memo != null) {
            memo(w, l.get("memo"), memo);
        }
        w.write("## " + l.get("summary") + "\n\n| " + l.get("section") + " |");
        for (AnnotationType type : model.types()) {
            w.write(" " + cell(l.typeName(type)) + " |");
        }
        w.write(" " + l.get("total") + " |\n|---|");
        w.write("---:|".repeat(model.types().size() + 1));
        w.write("\n");
        int[] totals = new int[model.types().size() + 1];
        List<SummaryRows.Row> rows = model.summaryRows(model.statistics());
        boolean nested = rows.stream().anyMatch(r -> r.depth() > 1);
        for (SummaryRows.Row row : rows) {
            // Chapters in bold with their totals (points included); points indented beneath with ideographic spaces,
            // which table cells keep (ASCII spaces are trimmed).
            String label = cell(l.sectionLabel(row.section(), row.label()));
            label = row.depth() == 1 ? (nested ? "**" + label + "**" : label) : "\u3000\u3000".repeat(row.depth() - 1) + label;
            w.write("| " + label + " |");
            for (int n : row.counts()) {
                w.write(" " + n + " |");
            }
            w.write(" " + row.total() + " |\n");
            if (row.depth() == 1) {
                for (int t = 0; t < row.counts().length; t++) {
                    totals[t] += row.counts()[t];
                }
                totals[totals.length - 1] += row.total();
            }
        }
        if (model.sections().size() == 1 && model.sections().get(0).section() == null) {
            row(w, model, model.sections().get(0).heading(), model.sections().get(0).annotations(), totals);
        }
        if (!model.unsectioned().isEmpty()) {
            row(w, model, l.get("outside"), model.unsectioned(), totals);
        }
        w.write("| **" + l.get("total") + "** |");
        for (int n : totals) {
            w.write(" " + n + " |");
        }
        w.write("\n");
        progress.worked(1);
        for (ReportSection section : model.sections()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            section(w, model, model.labels().sectionLabel(section.section(), section.heading()), section.annotations(),
                    ReportMemos.of(section));
            progress.worked(1);
        }
        if (!model.unsectioned().isEmpty()) {
            section(w, model, model.labels().get("outside"), model.unsectioned(), List.of());
        }
        w.finish();
        progress.done();
    }

    private static void row(Writer w, ExportModel model, String heading, List<Annotation> annotations, int[] totals)
            throws IOException {
        w.write("| " + cell(heading) + " |");
        int sum = 0;
        int i = 0;
        for (Map.Entry<AnnotationType, Integer> e : model.countByType(annotations).entrySet()) {
            w.write(" " + e.getValue() + " |");
            totals[i++] += e.getValue();
            sum += e.getValue();
        }
        totals[i] += sum;
        w.write(" " + sum + " |\n");
    }

    /** A memo as a paragraph: bold label, then its lines, each escaped (a Markdown hard break between them). */
    private static void memo(Writer w, String label, String text) throws IOException {
        List<String> lines = List.of(LINE_BREAK.split(text, -1));
        w.write("**" + inline(label) + "**: ");
        for (int i = 0; i < lines.size(); i++) {
            w.write(inline(lines.get(i)) + (i + 1 < lines.size() ? "  \n" : "\n\n"));
        }
    }

    private static void section(Writer w, ExportModel model, String heading, List<Annotation> annotations,
            List<ReportMemos.Memo> memos) throws IOException {
        w.write("\n## " + inline(heading) + "\n");
        if (!memos.isEmpty()) {
            w.write("\n");
        }
        for (ReportMemos.Memo memo : memos) {
            memo(w, memo.heading(model.labels()), memo.text());
        }
        if (annotations.isEmpty()) {
            w.write("\n_" + model.labels().get("noAnnotationsShort") + "_\n");
        }
        for (AnnotationType type : model.types()) {
            List<Annotation> ofType = model.annotationsOf(annotations, type);
            if (ofType.isEmpty()) {
                continue;
            }
            w.write("\n### " + inline(model.labels().typeName(type)) + " (" + ofType.size() + ")\n");
            for (Annotation a : ofType) {
                w.write("\n");
                blockquote(w, a.getQuote());
                StringBuilder details = new StringBuilder();
                details.append(model.number(a)).append(". ");
                int page = PageMap.pageOf(model.article().document(), a.getBegin());
                if (page > 0) { // converted from a PDF: cite the page ("p. 12")
                    details.append(inline(model.labels().get("pageCite", page))).append("; ");
                }
                for (AttributeValue v : a.getAttributes()) {
                    details.append("**").append(inline(v.getName())).append("**: ").append(inline(v.getValue()))
                            .append("; ");
                }
                if (a.getMemo() != null && !a.getMemo().isBlank()) {
                    details.append("_").append(inline(a.getMemo())).append("_; ");
                }
                details.append(inline(a.getAuthor() == null ? "" : a.getAuthor()));
                w.write("\n" + details.toString().strip() + "\n");
            }
        }
    }

    private static void blockquote(Writer w, String quote) throws IOException {
        for (String line : LINE_BREAK.split(quote == null ? "" : quote, -1)) {
            w.write(line.isBlank() ? ">\n" : "> " + inline(line) + "\n");
        }
    }

    /** A table cell: inline escaping, and no pipe or line break can end the cell. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    /**
     * Escapes one line of text: backslash before every character that inline Markdown treats as syntax, HTML's
     * {@code <}, {@code >} and {@code &} as entities, and line starts that would open a heading, list or quote.
     * Line breaks become spaces.
     */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        String flat = hasLineBreak(s) ? LINE_BREAK.matcher(s).replaceAll(" ") : s;
        StringBuilder sb = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '!', '#' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        String out = sb.toString();
        // A leading "-", "+" or "1." would start a list.
        if (mayStartList(out) && LIST_START.matcher(out).matches()) {
            int k = 0;
            while (k < out.length() && Character.isWhitespace(out.charAt(k))) {
                k++;
            }
            int j = k;
            while (j < out.length() && Character.isDigit(out.charAt(j))) {
                j++;
            }
            out = out.substring(0, j) + "\\" + out.substring(j);
        }
        return out;
    }

    /** Whether {@code s} holds a character of {@link #LINE_BREAK} ({@code \\R}). */
    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '\n', '\u000B', '\f', '\r', '\u0085', '\u2028', '\u2029' -> {
                    return true;
                }
                default -> {
                    // go on
                }
            }
        }
        return false;
    }

    /** A cheap test before {@link #LIST_START}: the first character after white space is '-', '+' or a digit. */
    private static boolean mayStartList(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '-' || c == '+' || c >= '0' && c <= '9';
            }
        }
        return false;
    }
}
