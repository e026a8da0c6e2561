package glossa.exchange.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;

/** The annotated report of one article as PDF; see {@link PdfReport} for what it holds. */
public final class PdfReportExporter implements Exporter {

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        ExportModel model = ExportModel.of(article, options);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing PDF report", model.sections().size() + 3);
        try (PdfDocumentWriter writer = new PdfDocumentWriter()) {
            progress.worked(1);
            new PdfReport(writer.canvas(), model, progress).write(writer.canvas().outline());
            progress.subTask("Embedding fonts and writing the file");
            writer.save(model.title(), model.labels().language(), options, model.labels(), out);
            progress.done();
        }
    }
}
