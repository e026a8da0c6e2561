package glossa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.io.ArticleTooLargeException;
import glossa.core.io.FileErrors;
import glossa.core.io.SidecarException;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;
import glossa.model.Document;

/** Opening and saving articles for subcommands, with failures turned into one-line {@link UsageException}s. */
final class CliArticles {

    /** FILE {@value} is standard input (or output, for OUT). */
    static final String STANDARD_STREAM = "-";

    private CliArticles() {
    }

    static Path path(String file) throws UsageException {
        if (STANDARD_STREAM.equals(file)) {
            throw new UsageException("FILE cannot be - here: its sidecar is read and written beside it");
        }
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new UsageException(Files.isDirectory(path) ? file + " is a directory, not an article"
                        : "no such file: " + file);
            }
            return path;
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + file);
        }
    }

    /** Opens an article; what the load repaired in the sidecar is reported on {@code err}, one line each. */
    static AnnotatedArticle open(String file, PrintStream err) throws UsageException {
        Path path = path(file);
        AnnotatedArticle article;
        try {
            article = new ArticleStore().open(path, null);
        } catch (SidecarException | TextDecodingException | ArticleTooLargeException e) {
            // Their messages already say file:line:column: reason.
            throw new UsageException(oneLine(e.getMessage()));
        } catch (IOException e) {
            // Name the file that failed: the sidecar (e.g. a folder, or unreadable) as well as the article.
            Path failed = e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : path;
            throw new UsageException("cannot open " + FileErrors.describe(failed, e));
        }
        for (String problem : article.loadProblems()) {
            err.println("glossa: " + AnnotatedArticle.sidecarOf(path) + ": warning: " + oneLine(problem));
        }
        return article;
    }

    /**
     * Opens an article for commands that only read it; {@code -} reads its text from {@code in} (as an article never
     * annotated: no sidecar, detected sections, the default codebook).
     */
    static AnnotatedArticle openReadOnly(String file, InputStream in, PrintStream err) throws UsageException {
        if (!STANDARD_STREAM.equals(file)) {
            return open(file, err);
        }
        try {
            byte[] bytes = in.readNBytes((int) ArticleStore.MAX_ARTICLE_BYTES + 1);
            if (bytes.length > ArticleStore.MAX_ARTICLE_BYTES) {
                throw new UsageException("standard input: larger than " + ArticleStore.MAX_ARTICLE_BYTES
                        + " bytes; Glossa does not open articles that large");
            }
            ArticleText text = TextDecoder.decode(bytes, "standard input");
            Document document = ArticleStore.newDocument(Path.of(STANDARD_STREAM), text, ContentHash.of(text.text()));
            document.getSections().addAll(SectionDetector.detect(text.text()));
            return new AnnotatedArticle(null, text, document);
        } catch (TextDecodingException e) {
            throw new UsageException(oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException("cannot read standard input: " + FileErrors.reason(e));
        }
    }

    /** The article's file name, {@code -} for standard input. */
    static String name(AnnotatedArticle article) {
        return article.articlePath() == null ? STANDARD_STREAM : article.articlePath().getFileName().toString();
    }

    static void saveSidecar(AnnotatedArticle article) throws UsageException {
        try {
            new ArticleStore().save(article, false, null);
        } catch (IOException e) {
            throw new UsageException("cannot save " + AnnotatedArticle.sidecarOf(article.articlePath()) + ": "
                    + FileErrors.reason(e));
        }
    }

    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
