package glossa.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces a file's content all at once: temporary file in the same directory, write, fsync, rename over the target,
 * fsync the directory. A save that dies half way leaves the old file as it was (and at worst a hidden
 * {@code .name.*.tmp} file beside it), never a truncated or empty one.
 */
public final class AtomicFileWriter {

    private final FileSystemOps ops;

    public AtomicFileWriter() {
        this(FileSystemOps.DEFAULT);
    }

    public AtomicFileWriter(FileSystemOps ops) {
        this.ops = Objects.requireNonNull(ops);
    }

    public void write(Path target, byte[] bytes) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path directory = file.getParent();
        Path temp = ops.createTempFile(directory, file.getFileName().toString());
        try {
            ops.writeAndForce(temp, bytes);
            keepPermissions(file, temp);
            ops.move(temp, file);
            ops.forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file is created owner-only; the replaced file keeps the permissions it had. */
    private static void keepPermissions(Path from, Path to) {
        try {
            if (Files.exists(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
                Files.setPosixFilePermissions(to, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the content matters more than the mode bits.
        }
    }
}
