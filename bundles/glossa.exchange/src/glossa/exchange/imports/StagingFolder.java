package glossa.exchange.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A hidden folder that a new case is written into before it is renamed into place. Nothing in it is visible as a
 * case until that rename, so its files need no save-by-rename of their own: each is written once, as a new file, and
 * handed at once to a pool that forces it to the disk while the import goes on building the next ones; {@link #force}
 * waits for them and forces the folders just before the rename. One temporary file, fsync, rename and directory fsync
 * per sidecar, one after the other, was half of a large import (400 files: 4-5 s; forced eight at a time after the
 * last was written: about 1 s, on this machine's ext4; forced while the import builds, the wait mostly goes).
 */
final class StagingFolder {

    /** Files forced at once: the disk, not the processor, is the limit, so more than the cores help. */
    private static final int FORCING_THREADS = 8;

    private final Path root;
    private final Set<Path> folders = new LinkedHashSet<>();
    /** One per file written, done when it is on the disk. */
    private final List<Future<?>> forced = new ArrayList<>();
    private ExecutorService forcing;

    StagingFolder(Path root) {
        this.root = root;
        folders.add(root);
    }

    Path root() {
        return root;
    }

    /**
     * Writes a new file (its folders created as needed) and starts forcing it to the disk; {@link #force} waits for
     * that. Called by one thread at a time.
     */
    void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            for (Path p = parent; p != null && p.startsWith(root); p = p.getParent()) {
                folders.add(p); // every folder between the root and the file: its new entries are forced too
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        forced.add(pool().submit(() -> {
            forceFile(file);
            return null;
        }));
    }

    /** Waits until every file written is on the disk, then forces every folder's entries; returns when all are. */
    void force() throws IOException {
        try {
            for (Future<?> f : forced) {
                await(f);
            }
            List<Future<?>> entries = new ArrayList<>(folders.size());
            for (Path folder : folders) { // after the files: the entries then name complete files
                entries.add(pool().submit(() -> forceDirectory(folder)));
            }
            for (Future<?> f : entries) {
                await(f);
            }
        } finally {
            close();
        }
    }

    /** Stops forcing and waits for the forcing threads, so that the folder can be deleted (nothing is deleted here). */
    void close() {
        if (forcing != null) {
            forcing.shutdownNow();
            try {
                forcing.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ExecutorService pool() {
        if (forcing == null) {
            forcing = Executors.newFixedThreadPool(FORCING_THREADS, r -> {
                Thread t = new Thread(r, "glossa-import-force");
                t.setDaemon(true);
                return t;
            });
        }
        return forcing;
    }

    private static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** As glossa.core.io.FileSystemOps: a no-op where a directory cannot be opened (Windows). */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform: the rename is still atomic
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while forcing the imported case to the disk");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
