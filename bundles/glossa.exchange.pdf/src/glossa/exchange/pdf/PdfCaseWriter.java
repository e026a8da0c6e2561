package glossa.exchange.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.ReportLabels;

/** A case as one PDF: each article's report after the other, one top-level bookmark per article. */
public final class PdfCaseWriter implements CaseWriter {

    @Override
    public void write(CaseExporter exportCase, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        List<AnnotatedArticle> articles = exportCase.articles();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing case PDF", articles.size() * 10 + 1);
        // The page numbers speak the language of the options, or of the first article.
        ReportLabels labels = ReportLabels.of(options.language().isEmpty() ? "en" : options.language());
        try (PdfDocumentWriter writer = new PdfDocumentWriter()) {
            for (int i = 0; i < articles.size(); i++) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                ExportModel model = ExportModel.of(articles.get(i), options);
                if (i == 0 && options.language().isEmpty()) {
                    labels = model.labels();
                }
                SubMonitor one = progress.split(10).setWorkRemaining(model.sections().size() + 2);
                new PdfReport(writer.canvas(), model, one).write(writer.canvas().outline());
            }
            writer.save(exportCase.caseName(), labels.language(), options, labels, out);
            progress.done();
        }
    }
}
