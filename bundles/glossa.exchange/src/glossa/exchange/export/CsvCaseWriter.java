package glossa.exchange.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.internal.CsvWriter;
import glossa.model.Annotation;

/**
 * A case as one CSV file: the {@link CsvExporter} columns, attribute columns united over all articles; {@code document}
 * is the article's path relative to the case root.
 */
public final class CsvCaseWriter implements CaseWriter {

    @Override
    public void write(CaseExporter exportCase, ExportOptions options, OutputStream out, IProgressMonitor progress)
            throws IOException {
        List<AnnotatedArticle> articles = exportCase.articles();
        progress.beginTask("Writing case CSV", articles.size() + 1);
        Set<String> names = new LinkedHashSet<>();
        for (AnnotatedArticle article : articles) {
            names.addAll(ExportModel.attributeNames(article.document()));
        }
        List<String> attributes = List.copyOf(names);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        CsvWriter csv = new CsvWriter(w);
        csv.record(CsvExporter.header(attributes));
        progress.worked(1);
        for (AnnotatedArticle article : articles) {
            CaseExporter.checkCanceled(progress);
            ExportModel model = ExportModel.of(article, options);
            String document = exportCase.relativeName(article);
            for (ReportSection section : model.sections()) {
                for (Annotation a : section.annotations()) {
                    csv.record(CsvExporter.row(document, section.number(), section.title(), a, attributes));
                }
            }
            for (Annotation a : model.unsectioned()) {
                csv.record(CsvExporter.row(document, "", "", a, attributes));
            }
            progress.worked(1);
        }
        w.flush();
        progress.done();
    }
}
