package glossa.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.cases.CaseArticles;

/**
 * Case-wide search: with the case's {@link CaseIndex} (refreshed first), or by loading and scanning every article.
 * Both give the same hits in the same order (article path, then text order).
 */
public final class CaseSearch {

    /**
     * @param hits             the hits, article path order then text order
     * @param problems         articles that could not be read (a scan reports them; the index left them out)
     * @param articlesSearched how many articles the matcher looked at
     * @param indexed          whether the index chose the articles
     */
    public record Result(List<SearchHit> hits, List<CaseArticles.Problem> problems, int articlesSearched,
            boolean indexed) {
    }

    private CaseSearch() {
    }

    /**
     * Refreshes the case's index and searches it; problems of the refresh are reported with the hits. While another
     * process is writing the index (its lock is taken), the case is scanned instead: the same hits, only slower.
     */
    public static Result indexed(Path caseRoot, SearchQuery query, SearchFilter filter, IProgressMonitor monitor)
            throws IOException {
        new TextMatcher(query); // a bad query fails before any work
        try (CaseIndex index = CaseIndex.open(caseRoot)) {
            return indexed(index, query, filter, monitor);
        }
    }

    /**
     * As {@link #indexed(Path, SearchQuery, SearchFilter, IProgressMonitor)} on an index the caller keeps open: a
     * search after an unchanged case then reuses the index's reader, and its refresh only walks the case folder.
     */
    public static Result indexed(CaseIndex index, SearchQuery query, SearchFilter filter, IProgressMonitor monitor)
            throws IOException {
        new TextMatcher(query);
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        try {
            CaseIndex.Refresh refresh = index.refresh(progress.split(9));
            Result result = index.search(query, filter);
            progress.worked(1);
            return new Result(result.hits(), refresh.problems(), result.articlesSearched(), true);
        } catch (LockObtainFailedException e) {
            return scan(index.caseRoot(), query, filter, progress.split(1));
        }
    }

    /** Loads every article of the case (no index) and scans it. */
    public static Result scan(Path caseRoot, SearchQuery query, SearchFilter filter, IProgressMonitor monitor)
            throws IOException {
        TextMatcher matcher = new TextMatcher(query);
        Path root = caseRoot.toAbsolutePath().normalize();
        SearchFilter.ArticleMatcher articles = filter.articles();
        List<Path> chosen = new ArrayList<>();
        for (Path article : CaseArticles.find(root)) {
            if (articles.matches(SearchableArticle.relative(root, article))) {
                chosen.add(article);
            }
        }
        List<List<SearchHit>> perArticle = new ArrayList<>(Collections.nCopies(chosen.size(), List.of()));
        CaseArticles.Loaded loaded = CaseArticles.load(root, chosen, CaseArticles.defaultThreads(), monitor,
                (index, article) -> perArticle.set(index,
                        Kwic.hits(SearchableArticle.of(root, article), matcher, filter)));
        List<SearchHit> hits = new ArrayList<>();
        perArticle.forEach(hits::addAll);
        return new Result(hits, loaded.problems(), chosen.size() - loaded.problems().size(), false);
    }

    /** Scans articles already in memory (the benchmark's peer of the index, and what a view holds). */
    public static List<SearchHit> scan(List<SearchableArticle> articles, SearchQuery query, SearchFilter filter) {
        TextMatcher matcher = new TextMatcher(query);
        SearchFilter.ArticleMatcher matches = filter.articles();
        List<SearchableArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(SearchableArticle::path));
        List<SearchHit> hits = new ArrayList<>();
        for (SearchableArticle article : sorted) {
            if (matches.matches(article.path())) {
                hits.addAll(Kwic.hits(article, matcher, filter));
            }
        }
        return hits;
    }
}
