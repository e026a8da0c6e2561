package glossa.core.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

import glossa.core.AnnotatedArticle;

/**
 * What a cached article summary was computed from: the size and modification time (microseconds) of the article and
 * of its sidecar ({@code -1, -1} when it has none). A summary is reused only while the stamp on disk is still equal.
 */
public record ArticleStamp(long articleSize, long articleModified, long sidecarSize, long sidecarModified) {

    /** The stamp of {@code article} and its sidecar as they are on disk now. */
    public static ArticleStamp of(Path article) throws IOException {
        BasicFileAttributes text = Files.readAttributes(article, BasicFileAttributes.class);
        long sidecarSize = -1;
        long sidecarModified = -1;
        try {
            BasicFileAttributes sidecar = Files.readAttributes(AnnotatedArticle.sidecarOf(article),
                    BasicFileAttributes.class);
            sidecarSize = sidecar.size();
            sidecarModified = sidecar.lastModifiedTime().to(TimeUnit.MICROSECONDS);
        } catch (NoSuchFileException e) {
            // an article nobody has annotated yet
        }
        return new ArticleStamp(text.size(), text.lastModifiedTime().to(TimeUnit.MICROSECONDS), sidecarSize,
                sidecarModified);
    }

    /** The later of the two modification times, in milliseconds. */
    public long lastModifiedMillis() {
        return Math.max(articleModified, sidecarModified) / 1000;
    }
}
