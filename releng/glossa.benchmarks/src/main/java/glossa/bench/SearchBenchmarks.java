package glossa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import glossa.core.cases.CaseArticles;
import glossa.search.CaseIndex;
import glossa.search.CaseSearch;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;
import glossa.search.SearchableArticle;

/**
 * JMH: one query on the case index against a scan of the same articles held in memory ({@link SearchCorpus}, 1,000
 * articles of 50 kB by default: {@code -Dglossa.search.articles}, {@code -Dglossa.search.kb}). Run by
 * {@code scripts/bench --only search --jmh}; {@link SearchBench} measures the index build and the same queries in
 * interleaved rounds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmarks {

    @State(Scope.Benchmark)
    public static class Case {

        @Param({ "量子封锁令", "算力许可证", "\"export controls\"", "政策" })
        public String query;

        Path root;
        CaseIndex index;
        List<SearchableArticle> articles;
        SearchQuery searchQuery;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            root = Files.createTempDirectory("glossa-search-bench");
            SearchCorpus.write(root, Integer.getInteger("glossa.search.articles", 1000),
                    Integer.getInteger("glossa.search.kb", 50) * 1000, 19);
            index = CaseIndex.open(root);
            index.refresh(null);
            List<SearchableArticle> loaded = Collections.synchronizedList(new ArrayList<>());
            CaseArticles.load(root, CaseArticles.find(root), CaseArticles.defaultThreads(), null,
                    (i, a) -> loaded.add(SearchableArticle.of(root, a)));
            articles = loaded;
            searchQuery = SearchQuery.plain(query);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            index.close();
            try (var walk = Files.walk(root)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Benchmark
    public List<SearchHit> index(Case c) throws IOException {
        return c.index.search(c.searchQuery, SearchFilter.ALL).hits();
    }

    @Benchmark
    public List<SearchHit> scanInMemory(Case c) {
        return CaseSearch.scan(c.articles, c.searchQuery, SearchFilter.ALL);
    }
}
