package glossa.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces a file's content all at once: temporary file in the same directory, write, fsync, rename over the target,
 * fsync the directory. A save that dies half way leaves the old file as it was (and at worst a hidden
 * {@code .name.*.tmp} file beside it), never a truncated or empty one. Such leftovers of an earlier, killed save of
 * the same target are removed by the next save, so they do not pile up (Glossa has one writer per file; a second
 * process saving the same file at the same moment is not supported).
 *
 * <p>Large outputs (exports) can be streamed straight into the temporary file with {@link #write(Path, Content)},
 * so they never sit in memory whole; if the content writer throws (an error, or
 * {@link org.eclipse.core.runtime.OperationCanceledException} when cancelled), the temporary file is deleted and the
 * target stays as it was.</p>
 */
public final class AtomicFileWriter {

    private final FileSystemOps ops;

    public AtomicFileWriter() {
        this(FileSystemOps.DEFAULT);
    }

    public AtomicFileWriter(FileSystemOps ops) {
        this.ops = Objects.requireNonNull(ops);
    }

    /** Writes content into an output stream; it may throw to abandon the write. */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the whole content to {@code out}. Closing {@code out} is allowed but not needed: the writer flushes
         * and forces it to the disk afterwards.
         */
        void writeTo(OutputStream out) throws IOException;
    }

    public void write(Path target, byte[] bytes) throws IOException {
        replace(target, temp -> ops.writeAndForce(temp, bytes), null);
    }

    /** Checked just before the rename; when it fails nothing is replaced. */
    @FunctionalInterface
    public interface Precondition {

        /** @return whether the target may be replaced now */
        boolean holds() throws IOException;
    }

    /** Thrown when a {@link Precondition} fails; the target is as it was and the temporary file is gone. */
    public static final class PreconditionFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        public PreconditionFailedException(Path target) {
            super(target + " changed while it was being written");
        }
    }

    /**
     * Writes {@code bytes} like {@link #write(Path, byte[])}, but renames them over the target only if
     * {@code precondition} still holds once they are on the disk.
     *
     * @throws PreconditionFailedException when it does not (the target is then untouched)
     */
    public void write(Path target, byte[] bytes, Precondition precondition) throws IOException {
        replace(target, temp -> ops.writeAndForce(temp, bytes), precondition);
    }

    /**
     * Streams {@code content} into a temporary file beside {@code target}, then renames it over the target. Whatever
     * {@code content} throws (unchecked exceptions included) propagates after the temporary file is deleted; the
     * target is then untouched.
     */
    public void write(Path target, Content content) throws IOException {
        replace(target, temp -> ops.writeAndForce(temp, content), null);
    }

    private interface TempWrite {
        void into(Path temp) throws IOException;
    }

    private void replace(Path target, TempWrite tempWrite, Precondition precondition) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path directory = file.getParent();
        removeLeftovers(directory, file.getFileName().toString());
        Path temp = ops.createTempFile(directory, file.getFileName().toString());
        try {
            tempWrite.into(temp);
            keepPermissions(file, temp);
            if (precondition != null && !precondition.holds()) {
                throw new PreconditionFailedException(file);
            }
            ops.move(temp, file);
            ops.forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The temporary files of earlier saves of {@code name} that were killed between creating and renaming them. */
    public static List<Path> leftovers(Path directory, String name) throws IOException {
        String prefix = "." + name + ".";
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> {
            String n = entry.getFileName().toString();
            // Files.createTempFile puts digits between prefix and suffix: so ".a.txt.glossa.123.tmp" is never
            // taken for a leftover of "a.txt".
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4
                    && n.substring(prefix.length(), n.length() - 4).chars().allMatch(Character::isDigit);
        })) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(entry);
                }
            }
        }
        return found;
    }

    private static void removeLeftovers(Path directory, String name) {
        try {
            for (Path leftover : leftovers(directory, name)) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // Tidying up is best effort: it must never stop the save itself.
        }
    }

    /**
     * The replaced file keeps its permission bits, and its owner and group where this process may set them (root,
     * or a group the user belongs to); a new file has the temporary file's, which honour the umask.
     */
    private static void keepPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView fromView = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            if (!Files.exists(from) || fromView == null) {
                return;
            }
            PosixFileAttributes attributes = fromView.readAttributes();
            Set<PosixFilePermission> permissions = attributes.permissions();
            PosixFileAttributeView toView = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            try {
                if (!attributes.group().equals(toView.readAttributes().group())) {
                    toView.setGroup(attributes.group());
                }
                if (!attributes.owner().equals(toView.getOwner())) {
                    toView.setOwner(attributes.owner());
                }
            } catch (IOException e) {
                // Not allowed for this process: the file becomes the saving user's, as any editor's save does.
            }
            Files.setPosixFilePermissions(to, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the content matters more than the mode bits.
        }
    }
}
