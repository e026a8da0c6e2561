package glossa.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the writers of one sidecar, across threads and across processes, for the read-merge-write of a save.
 * Readers never take it.
 *
 * <p>Between processes it is an advisory lock on a hidden file beside the sidecar ({@code .article.txt.glossa.lock}),
 * taken with {@link FileChannel#tryLock}: the operating system releases it when the process ends, however it ends, so
 * a crashed writer never blocks the next one. The lock file itself is left in place (deleting it would let two
 * writers lock two different files). Within one process a {@link ReentrantLock} per sidecar does the same, since the
 * JVM allows one file lock per file. Where the lock file cannot be created (a read-only folder, a file system without
 * locks) the save goes on under the compare-and-swap alone.</p>
 */
public final class SidecarLock implements AutoCloseable {

    /** How long a writer waits for another one before it gives up with an error. */
    public static final long TIMEOUT_MILLIS = 30_000;

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private SidecarLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a sidecar. */
    public static Path lockFileOf(Path sidecar) {
        return sidecar.resolveSibling("." + sidecar.getFileName() + ".lock");
    }

    /**
     * Waits for and takes the lock of {@code sidecar}.
     *
     * @throws IOException when another writer holds it for longer than {@link #TIMEOUT_MILLIS}
     */
    public static SidecarLock acquire(Path sidecar) throws IOException {
        Path key = sidecar.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!local.tryLock(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new IOException(sidecar + ": another save of this file is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(sidecar + ": interrupted while waiting to save", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFileOf(key), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException | UnsupportedOperationException e) {
            return new SidecarLock(local, null, null);
        } catch (IOException e) {
            local.unlock();
            throw e;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        for (long pause = 1;; pause = Math.min(50, pause * 2)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                // A file system without locks: the compare-and-swap still guards the write.
                closeQuietly(channel);
                return new SidecarLock(local, null, null);
            }
            if (lock != null) {
                return new SidecarLock(local, channel, lock);
            }
            if (System.nanoTime() > deadline) {
                closeQuietly(channel);
                local.unlock();
                throw new IOException(sidecar + ": another program has been saving this file for over "
                        + TIMEOUT_MILLIS / 1000 + " s");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(channel);
                local.unlock();
                throw new IOException(sidecar + ": interrupted while waiting to save", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // Released with the channel below in any case.
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing releases the lock; nothing else to do.
            }
        }
    }
}
