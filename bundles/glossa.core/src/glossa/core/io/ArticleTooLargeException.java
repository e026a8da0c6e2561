package glossa.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** An article file larger than {@link ArticleStore#MAX_ARTICLE_BYTES}: refused before anything is read or written. */
public final class ArticleTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long size;
    private final long limit;

    public ArticleTooLargeException(Path file, long size, long limit) {
        super(String.format(Locale.ROOT, "%s is too large to open: %s (%,d bytes); Glossa opens articles up to %s",
                file, megabytes(size), size, megabytes(limit)));
        this.file = file;
        this.size = size;
        this.limit = limit;
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
