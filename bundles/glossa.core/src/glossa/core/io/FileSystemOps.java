package glossa.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file system steps of an atomic save, one method each so that tests can make any step fail (e.g. a crash
 * between writing the temporary file and renaming it).
 */
public interface FileSystemOps {

    FileSystemOps DEFAULT = new FileSystemOps() {
    };

    /**
     * A new empty temporary file in {@code directory}, so that the final rename stays within one file system. It is
     * created with the process's umask like any new file ({@code Files.createTempFile} would make it owner-only, and
     * a sidecar or report saved for the first time would then be hidden from the rest of a team folder).
     */
    default Path createTempFile(Path directory, String targetName) throws IOException {
        for (int attempt = 0;; attempt++) {
            long digits = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE);
            Path temp = directory.resolve("." + targetName + "." + digits + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Writes all bytes and forces them to the disk before returning. */
    default void writeAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Streams {@code content} into the file through a buffer, then forces it to the disk. Closing the stream inside
     * {@code content} only flushes it, so the data is still forced before the channel closes.
     */
    default void writeAndForce(Path file, AtomicFileWriter.Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(new FilterOutputStream(buffered) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            buffered.flush();
            channel.force(true);
        }
    }

    /** Renames {@code source} over {@code target}: atomically where the file system can, else replacing it. */
    default void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces the directory entry of a rename to the disk; a no-op where directories cannot be opened (Windows). */
    default void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported on this platform: the rename itself is still atomic.
        }
    }
}
