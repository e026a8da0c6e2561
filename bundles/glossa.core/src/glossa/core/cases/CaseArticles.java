package glossa.core.cases;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;

/**
 * The articles of a case: every {@code *.txt} and {@code *.md} file under the case folder (hidden files and folders
 * such as {@code .metadata} skipped), loaded with their sidecars in parallel and merged with the case codebook.
 */
public final class CaseArticles {

    /** An article that could not be loaded, with the reason (it is left untouched and counted nowhere). */
    public record Problem(Path article, String message) {
    }

    /**
     * The loaded articles in path order, and the ones that failed. {@code codebookChanged}: the articles brought types
     * the case codebook did not have; {@link CaseCodebook#save} it unless the caller only reads (the command line).
     */
    public record Loaded(Path caseRoot, CaseCodebook codebook, List<AnnotatedArticle> articles, List<Problem> problems,
            boolean codebookChanged) {
    }

    private CaseArticles() {
    }

    /** True for a file Glossa treats as an article: {@code .txt} or {@code .md}, not hidden. */
    public static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".txt") || lower.endsWith(".md"));
    }

    /** The article files under {@code caseRoot}, sorted by path; symbolic links are not followed. */
    public static List<Path> find(Path caseRoot) throws IOException {
        List<Path> articles = new ArrayList<>();
        Files.walkFileTree(caseRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(caseRoot) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticle(file)) {
                    articles.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        articles.sort(Comparator.comparing(Path::toString));
        return articles;
    }

    /** Finds and loads the case's articles on {@link #defaultThreads()} threads; see {@link #load(Path, List, int, IProgressMonitor)}. */
    public static Loaded load(Path caseRoot, IProgressMonitor monitor) throws IOException {
        return load(caseRoot, find(caseRoot), defaultThreads(), monitor);
    }

    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Loads {@code articles} (sidecar, text, sections) on {@code threads} threads and merges each document with the
     * case codebook (in memory; see {@link Loaded#codebookChanged()}). Progress: one unit per
     * article. Cancellation stops the remaining loads and throws {@link OperationCanceledException}.
     *
     * @throws IOException when the case codebook exists but cannot be read
     */
    public static Loaded load(Path caseRoot, List<Path> articles, int threads, IProgressMonitor monitor)
            throws IOException {
        return load(caseRoot, articles, threads, monitor, null);
    }

    /** Receives each article as soon as it is loaded and merged, on a loader thread. */
    @FunctionalInterface
    public interface Sink {

        /** {@code index}: the article's position in the list given to {@code load}. */
        void loaded(int index, AnnotatedArticle article);
    }

    /**
     * As {@link #load(Path, List, int, IProgressMonitor)}, but hands each loaded article to {@code sink} (on the
     * loader threads) instead of keeping it: {@link Loaded#articles()} is then empty, so a caller that only
     * summarizes the articles never holds all of them in memory. A null sink keeps them as usual.
     */
    public static Loaded load(Path caseRoot, List<Path> articles, int threads, IProgressMonitor monitor, Sink sink)
            throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Loading " + articles.size() + " articles", articles.size());
        CaseCodebook codebook = CaseCodebook.load(caseRoot);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle[] loaded = new AnnotatedArticle[articles.size()];
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger caseChanges = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread thread = new Thread(r, "Glossa case loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    if (progress.isCanceled()) {
                        return;
                    }
                    Path article = articles.get(index);
                    try {
                        AnnotatedArticle annotated = store.open(article, null);
                        if (codebook.mergeInto(annotated.document()).caseChanged()) {
                            caseChanges.incrementAndGet();
                        }
                        if (sink == null) {
                            loaded[index] = annotated;
                        } else {
                            sink.loaded(index, annotated);
                        }
                    } catch (IOException | RuntimeException e) {
                        problems.add(new Problem(article, String.valueOf(e.getMessage())));
                    }
                    synchronized (progress) {
                        progress.worked(1);
                    }
                }));
            }
            for (Future<?> future : futures) {
                waitFor(future, progress, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        List<AnnotatedArticle> result = new ArrayList<>();
        for (AnnotatedArticle article : loaded) {
            if (article != null) {
                result.add(article);
            }
        }
        List<Problem> sortedProblems = new ArrayList<>(problems);
        sortedProblems.sort(Comparator.comparing(p -> p.article().toString()));
        progress.done();
        return new Loaded(caseRoot, codebook, List.copyOf(result), List.copyOf(sortedProblems),
                caseChanges.get() > 0);
    }

    private static void waitFor(Future<?> future, IProgressMonitor progress, ExecutorService pool) throws IOException {
        while (true) {
            try {
                future.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (progress.isCanceled()) {
                    pool.shutdownNow();
                    throw new OperationCanceledException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
        }
    }
}
