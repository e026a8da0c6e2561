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
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.internal.Utf8Writer;
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
        w.write("# " + inline(model.title()) + "\n\n");
        w.write("- Source: " + inline(model.source()) + "\n");
        w.write("- Exported: " + model.options().date() + "\n");
        w.write("- Filter: " + inline(model.options().filter().describe()) + "\n");
        w.write("- Annotations: " + model.annotations().size() + "\n\n");
        w.write("## Summary\n\n| Section |");
        for (AnnotationType type : model.types()) {
            w.write(" " + cell(type.getName()) + " |");
        }
        w.write(" Total |\n|---|");
        w.write("---:|".repeat(model.types().size() + 1));
        w.write("\n");
        int[] totals = new int[model.types().size() + 1];
        for (ReportSection section : model.sections()) {
            row(w, model, section.heading(), section.annotations(), totals);
        }
        if (!model.unsectioned().isEmpty()) {
            row(w, model, "Outside any section", model.unsectioned(), totals);
        }
        w.write("| **Total** |");
        for (int n : totals) {
            w.write(" " + n + " |");
        }
        w.write("\n");
        progress.worked(1);
        for (ReportSection section : model.sections()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            section(w, model, section.heading(), section.annotations());
            progress.worked(1);
        }
        if (!model.unsectioned().isEmpty()) {
            section(w, model, "Outside any section", model.unsectioned());
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

    private static void section(Writer w, ExportModel model, String heading, List<Annotation> annotations)
            throws IOException {
        w.write("\n## " + inline(heading) + "\n");
        if (annotations.isEmpty()) {
            w.write("\n_No annotations._\n");
        }
        for (AnnotationType type : model.types()) {
            List<Annotation> ofType = model.annotationsOf(annotations, type);
            if (ofType.isEmpty()) {
                continue;
            }
            w.write("\n### " + inline(type.getName()) + " (" + ofType.size() + ")\n");
            for (Annotation a : ofType) {
                w.write("\n");
                blockquote(w, a.getQuote());
                StringBuilder details = new StringBuilder();
                details.append(model.number(a)).append(". ");
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
