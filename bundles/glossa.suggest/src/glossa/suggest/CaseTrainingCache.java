package glossa.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.ArticleStamp;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseSummaries;
import glossa.core.io.ArticleStore;

/**
 * The analyst's decisions in the saved articles of one case, for the learning recommender: each article's confirmed
 * and rejected annotations with its text and sections, read headlessly from its sidecar. Does I/O: call it from a
 * background job, never from the UI thread.
 *
 * <p>Cost: each {@link #gather} walks the case folder and stats every article (as the Case Summary's cache does), and
 * reads again only the articles whose text or sidecar changed ({@link ArticleStamp}: size and modification time) since
 * it last read them; an article without a sidecar is never read. Only articles with decisions are kept, on copies of
 * their sections (the loaded document is dropped). A file modified within {@link CaseSummaries#RACY_MILLIS} before it
 * was read is read again next time, since a second change in the same timestamp tick, keeping the size, would
 * otherwise go unseen. An unreadable article is left out, reported, and tried again once its files change.</p>
 *
 * <p>Types match by id: the articles of a case share one codebook, so no codebook is merged here.</p>
 */
public final class CaseTrainingCache {

    /**
     * The decisions of the other articles of the case ({@code articles}, in path order, only those with decisions),
     * the articles that could not be read, and how many articles with a sidecar this gathering read and how many it
     * took unchanged from the cache (articles without a sidecar count in neither).
     */
    public record Gathered(List<TrainingArticle> articles, List<CaseArticles.Problem> problems, int read, int reused) {
    }

    /** What was read of one article: the stamp it was read at, its decisions (or null), or why it could not be read. */
    private record Entry(ArticleStamp stamp, boolean trusted, TrainingArticle decisions, String problem) {
    }

    private final Path caseRoot;
    private final Map<Path, Entry> entries = new HashMap<>();

    public CaseTrainingCache(Path caseRoot) {
        this.caseRoot = caseRoot.toAbsolutePath().normalize();
    }

    public Path caseRoot() {
        return caseRoot;
    }

    /**
     * The open article's decisions ({@code open}) first, then those of every other saved article of the case;
     * {@code openArticle} (its file, or null) is left out of the others, since the open document is newer than its
     * sidecar.
     *
     * @throws IOException when the case folder cannot be walked
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public TrainingSet trainingSet(TrainingArticle open, Path openArticle, IProgressMonitor monitor) throws IOException {
        List<TrainingArticle> articles = new ArrayList<>();
        articles.add(open);
        articles.addAll(gather(openArticle, monitor).articles());
        return new TrainingSet(articles);
    }

    /**
     * Reads what changed since the last call and returns the decisions of every article of the case but
     * {@code exclude} (may be null). One gathering at a time per cache.
     */
    public synchronized Gathered gather(Path exclude, IProgressMonitor monitor) throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<Path> found = CaseArticles.find(caseRoot);
        entries.keySet().retainAll(found.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        ArticleStore store = null;
        List<TrainingArticle> articles = new ArrayList<>();
        List<CaseArticles.Problem> problems = new ArrayList<>();
        int read = 0;
        int reused = 0;
        for (Path file : found) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Path article = file.toAbsolutePath().normalize();
            if (article.equals(excluded)) {
                continue;
            }
            ArticleStamp stamp;
            try {
                stamp = ArticleStamp.of(article);
            } catch (IOException e) {
                entries.remove(article); // vanished since the walk
                continue;
            }
            Entry entry = entries.get(article);
            if (entry != null && entry.trusted() && entry.stamp().equals(stamp)) {
                if (stamp.sidecarSize() >= 0) {
                    reused++;
                }
            } else if (stamp.sidecarSize() < 0) {
                entry = new Entry(stamp, true, null, null); // nobody has annotated it: nothing to read
                entries.put(article, entry);
            } else {
                if (store == null) {
                    store = new ArticleStore();
                }
                entry = read(store, article, stamp);
                entries.put(article, entry);
                read++;
            }
            if (entry.problem() != null) {
                problems.add(new CaseArticles.Problem(article, entry.problem()));
            } else if (entry.decisions() != null) {
                articles.add(entry.decisions());
            }
        }
        return new Gathered(List.copyOf(articles), List.copyOf(problems), read, reused);
    }

    private static Entry read(ArticleStore store, Path article, ArticleStamp stamp) {
        long readAt = System.currentTimeMillis();
        boolean trusted = stamp.lastModifiedMillis() + CaseSummaries.RACY_MILLIS <= readAt;
        try {
            AnnotatedArticle loaded = store.open(article, null);
            TrainingArticle decisions = TrainingArticle.detached(loaded.document(), loaded.text());
            return new Entry(stamp, trusted, decisions.spans().isEmpty() ? null : decisions, null);
        } catch (IOException | RuntimeException e) {
            return new Entry(stamp, trusted, null, String.valueOf(e.getMessage()));
        }
    }
}
