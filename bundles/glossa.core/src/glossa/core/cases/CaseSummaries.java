package glossa.core.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Opens a case from its {@link CaseSummaryCache summary cache}: {@link #open} finds the articles, reads the cache and
 * keeps the summaries whose {@link ArticleStamp stamp} still matches the files (milliseconds, no sidecar parsed);
 * {@link #refresh} then loads only the stale or missing articles, hands each new summary over as it comes, and
 * returns the complete list for {@link CaseSummaryCache#write}.
 *
 * <p>A summary is trusted only when its stamp equals the files' and the files were last modified at least
 * {@link #RACY_MILLIS} before the cache was written: a file changed twice within the file system's timestamp
 * resolution, keeping its size, would otherwise look unchanged (git's "racily clean" problem).</p>
 */
public final class CaseSummaries {

    /** Files modified this close before the cache was written are re-read on the next open. */
    public static final long RACY_MILLIS = 2_000;

    /**
     * A case as the cache knows it: the articles found, in path order, their stamps as of {@link #open}, and per
     * article the cached summary, or null when it must be (re)loaded.
     */
    public record Snapshot(Path caseRoot, CaseCodebook codebook, List<Path> articles, List<ArticleStamp> stamps,
            List<ArticleSummary> summaries, String cacheProblem, int rejectedEntries) {

        public Snapshot {
            articles = List.copyOf(articles);
            stamps = Collections.unmodifiableList(new ArrayList<>(stamps));
            summaries = Collections.unmodifiableList(new ArrayList<>(summaries));
        }

        /** The articles whose summary must be loaded, in path order. */
        public List<Path> stale() {
            List<Path> stale = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (summaries.get(i) == null) {
                    stale.add(articles.get(i));
                }
            }
            return stale;
        }
    }

    /** Loads articles for their summaries; {@link CaseArticles#load} on several threads, or a test's counting one. */
    @FunctionalInterface
    public interface Loader {

        CaseArticles.Loaded load(Path caseRoot, List<Path> articles, IProgressMonitor monitor, CaseArticles.Sink sink)
                throws IOException;
    }

    /** The default loader: {@link CaseArticles#defaultThreads()} threads, articles not kept. */
    public static final Loader PARALLEL = (root, articles, monitor, sink) -> CaseArticles.load(root, articles,
            CaseArticles.defaultThreads(), monitor, sink);

    /** Called, on a loader thread, with each summary as it is computed: its index in {@link Snapshot#articles()}. */
    @FunctionalInterface
    public interface Listener {

        void summarized(int index, ArticleSummary summary);
    }

    /**
     * The complete result: a summary per article of the snapshot (null for one that could not be read, listed in
     * {@code problems}), the articles that were loaded, and the case codebook after merging them.
     */
    public record Refreshed(List<Path> articles, List<ArticleSummary> summaries, List<Path> reloaded,
            List<CaseArticles.Problem> problems, CaseCodebook codebook, boolean codebookChanged) {

        /** The summaries to write to the cache (the readable articles). */
        public List<ArticleSummary> cacheable() {
            return summaries.stream().filter(Objects::nonNull).toList();
        }
    }

    private CaseSummaries() {
    }

    /** '/'-separated name of {@code article} relative to {@code caseRoot}. */
    public static String relativeName(Path caseRoot, Path article) {
        Path relative = caseRoot.relativize(article);
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(part.toString());
        }
        return String.join("/", parts);
    }

    /**
     * Finds the case's articles, loads the case codebook and reads {@code cacheFile} (which may be missing or bad:
     * then every article is stale). Fast: one directory walk and two {@code stat}s per article.
     *
     * @throws IOException when the folder cannot be walked or the case codebook exists but cannot be read
     */
    public static Snapshot open(Path caseRoot, Path cacheFile) throws IOException {
        List<Path> articles = CaseArticles.find(caseRoot);
        CaseCodebook codebook = CaseCodebook.load(caseRoot);
        CaseSummaryCache.Contents cache = cacheFile == null ? CaseSummaryCache.Contents.EMPTY
                : CaseSummaryCache.read(cacheFile);
        return snapshot(caseRoot, codebook, articles, cache);
    }

    /** Matches cached summaries to the articles found: by relative name, fresh stamp only. */
    static Snapshot snapshot(Path caseRoot, CaseCodebook codebook, List<Path> articles, CaseSummaryCache.Contents cache) {
        Map<String, ArticleSummary> cached = cache.summaries();
        List<ArticleStamp> stamps = new ArrayList<>(articles.size());
        List<ArticleSummary> summaries = new ArrayList<>(articles.size());
        for (Path article : articles) {
            ArticleStamp stamp;
            try {
                stamp = ArticleStamp.of(article);
            } catch (IOException e) {
                stamp = null; // vanished meanwhile: the load reports it
            }
            stamps.add(stamp);
            ArticleSummary summary = cached.get(relativeName(caseRoot, article));
            boolean fresh = summary != null && stamp != null && summary.stamp().equals(stamp)
                    && stamp.lastModifiedMillis() + RACY_MILLIS <= cache.writtenAtMillis();
            summaries.add(fresh ? summary : null);
        }
        return new Snapshot(caseRoot, codebook, articles, stamps, summaries, cache.problem(), cache.rejected());
    }

    /**
     * Loads the {@link Snapshot#stale() stale} articles with {@code loader} and summarizes them (each handed to
     * {@code listener} as it comes, which may be null); fresh summaries are kept as they are. The stamp of a loaded
     * article is the one taken before loading it, so a change during the load shows as stale next time.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     * @throws IOException when the case codebook cannot be read
     */
    public static Refreshed refresh(Snapshot snapshot, Loader loader, IProgressMonitor monitor, Listener listener)
            throws IOException {
        List<Path> articles = snapshot.articles();
        ArticleSummary[] summaries = snapshot.summaries().toArray(ArticleSummary[]::new);
        List<Integer> staleIndexes = new ArrayList<>();
        for (int i = 0; i < summaries.length; i++) {
            if (summaries[i] == null) {
                staleIndexes.add(i);
            }
        }
        if (staleIndexes.isEmpty()) {
            return new Refreshed(articles, List.of(summaries), List.of(), List.of(), snapshot.codebook(), false);
        }
        List<Path> stale = staleIndexes.stream().map(articles::get).toList();
        CaseArticles.Loaded loaded = loader.load(snapshot.caseRoot(), stale, monitor, (k, article) -> {
            int index = staleIndexes.get(k);
            ArticleStamp stamp = snapshot.stamps().get(index);
            if (stamp == null) {
                // It could not be stat'ed at open but loaded now: stamp it now (a later change still shows).
                try {
                    stamp = ArticleStamp.of(articles.get(index));
                } catch (IOException e) {
                    return;
                }
            }
            ArticleSummary summary = ArticleSummary.of(article, relativeName(snapshot.caseRoot(), articles.get(index)),
                    stamp);
            summaries[index] = summary;
            if (listener != null) {
                listener.summarized(index, summary);
            }
        });
        return new Refreshed(articles, Collections.unmodifiableList(Arrays.asList(summaries)), stale,
                loaded.problems(), loaded.codebook(), loaded.codebookChanged());
    }
}
