package glossa.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
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
        removeLeftovers(directory, file.getFileName().toString());
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
