package glossa.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.AnnotatedArticle;
import glossa.model.Codebook;

/**
 * A whole case (many articles) to export as one file. The format's {@link CaseWriter} composes the file from the
 * single-article exporters, so that the formats stay the same; every article is exported with the same
 * {@link ExportOptions}. Articles are named by their path relative to the case root, never by absolute path.
 */
public final class CaseExporter {

    private final Path caseRoot;
    private final String caseName;
    private final List<AnnotatedArticle> articles;
    private final Codebook caseCodebook;

    /**
     * @param caseRoot     the case folder; articles are named relative to it (never by absolute path)
     * @param caseCodebook the case's shared codebook (column order in the contents table); may be null
     */
    public CaseExporter(Path caseRoot, String caseName, List<AnnotatedArticle> articles, Codebook caseCodebook) {
        this.caseRoot = caseRoot;
        this.caseName = caseName;
        this.articles = List.copyOf(articles);
        this.caseCodebook = caseCodebook;
    }

    /** Writes the case with {@code writer} (a format's {@link glossa.exchange.ExportFormat#caseWriter()}). */
    public void export(CaseWriter writer, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        writer.write(this, options, out, monitor == null ? new NullProgressMonitor() : monitor);
    }

    public String caseName() {
        return caseName;
    }

    public List<AnnotatedArticle> articles() {
        return articles;
    }

    /** The case's shared codebook, or null. */
    public Codebook caseCodebook() {
        return caseCodebook;
    }

    /** The article's path relative to the case root, with '/' separators; its file name when outside the case. */
    public String relativeName(AnnotatedArticle article) {
        Path path = article.articlePath();
        if (path == null) {
            return article.document().getSourcePath() == null ? "article.txt" : article.document().getSourcePath();
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path root = caseRoot.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
        return relative.toString().replace('\\', '/');
    }

    static void checkCanceled(IProgressMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
