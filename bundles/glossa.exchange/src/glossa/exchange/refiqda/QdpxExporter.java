package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ArticleMemos;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;
import glossa.model.Relation;

/** One article as a REFI-QDA project ({@code .qdpx}) with the article's codebook. */
public final class QdpxExporter implements Exporter {

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Writing REFI-QDA project", 1);
        QdeWriter.Source source = source(sourceName(article), article, options);
        String name = article.document().getTitle() != null && !article.document().getTitle().isBlank()
                ? article.document().getTitle() : source.name();
        QdpxWriter.write(out, name, article.document().getCodebook(), List.of(source), options.date(), progress);
        progress.done();
    }

    static QdeWriter.Source source(String name, AnnotatedArticle article, ExportOptions options) {
        ExportModel model = ExportModel.of(article, options);
        List<Relation> relations = model.exportedRelations();
        List<ArticleMemos.Memo> sectionMemos = ArticleMemos.of(model).stream()
                .filter(m -> m.section() != null).toList();
        return new QdeWriter.Source(name, article.text(), article.document().getTitle(), model.annotations(),
                relations, article.document().getMemo(), sectionMemos);
    }

    static String sourceName(AnnotatedArticle article) {
        Path path = article.articlePath();
        if (path != null && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        String source = article.document().getSourcePath();
        return source == null || source.isBlank() ? "article.txt" : source;
    }
}
