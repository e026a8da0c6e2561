package glossa.exchange.imports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;
import glossa.core.io.SidecarStore;
import glossa.exchange.refiqda.ArticlePaths;
import glossa.exchange.refiqda.ProjectBuilder;

/**
 * The case folder an import creates, written while the import goes on: each article and its sidecar are written
 * into a hidden staging folder beside the target by a second thread as soon as the article is built (serialising
 * 200 sidecars was a fifth of a large import, and the builder need not wait for it). {@link #commit} writes the
 * codebook, forces everything to the disk and renames the folder into place as the last step; {@link #abandon}
 * deletes it. So a failed import leaves nothing, and the case appears whole or not at all.
 */
final class StagedCase implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final ArticlePaths paths = new ArticlePaths();
    /** Used by the writing thread only, until {@link #commit} has waited for it. */
    private final SidecarStore sidecars = new SidecarStore();
    private StagingFolder folder;
    private ExecutorService writer;
    private final List<Future<?>> written = new ArrayList<>();
    /** Articles that may still gain relations: written at {@link #commit}. */
    private final List<Runnable> deferred = new ArrayList<>();
    private boolean committed;

    StagedCase(Path target) {
        this.target = target;
        this.staging = target.resolveSibling("." + target.getFileName() + ".import-" + UUID.randomUUID());
    }

    /** Takes the next article in the project's order: its path now, its files on the writing thread. */
    void article(ProjectBuilder.Article article, boolean linked) throws IOException {
        open();
        checkWritten();
        Path file = staging.resolve(paths.next(article.name())).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("refused article path " + article.name()); // ArticlePaths prevents it
        }
        Runnable write = () -> {
            try {
                folder.write(file, article.text().getBytes(StandardCharsets.UTF_8));
                article.document().setSourcePath(file.getFileName().toString());
                folder.write(AnnotatedArticle.sidecarOf(file), sidecars.toBytes(article.document()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        if (linked) {
            deferred.add(write);
        } else {
            written.add(writer.submit(write));
        }
    }

    /**
     * Writes what is left and the case codebook, waits for the writing thread, forces everything to the disk and
     * renames the staging folder to the target: the case appears whole or not at all, and complete after a crash.
     */
    void commit(ProjectBuilder.Built built) throws IOException {
        open();
        for (Runnable write : deferred) {
            written.add(writer.submit(write));
        }
        for (Future<?> f : written) {
            await(f);
        }
        CaseCodebook codebook = CaseCodebook.load(staging);
        codebook.codebook().getTypes().clear();
        codebook.codebook().getTypes().addAll(EcoreUtil.copyAll(built.codebook()));
        if (built.projectName() != null && !built.projectName().isBlank()) {
            codebook.codebook().setName(built.projectName());
        }
        codebook.save();
        folder.force();
        if (Files.isDirectory(target)) {
            Files.delete(target); // empty, checked by the caller
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        StagingFolder.forceDirectory(target.getParent());
    }

    /** Unless committed: stops the writing thread and deletes the staging folder (best effort). */
    @Override
    public void close() {
        if (writer != null) {
            writer.shutdownNow();
            try {
                writer.awaitTermination(1, TimeUnit.MINUTES); // one file at most is being written
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (folder != null) {
            folder.close();
        }
        if (!committed && folder != null) {
            deleteTree(staging);
        }
    }

    private void open() throws IOException {
        if (folder == null) {
            Files.createDirectory(staging);
            folder = new StagingFolder(staging);
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "glossa-import-write");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Reports a failed write as soon as it is known, rather than after the whole build. */
    private void checkWritten() throws IOException {
        while (!written.isEmpty() && written.get(0).isDone()) {
            await(written.remove(0));
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the imported case");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a leftover hidden staging folder holds only copies
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
