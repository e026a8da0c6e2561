package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.core.io.AtomicFileWriter;

/**
 * Which hidden files are leftovers of a killed save of a file (and so removed by its next save), and what a save
 * through a symbolic link replaces.
 */
class AtomicFileWriterRulesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            // a file in the folder, a leftover of a save of a.txt?
            ".a.txt.1.tmp, true",
            ".a.txt.123456789012345.tmp, true",
            ".a.txt.tmp, false", // no digits
            ".a.txt..tmp, false",
            ".a.txt.12x.tmp, false",
            ".a.txt.-1.tmp, false",
            ".a.txt.123.tmpx, false",
            ".a.txt.123.TMP, false",
            "a.txt.123.tmp, false", // not hidden
            ".a.txt123.tmp, false",
            ".a.txt.glossa.123.tmp, false", // a leftover of a.txt.glossa, not of a.txt
            ".b.txt.123.tmp, false",
            ".A.txt.123.tmp, false",
            "a.txt, false",
            ".a.txt.lock, false" })
    void aLeftoverIsTheHiddenTemporaryFileOfASaveOfThatName(String name, boolean leftover) throws IOException {
        Files.writeString(dir.resolve(name), "x");
        assertEquals(leftover ? List.of(dir.resolve(name)) : List.of(), AtomicFileWriter.leftovers(dir, "a.txt"));
    }

    @Test
    void onlyRegularFilesAreLeftovers() throws IOException {
        Path target = Files.writeString(dir.resolve("elsewhere.txt"), "keep");
        Files.createDirectory(dir.resolve(".a.txt.1.tmp"));
        Files.createSymbolicLink(dir.resolve(".a.txt.2.tmp"), target);
        Files.writeString(dir.resolve(".a.txt.3.tmp"), "x");
        assertEquals(List.of(dir.resolve(".a.txt.3.tmp")), AtomicFileWriter.leftovers(dir, "a.txt"));
        new AtomicFileWriter().write(dir.resolve("a.txt"), "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("keep", Files.readString(target), "a link is never followed into another file");
        assertTrue(Files.isDirectory(dir.resolve(".a.txt.1.tmp")));
        assertTrue(Files.isSymbolicLink(dir.resolve(".a.txt.2.tmp")));
    }

    @Test
    void aSaveRemovesTheLeftoversOfItsOwnFileOnly() throws IOException {
        for (String name : new String[] { ".a.txt.11.tmp", ".a.txt.22.tmp", ".b.txt.33.tmp", ".a.txt.glossa.44.tmp",
                "a.txt.55.tmp" }) {
            Files.writeString(dir.resolve(name), "half a save");
        }
        new AtomicFileWriter().write(dir.resolve("a.txt"), "saved".getBytes(StandardCharsets.UTF_8));
        assertEquals("saved", Files.readString(dir.resolve("a.txt")));
        assertEquals(new TreeSet<>(Set.of("a.txt", ".b.txt.33.tmp", ".a.txt.glossa.44.tmp", "a.txt.55.tmp")), names());
        new AtomicFileWriter().write(dir.resolve("a.txt.glossa"), out -> out.write('x'));
        assertEquals(new TreeSet<>(Set.of("a.txt", "a.txt.glossa", ".b.txt.33.tmp", "a.txt.55.tmp")), names());
    }

    @Test
    void aSaveThroughASymbolicLinkReplacesTheFileItPointsToAndKeepsTheLink() throws IOException {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path real = Files.writeString(realDir.resolve("notes.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        new AtomicFileWriter().write(link, "new 新".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals("new 新", Files.readString(real));
        assertEquals(Set.of("notes.txt"), names(realDir), "the temporary file was made beside the real file, and is gone");
        assertEquals(new TreeSet<>(Set.of("real", "link.txt")), names());
    }

    @Test
    void aPreconditionThatHoldsLetsTheSaveThroughAndOneThatThrowsStopsIt() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old");
        AtomicFileWriter writer = new AtomicFileWriter();
        writer.write(target, "new".getBytes(StandardCharsets.UTF_8), () -> true);
        assertEquals("new", Files.readString(target));
        IOException e = assertThrows(IOException.class,
                () -> writer.write(target, "newer".getBytes(StandardCharsets.UTF_8), () -> {
                    throw new IOException("cannot tell");
                }));
        assertEquals("cannot tell", e.getMessage());
        assertEquals("new", Files.readString(target));
        assertEquals(Set.of("a.txt"), names());
    }

    @Test
    void aFailedPreconditionSaysWhichFileChanged() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old");
        AtomicFileWriter.PreconditionFailedException e = assertThrows(
                AtomicFileWriter.PreconditionFailedException.class,
                () -> new AtomicFileWriter().write(target, "new".getBytes(StandardCharsets.UTF_8), () -> false));
        assertEquals(target.toAbsolutePath() + " changed while it was being written", e.getMessage());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void aReplacedFileKeepsItsOwnerAndGroupWhereThisProcessMaySetThem() throws IOException {
        Path target = Files.writeString(dir.resolve("shared.txt"), "old");
        java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(target,
                java.nio.file.attribute.PosixFileAttributeView.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(view != null, "no POSIX attributes here");
        java.nio.file.attribute.UserPrincipalLookupService users = target.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.UserPrincipal nobody;
        java.nio.file.attribute.GroupPrincipal nogroup;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            nogroup = users.lookupPrincipalByGroupName(Files.exists(Path.of("/etc/group"))
                    && Files.readString(Path.of("/etc/group")).contains("\nnogroup:") ? "nogroup" : "nobody");
            view.setOwner(nobody);
            view.setGroup(nogroup);
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("cannot give a file away here (not root): " + e);
            return;
        }
        new AtomicFileWriter().write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        java.nio.file.attribute.PosixFileAttributes after = Files.readAttributes(target,
                java.nio.file.attribute.PosixFileAttributes.class);
        assertEquals(nobody, after.owner(), "the owner stays, as root may set it");
        assertEquals(nogroup, after.group());
    }

    private Set<String> names() throws IOException {
        return names(dir);
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
