package glossa.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;

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

    static AnnotatedArticle open(String file) throws UsageException {
        Path path = path(file);
        try {
            return new ArticleStore().open(path, null);
        } catch (IOException e) {
            // SidecarException and TextDecodingException messages already say file:line:column: reason.
            throw new UsageException(oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    static void saveSidecar(AnnotatedArticle article) throws UsageException {
        try {
            new ArticleStore().save(article, false, null);
        } catch (IOException e) {
            throw new UsageException("cannot save " + AnnotatedArticle.sidecarOf(article.articlePath()) + ": "
                    + oneLine(String.valueOf(e.getMessage())));
        }
    }

    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
