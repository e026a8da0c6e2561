package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;
import glossa.exchange.export.internal.XmlOut;
import glossa.model.Codebook;

/**
 * The article's codebook alone as a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}):
 * the same {@code Code} elements as in a project ({@link CodeWriter}). The filter does not apply: a codebook holds
 * every type, retired ones included, so that annotations of other articles keep their codes.
 */
public final class QdcExporter implements Exporter {

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        write(article.document().getCodebook(), out);
    }

    public static void write(Codebook codebook, OutputStream out) throws IOException {
        XmlOut x = new XmlOut(out, Integer.MAX_VALUE);
        x.declaration();
        x.start("CodeBook").attr("xmlns", RefiQda.CODEBOOK_NS).attr("origin", RefiQda.ORIGIN);
        CodeWriter.writeCodes(x, codebook == null ? java.util.List.of() : codebook.getTypes(), java.util.List.of());
        x.finish();
    }
}
