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

/**
 * A hidden folder that a new case is written into before it is renamed into place. Nothing in it is visible as a
 * case until that rename, so its files need no save-by-rename of their own: each is written once, as a new file, and
 * {@link #force} makes them all durable together just before the rename, with several files forced at once. One
 * temporary file, fsync, rename and directory fsync per sidecar, one after the other, was half of a large import
 * (400 files: 4-5 s; written first and forced eight at a time: about 1 s, on this machine's ext4).
 */
final class StagingFolder {

    /** Files forced at once: the disk, not the processor, is the limit, so more than the cores help. */
    private static final int FORCING_THREADS = 8;

    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final Set<Path> folders = new LinkedHashSet<>();

    StagingFolder(Path root) {
        this.root = root;
        folders.add(root);
    }

    Path root() {
        return root;
    }

    /** Writes a new file (its folders created as needed); it is forced to the disk by {@link #force}. */
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
        files.add(file);
    }

    /** Forces every file written and every folder's entries to the disk; returns when all are there. */
    void force() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(FORCING_THREADS, r -> {
            Thread t = new Thread(r, "glossa-import-force");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>(files.size() + folders.size());
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    forceFile(file);
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                await(f);
            }
            for (Path folder : folders) {
                forceDirectory(folder); // after the files: the entries then name complete files
            }
        } finally {
            pool.shutdownNow();
        }
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
