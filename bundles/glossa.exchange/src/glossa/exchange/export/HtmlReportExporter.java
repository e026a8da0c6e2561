package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.HtmlReportText.Columns;
import glossa.exchange.export.internal.Html;
import glossa.exchange.export.internal.Utf8Writer;

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
 * <p>This class writes the frame and the sections; the parts are {@link HtmlReportHead} (the stylesheet),
 * {@link HtmlReportHeader} (title block and legend), {@link HtmlReportSummary} (table and chart),
 * {@link HtmlReportText} (the highlighted text) and {@link HtmlReportEntries} (one entry per annotation).</p>
 */
public final class HtmlReportExporter implements Exporter {

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
        HtmlReportHead.head(w, model, model.options().fullText() ? HtmlReportText.maxDepth(model) : 1);
        HtmlReportHeader.header(w, model);
        HtmlReportHeader.legend(w, model);
        HtmlReportSummary.summary(w, model);
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
            HtmlReportEntries.entries(w, model, outside, Columns.of(model, outside.annotations()), false);
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

    private static void section(Utf8Writer w, ExportModel model, ReportSection section, int ordinal) throws IOException {
        w.write("<section class=\"report-section\" id=\"sec-" + ordinal + "\" data-number=\"" + escape(section.number())
                + "\">\n<h2>" + escape(model.labels().sectionLabel(section.section(), section.heading())) + "</h2>\n");
        for (ReportMemos.Memo memo : ReportMemos.of(section)) {
            w.write("<p class=\"memo section-memo\"><strong>" + escape(memo.heading(model.labels()))
                    + "</strong> " + HtmlReportHeader.lines(memo.text()) + "</p>\n");
        }
        if (model.options().fullText()) {
            w.write("<div class=\"text\">");
            Columns columns = Columns.of(model, section.annotations());
            HtmlReportText.text(w, model, section, columns);
            w.write("</div>\n");
            HtmlReportEntries.entries(w, model, section, columns, true);
        } else {
            HtmlReportEntries.quotes(w, model, section);
        }
        w.write("</section>\n");
    }
}
