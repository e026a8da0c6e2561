package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.io.AtomicFileWriter;
import glossa.core.io.FileSystemOps;

/** The streaming variant of {@link AtomicFileWriter}: all or nothing, and never a temporary file left behind. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void streamsContentLargerThanTheBufferIntoANewFile() throws IOException {
        Path target = dir.resolve("report.html");
        byte[] content = new byte[300_000]; // several times the writer's buffer
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + i / 7);
        }
        new AtomicFileWriter().write(target, out -> {
            out.write(content, 0, 1000);
            out.write(content[1000]);
            out.write(content, 1001, content.length - 1001);
        });
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old");
        boolean posix = Files.getFileStore(target).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        new AtomicFileWriter().write(target, out -> out.write("new 新".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new 新", Files.readString(target));
        if (posix) {
            assertEquals("rw-r--r--",
                    java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        }
        assertEquals(List.of(target), files());
    }

    @Test
    void aNewFileHonoursTheUmaskLikeAnyNewFileAndAGroupWritableOneStaysSo() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Assumptions.assumeTrue(Files.getFileStore(probe).supportsFileAttributeView("posix"));
        String expected = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        Path target = dir.resolve("new.txt.glossa");
        new AtomicFileWriter().write(target, "x".getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected,
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)),
                "a new sidecar gets the umask's bits (not owner-only)");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        new AtomicFileWriter().write(target, "y".getBytes(StandardCharsets.US_ASCII));
        assertEquals("rw-rw-r--",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aFailedPreconditionLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("cas.txt.glossa");
        Files.writeString(target, "theirs");
        assertThrows(AtomicFileWriter.PreconditionFailedException.class,
                () -> new AtomicFileWriter().write(target, "mine".getBytes(StandardCharsets.US_ASCII), () -> false));
        assertEquals("theirs", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aContentWriterThatClosesTheStreamStillGetsItsBytesWritten() throws IOException {
        Path target = dir.resolve("closed.txt");
        new AtomicFileWriter().write(target, out -> {
            try (OutputStream o = out) {
                o.write("first ".getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertEquals("first ", Files.readString(target));
    }

    @Test
    void cancellingHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.jsonld");
        Files.writeString(target, "previous report");
        OperationCanceledException cancel = new OperationCanceledException();
        OperationCanceledException thrown = assertThrows(OperationCanceledException.class,
                () -> new AtomicFileWriter().write(target, out -> {
                    out.write(new byte[200_000]); // already on the disk in the temporary file
                    assertEquals(2, files().size(), "the content goes to a temporary file beside the target");
                    throw cancel;
                }));
        assertSame(cancel, thrown);
        assertEquals("previous report", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void anIOExceptionOfTheContentPropagatesAndLeavesNoFileWhereNoneWas() throws IOException {
        Path target = dir.resolve("new.html");
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter().write(target, out -> {
            out.write('x');
            throw new IOException("exporter failed");
        }));
        assertEquals("exporter failed", e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }

    @Test
    void aFailedRenameKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "old");
        FileSystemOps crashing = new FileSystemOps() {
            @Override
            public void move(Path source, Path to) throws IOException {
                assertEquals("streamed", Files.readString(source), "the temporary file was complete and flushed");
                throw new IOException("simulated crash before rename");
            }
        };
        assertThrows(IOException.class, () -> new AtomicFileWriter(crashing).write(target,
                out -> out.write("streamed".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void theByteArrayVariantStillWritesThroughItsOwnStep() throws IOException {
        Path target = dir.resolve("sidecar.glossa");
        boolean[] used = { false };
        FileSystemOps spying = new FileSystemOps() {
            @Override
            public void writeAndForce(Path file, byte[] bytes) throws IOException {
                used[0] = true;
                FileSystemOps.super.writeAndForce(file, bytes);
            }
        };
        new AtomicFileWriter(spying).write(target, "abc".getBytes(StandardCharsets.US_ASCII));
        assertTrue(used[0], "tests that fail writeAndForce(byte[]) keep working");
        assertEquals("abc", Files.readString(target));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
