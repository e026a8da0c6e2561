package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.ExportOptions;

/**
 * A whole case as one REFI-QDA project: the case codebook, and every article as a text source named by its path
 * relative to the case folder (so that an import rebuilds the same folders).
 */
public final class QdpxCaseWriter implements CaseWriter {

    @Override
    public void write(CaseExporter exportCase, ExportOptions options, OutputStream out, IProgressMonitor progress)
            throws IOException {
        progress.beginTask("Writing REFI-QDA project", exportCase.articles().size());
        List<QdeWriter.Source> sources = new ArrayList<>();
        for (AnnotatedArticle article : exportCase.articles()) {
            sources.add(QdpxExporter.source(exportCase.relativeName(article), article, options));
        }
        var codebook = exportCase.caseCodebook() != null ? exportCase.caseCodebook()
                : exportCase.articles().isEmpty() ? null : exportCase.articles().get(0).document().getCodebook();
        QdpxWriter.write(out, exportCase.caseName(), codebook, sources, options.date(), progress);
        progress.done();
    }
}
