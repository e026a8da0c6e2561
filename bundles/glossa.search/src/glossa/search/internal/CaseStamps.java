package glossa.search.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.ArticleStamp;
import glossa.core.cases.CaseArticles;
import glossa.search.SearchableArticle;

/**
 * The case's articles and the stamp of each (size and modification time of the article and of its sidecar, as
 * {@link ArticleStamp}), from one walk of the case folder: the walk hands over every file's attributes, sidecars'
 * included, where stat-ing each article and its sidecar afterwards cost two more system calls per article.
 *
 * @param articles the article files, sorted by path, as {@link CaseArticles#find}
 * @param stamps   the stamp of each article by its path relative to the case folder
 */
public record CaseStamps(List<Path> articles, Map<String, String> stamps) {

    /** Walks {@code caseRoot} (absolute and normalised) as {@link CaseArticles#find} does. */
    public static CaseStamps walk(Path caseRoot) throws IOException {
        List<Path> articles = new ArrayList<>();
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        Files.walkFileTree(caseRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(caseRoot) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && CaseArticles.isArticle(file)) {
                    articles.add(file);
                    attributes.put(file, attrs);
                } else if (file.getFileName().toString().endsWith(AnnotatedArticle.SIDECAR_SUFFIX)) {
                    attributes.put(file, attrs);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        articles.sort(Comparator.comparing(Path::toString));
        Map<String, String> stamps = new HashMap<>();
        for (Path article : articles) {
            BasicFileAttributes text = attributes.get(article);
            BasicFileAttributes sidecar = attributes.get(AnnotatedArticle.sidecarOf(article));
            String stamp;
            if (sidecar == null) {
                stamp = stamp(text.size(), micros(text), -1, -1);
            } else if (sidecar.isRegularFile()) {
                stamp = stamp(text.size(), micros(text), sidecar.size(), micros(sidecar));
            } else {
                stamp = stamp(ArticleStamp.of(article)); // a linked sidecar: its target's attributes, as loading reads it
            }
            stamps.put(SearchableArticle.relative(caseRoot, article), stamp);
        }
        return new CaseStamps(List.copyOf(articles), stamps);
    }

    /** The stamp as the index stores it. */
    public static String stamp(ArticleStamp stamp) {
        return stamp(stamp.articleSize(), stamp.articleModified(), stamp.sidecarSize(), stamp.sidecarModified());
    }

    private static String stamp(long articleSize, long articleModified, long sidecarSize, long sidecarModified) {
        return articleSize + ":" + articleModified + ":" + sidecarSize + ":" + sidecarModified;
    }

    private static long micros(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }
}
