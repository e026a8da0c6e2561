package glossa.exchange.imports;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;

/**
 * Reads annotations exported by Glossa (or by other tools in the same format) for an article. Types are matched
 * against the article's codebook; quotes are checked against the article's text. Nothing is placed silently where
 * its quote does not match: such records are moved to where the quote is found, or reported and left out.
 */
public interface Importer {

    ImportResult read(AnnotatedArticle article, InputStream in, IProgressMonitor monitor) throws IOException;
}
