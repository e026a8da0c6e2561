package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.imports.ProjectImport;

/**
 * Where a REFI-QDA project may be imported: into a new folder or an empty one whose parent exists; never over a
 * file or into a folder that holds anything, and those are refused before the archive is read. Progress: three
 * steps (read, build, write) and done.
 */
class ProjectImportTargetTest {

    @TempDir
    Path dir;

    // Never read when the target is refused: it does not even exist.
    private Path missingArchive() {
        return dir.resolve("missing.qdpx");
    }

    @Test
    void aFileIsNoTarget() throws IOException {
        Path file = Files.writeString(dir.resolve("case"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> ProjectImport.run(missingArchive(), file, null));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aFolderThatHoldsAnythingIsNoTarget() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertThrows(DirectoryNotEmptyException.class, () -> ProjectImport.run(missingArchive(), folder, null));
        assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList());
    }

    @Test
    void aFolderWithoutItsParentIsNoTarget() {
        IOException e = assertThrows(IOException.class,
                () -> ProjectImport.run(missingArchive(), dir.resolve("no/such/case"), null));
        assertTrue(e.getMessage().endsWith("its parent folder does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void anEmptyFolderIsATargetAndProgressEnds() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case"));
        List<String> events = new ArrayList<>();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                if (events.isEmpty()) {
                    events.add("begin " + totalWork);
                }
            }

            @Override
            public void worked(int work) {
                events.add("worked " + work);
            }

            @Override
            public void done() {
                events.add("done");
            }
        };
        ProjectImport.Result result = ProjectImport.run(RefiQdaFiles.fixture("ponte/blank-atlas-project.qdpx"), folder,
                monitor);
        assertEquals(0, result.articles());
        assertEquals("begin 3", events.get(0));
        assertEquals(List.of("worked 1", "worked 1", "done"),
                events.stream().filter(e -> !e.startsWith("begin")).toList().subList(0, 3), events.toString());
        assertEquals("done", events.get(events.size() - 1));
    }
}
