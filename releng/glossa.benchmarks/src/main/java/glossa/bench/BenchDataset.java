package glossa.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The generated article and the annotations for one size; the same in every JVM of a run (fixed seeds). */
public record BenchDataset(String text, List<AnnotationSpec> annotations) {

    /** About 1 MB in UTF-8, as the issue asks. */
    public static final int ARTICLE_BYTES = 1_000_000;
    static final long ARTICLE_SEED = 20250926L;
    static final long ANNOTATION_SEED = 8L;

    private static final Map<Integer, BenchDataset> CACHE = new ConcurrentHashMap<>();
    private static volatile String article;

    public static BenchDataset of(int annotationCount) {
        return CACHE.computeIfAbsent(annotationCount,
                n -> new BenchDataset(article(), AnnotationGenerator.generate(article(), n, ANNOTATION_SEED + n)));
    }

    public static String article() {
        String text = article;
        if (text == null) {
            article = text = ArticleGenerator.generate(SampleArticle.text(), ARTICLE_BYTES, ARTICLE_SEED);
        }
        return text;
    }

    /** Characters of memo text, summed; the heap goal is stated without them. */
    public long memoFootprintBytes() {
        return annotations.stream().filter(a -> a.memo() != null).mapToLong(a -> Footprint.ofString(a.memo())).sum();
    }
}
