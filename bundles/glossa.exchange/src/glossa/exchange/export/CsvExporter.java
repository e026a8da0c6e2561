package glossa.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.internal.CsvWriter;
import glossa.exchange.export.internal.Iso;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.core.text.PageMap;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * Long format, one row per annotation, UTF-8 with a byte order mark (so spreadsheet programs read Chinese right),
 * RFC 4180 quoting, CRLF line ends. Columns: {@link #FIXED_BEFORE}, then one per attribute name of the codebook (in
 * codebook order, each name once), then {@link #FIXED_AFTER}. Offsets are UTF-16 code units, as in the sidecar. The
 * last column, {@code page}, cites the page of the source an annotation begins on (articles converted from a PDF;
 * empty otherwise); it came last so that the columns before it kept their places.
 */
public final class CsvExporter implements Exporter {

    public static final List<String> FIXED_BEFORE = List.of("document", "section number", "section title", "type",
            "quote", "begin", "end");
    public static final List<String> FIXED_AFTER = List.of("memo", "author", "created", "modified", "status",
            "type id", "id", "page");

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        ExportModel model = ExportModel.of(article, options);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing CSV", model.annotations().size() + 1);
        Utf8Writer w = new Utf8Writer(out);
        w.write('\uFEFF');
        CsvWriter csv = new CsvWriter(w);
        List<String> attributes = ExportModel.attributeNames(article.document());
        csv.record(header(attributes));
        progress.worked(1);
        String document = model.source();
        int count = 0;
        for (ReportSection section : model.sections()) {
            for (Annotation a : section.annotations()) {
                csv.record(row(document, section.number(), section.title(), a, attributes));
                if (++count % 256 == 0) {
                    progress.worked(256);
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                }
            }
        }
        for (Annotation a : model.unsectioned()) {
            csv.record(row(document, "", "", a, attributes));
        }
        w.finish();
        progress.done();
    }

    public static List<String> header(List<String> attributes) {
        List<String> header = new ArrayList<>(FIXED_BEFORE);
        header.addAll(attributes);
        header.addAll(FIXED_AFTER);
        return header;
    }

    static List<String> row(String document, String number, String title, Annotation a,
            List<String> attributes) {
        List<String> row = new ArrayList<>(FIXED_BEFORE.size() + attributes.size() + FIXED_AFTER.size());
        row.add(document);
        row.add(number);
        row.add(title);
        row.add(a.getType().getName());
        row.add(a.getQuote());
        row.add(Integer.toString(a.getBegin()));
        row.add(Integer.toString(a.getEnd()));
        for (String name : attributes) {
            row.add(AnnotationFactory.attributeValue(a, name));
        }
        row.add(a.getMemo());
        row.add(a.getAuthor());
        row.add(Iso.format(a.getCreated()));
        row.add(Iso.format(a.getModified()));
        row.add(a.getStatus() == null ? "" : a.getStatus().getLiteral());
        row.add(a.getType().getId());
        row.add(a.getId());
        int page = a.eContainer() instanceof Document d ? PageMap.pageOf(d, a.getBegin()) : 0;
        row.add(page > 0 ? Integer.toString(page) : "");
        return row;
    }
}
