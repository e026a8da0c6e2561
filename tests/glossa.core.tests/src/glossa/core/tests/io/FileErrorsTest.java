package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.io.FileErrors;

/** The reason of a file error in words, never the bare path Java's exceptions carry as their message. */
class FileErrorsTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new AccessDeniedException("/x/a.txt"), "permission denied"),
                Arguments.of(new AccessDeniedException("/x/a.txt", null, "Permission denied"), "permission denied"),
                Arguments.of(new NoSuchFileException("/x/a.txt"), "no such file or folder"),
                Arguments.of(new NotDirectoryException("/x/a.txt"), "not a folder"),
                Arguments.of(new FileAlreadyExistsException("/x/a.txt"), "a file of that name exists"),
                Arguments.of(new DirectoryNotEmptyException("/x"), "the folder is not empty"),
                Arguments.of(new FileSystemLoopException("/x/loop"), "too many levels of symbolic links"),
                // The operating system's reason, in lower case.
                Arguments.of(new FileSystemException("/x/a.txt", null, "Is a directory"), "is a directory"),
                Arguments.of(new FileSystemException("/x/a.txt", "/y", "No space left on device"),
                        "no space left on device"),
                Arguments.of(new AtomicMoveNotSupportedException("/x", "/y", "Cross-device link"), "cross-device link"),
                // No reason: the kind of error in words, never the path that is the message.
                Arguments.of(new FileSystemException("/x/a.txt"), "file system exception"),
                Arguments.of(new FileSystemException("/x/a.txt", "/y/b.txt", null), "file system exception"),
                Arguments.of(new IOException(), "ioexception"),
                Arguments.of(new IOException("  "), "ioexception"),
                Arguments.of(new CharConversionException(), "char conversion exception"),
                Arguments.of(new IllegalStateException(""), "illegal state exception"),
                // FileInputStream's form: "PATH (REASON)".
                Arguments.of(new IOException("/x/a.txt (Is a directory)"), "is a directory"),
                Arguments.of(new IOException("/x/my file (2).txt (Permission denied)"), "permission denied"),
                Arguments.of(new IOException("x (y)"), "y"),
                // Not that form: the message as it stands.
                Arguments.of(new IOException(" (y)"), " (y)"),
                Arguments.of(new IOException("(y)"), "(y)"),
                Arguments.of(new IOException("/x/a.txt (Is a directory"), "/x/a.txt (Is a directory"),
                Arguments.of(new IOException("/x/a.txt (Is a directory) now"), "/x/a.txt (Is a directory) now"),
                Arguments.of(new IOException("Stream Closed"), "Stream Closed"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void theReasonIsSaidInWords(Throwable error, String reason) {
        assertEquals(reason, FileErrors.reason(error));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void describeNamesTheFileOnceThenTheReason(Throwable error, String reason) {
        if (error instanceof IOException io) {
            String line = FileErrors.describe("/x/a.txt", io);
            assertEquals("/x/a.txt: " + reason, line);
            if (error instanceof java.nio.file.FileSystemException) {
                assertFalse(line.substring("/x/a.txt".length()).contains("/x"), line);
            }
        }
    }
}
