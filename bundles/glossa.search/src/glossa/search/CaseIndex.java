package glossa.search;

import java.io.Closeable;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.cases.ArticleStamp;
import glossa.core.cases.CaseArticles;
import glossa.search.internal.CaseStamps;
import glossa.search.internal.HeldReader;
import glossa.search.internal.StoredArticle;

/**
 * The case's search index, a Lucene index in {@value #FOLDER} beside the articles: one document per article with the
 * article's terms ({@link IndexTerms}), its text, sections and coded spans. {@link #refresh} brings it up to date,
 * re-reading only articles whose size or modification time (or their sidecar's) changed; {@link #search} asks Lucene
 * which articles hold every term of the query and runs the {@link TextMatcher} on their stored text, so the hits are
 * the scan's hits, with the same offsets.
 *
 * <p>The folder is Glossa's own: it is ignored by Git (glossa.team) and skipped by the case's article search (a hidden
 * folder). A damaged index or one of another format is rebuilt, never trusted.</p>
 */
public final class CaseIndex implements Closeable {

    public static final String FOLDER = ".glossa-index";
    /** Bumped whenever what the index stores changes: an index of another version is rebuilt. */
    static final String FORMAT = "glossa-search-2"; // 2: the article's date
    private static final String FORMAT_KEY = "glossa.format";
    /** Lucene refuses queries of more than 1024 clauses; a long pasted sentence needs far fewer to be selective. */
    private static final int MAX_CLAUSES = 256;
    /** Fewer chosen articles are matched on one thread: the rare word's ten articles take less than a fork. */
    private static final int PARALLEL_FROM = 32;

    /** What a refresh did. */
    public record Refresh(int added, int updated, int removed, int unchanged, long bytesIndexed,
            List<CaseArticles.Problem> problems) {
    }

    private final Path caseRoot;
    private final Directory directory;
    /** The reader of the latest commit, kept between refreshes and searches while this index is open. */
    private final HeldReader held;
    private static SoftReference<Map<String, ReadArticle>> articleCache = new SoftReference<>(null);

    private CaseIndex(Path caseRoot) throws IOException {
        this.caseRoot = caseRoot.toAbsolutePath().normalize();
        Path folder = this.caseRoot.resolve(FOLDER);
        Files.createDirectories(folder);
        // NIOFS rather than the default memory-mapped directory: small, portable, and nothing left mapped on Windows.
        this.directory = new NIOFSDirectory(folder);
        this.held = new HeldReader(directory, FORMAT_KEY);
    }

    /** Opens (creating the folder if needed) the index of {@code caseRoot}; {@link #refresh} before searching. */
    public static CaseIndex open(Path caseRoot) throws IOException {
        return new CaseIndex(caseRoot);
    }

    /** True when the case has an index folder (it may still be stale). */
    public static boolean exists(Path caseRoot) {
        return Files.isDirectory(caseRoot.resolve(FOLDER));
    }

    public Path caseRoot() {
        return caseRoot;
    }

    /**
     * Brings the index up to date with the case's articles: new and changed ones are loaded (in parallel) and
     * indexed, removed ones dropped. Articles that cannot be read are reported and left out of the index. When
     * nothing changed it costs one walk of the case folder and a look at the latest commit's id: the reader and the
     * indexed stamps are kept while this index is open, and no writer is opened. Keep one {@code CaseIndex} open
     * across searches to pay only that.
     */
    public Refresh refresh(IProgressMonitor monitor) throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        CaseStamps onDisk = CaseStamps.walk(caseRoot);
        Map<String, String> current = onDisk.stamps();
        Map<String, String> indexed = indexedStamps();
        boolean rebuild = indexed == null;
        List<Path> changed = new ArrayList<>();
        int unchanged = 0;
        for (Path article : onDisk.articles()) {
            String relative = SearchableArticle.relative(caseRoot, article);
            if (!rebuild && current.get(relative).equals(indexed.get(relative))) {
                unchanged++;
            } else {
                changed.add(article);
            }
        }
        List<String> removed = rebuild ? List.of()
                : indexed.keySet().stream().filter(p -> !current.containsKey(p)).sorted().toList();
        if (!rebuild && changed.isEmpty() && removed.isEmpty()) {
            return new Refresh(0, 0, 0, unchanged, 0, List.of()); // no writer, no commit: nothing to do
        }
        if (rebuild) {
            held.drop();
            discardUnreadable();
        }
        IndexWriterConfig config = new IndexWriterConfig();
        config.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        AtomicInteger added = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        long[] bytes = new long[1];
        List<CaseArticles.Problem> problems;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String path : removed) {
                writer.deleteDocuments(new Term(StoredArticle.PATH, path));
            }
            List<IOException> failures = Collections.synchronizedList(new ArrayList<>());
            CaseArticles.Loaded loaded = CaseArticles.load(caseRoot, changed, CaseArticles.defaultThreads(), progress,
                    (index, article) -> {
                        SearchableArticle searchable = SearchableArticle.of(caseRoot, article);
                        try {
                            Document document = StoredArticle.toDocument(searchable, current.get(searchable.path()));
                            writer.updateDocument(new Term(StoredArticle.PATH, searchable.path()), document);
                        } catch (IOException e) {
                            failures.add(e);
                            return;
                        }
                        synchronized (bytes) {
                            bytes[0] += (long) searchable.text().length() * 2;
                        }
                        (indexed != null && indexed.containsKey(searchable.path()) ? updated : added)
                                .incrementAndGet();
                    });
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            problems = loaded.problems();
            for (CaseArticles.Problem problem : problems) {
                // An article that can no longer be read must not be found with its old text.
                writer.deleteDocuments(new Term(StoredArticle.PATH, SearchableArticle.relative(caseRoot,
                        problem.article())));
            }
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
        }
        return new Refresh(added.get(), updated.get(), removed.size(), unchanged, bytes[0], problems);
    }

    /** Size and modification time of the article and its sidecar: what decides that an article must be re-read. */
    static String stamp(Path article) throws IOException {
        return CaseStamps.stamp(ArticleStamp.of(article));
    }

    /**
     * The stamps of the indexed articles by path, or null when there is no committed index of this format (a
     * damaged or foreign one counts as none: it will be rebuilt).
     */
    private Map<String, String> indexedStamps() {
        HeldReader.Snapshot snapshot = null;
        try {
            snapshot = held.acquire();
            return snapshot == null || !FORMAT.equals(snapshot.format()) ? null : snapshot.stamps();
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            release(snapshot);
        }
    }

    private void release(HeldReader.Snapshot snapshot) {
        try {
            held.release(snapshot);
        } catch (IOException e) {
            // closing a reader of a commit already replaced: nothing is lost
        }
    }

    /**
     * Deletes the files of an index that cannot be read (damaged, or another format): Lucene would read its last
     * commit even to overwrite it. The folder is Glossa's own; another writer's lock is left alone.
     */
    private void discardUnreadable() throws IOException {
        for (String file : directory.listAll()) {
            if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
                directory.deleteFile(file);
            }
        }
    }

    /**
     * Searches the index as it is (call {@link #refresh} first for current results). Hits in article path order,
     * then text order.
     *
     * @throws IOException when there is no readable index
     */
    public CaseSearch.Result search(SearchQuery query, SearchFilter filter) throws IOException {
        TextMatcher matcher = new TextMatcher(query);
        HeldReader.Snapshot snapshot = held.acquire();
        try {
            if (snapshot == null) {
                throw new IOException("no search index in " + caseRoot.resolve(FOLDER) + "; build it with refresh");
            }
            if (!FORMAT.equals(snapshot.format())) {
                throw new IOException("the search index in " + caseRoot.resolve(FOLDER) + " is of another version; "
                        + "refresh rebuilds it");
            }
            List<SearchableArticle> chosen = chosen(snapshot.reader(), query, filter);
            chosen.sort(Comparator.comparing(SearchableArticle::path));
            List<SearchHit> hits = new ArrayList<>();
            // Articles are matched in parallel when there are enough of them to pay for it; the order stays.
            (chosen.size() >= PARALLEL_FROM ? chosen.parallelStream() : chosen.stream())
                    .map(article -> Kwic.hits(article, matcher, filter)).toList().forEach(hits::addAll);
            return new CaseSearch.Result(hits, List.of(), chosen.size(), true);
        } finally {
            release(snapshot);
        }
    }

    /**
     * The articles that hold the query's required terms and pass the article filter, read back from the stored
     * fields or, when this version of the article was read before, from memory. Path and stamp come from the doc
     * values, read leaf by leaf in doc order with one iterator each: opening them per article was most of a search
     * that the matcher answers in a few milliseconds.
     */
    private List<SearchableArticle> chosen(DirectoryReader reader, SearchQuery query, SearchFilter filter)
            throws IOException {
        SearchFilter.ArticleMatcher articles = filter.articles();
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(searcher.rewrite(candidates(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Map<String, ReadArticle> read = readArticles();
        String casePrefix = caseRoot.toString() + '\n';
        List<SearchableArticle> chosen = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            BinaryDocValues paths = DocValues.getBinary(leaf.reader(), StoredArticle.PATH);
            BinaryDocValues stamps = DocValues.getBinary(leaf.reader(), StoredArticle.STAMP);
            StoredFields stored = leaf.reader().storedFields();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String path = paths.advanceExact(doc) ? paths.binaryValue().utf8ToString() : "";
                if (filter.articleGlob() != null && !articles.matches(path)) {
                    continue;
                }
                // Path and stamp name the article's version: its stored text is read once per version.
                String key = casePrefix + path;
                String stamp = stamps.advanceExact(doc) ? stamps.binaryValue().utf8ToString() : "";
                ReadArticle known = read.get(key);
                SearchableArticle article;
                if (known != null && known.stamp().equals(stamp)) {
                    article = known.article();
                } else {
                    article = StoredArticle.fromDocument(stored.document(doc));
                    read.put(key, new ReadArticle(stamp, article));
                }
                chosen.add(article);
            }
        }
        return chosen;
    }

    /** An article as read back from the stored fields, and the stamp of the version read. */
    private record ReadArticle(String stamp, SearchableArticle article) {
    }

    /**
     * The articles read back from the stored fields of any case's index in this process, by case folder and path
     * (one version each). Decompressing and decoding the stored text was most of a search for a word found in every
     * article; the next search of the same case, through this index or a new one, reuses them. Softly held: the
     * collector drops them (about twice the case's text) when memory runs short.
     */
    private static synchronized Map<String, ReadArticle> readArticles() {
        Map<String, ReadArticle> read = articleCache.get();
        if (read == null) {
            read = new java.util.concurrent.ConcurrentHashMap<>();
            articleCache = new SoftReference<>(read);
        }
        return read;
    }

    /** Articles that hold every required term; all articles when the query requires none. */
    static Query candidates(SearchQuery query) {
        Set<String> required = IndexTerms.required(query);
        if (required.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : required) {
            if (++clauses > MAX_CLAUSES) {
                break; // fewer terms choose more articles, never fewer: the scan still finds exactly the hits
            }
            all.add(new TermQuery(new Term(StoredArticle.TERMS, term)), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    @Override
    public void close() throws IOException {
        try {
            held.close();
        } finally {
            directory.close();
        }
    }
}
