package glossa.cli;

import java.io.IOException;
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
import glossa.core.text.TextDecodingException;

/** Opening and saving articles for subcommands, with failures turned into one-line {@link UsageException}s. */
final class CliArticles {

    private CliArticles() {
    }

    static Path path(String file) throws UsageException {
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
