package glossa.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The reason of a file error in words. Java's {@link FileSystemException}s carry only the path as their message
 * ("/x/a.txt" for a permission error), so a message built from {@code getMessage()} names the file twice and says
 * nothing; this names the reason and leaves naming the file to the caller.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** E.g. "permission denied", "no such file or folder", "is a directory"; never just a path. */
    public static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT); // "Is a directory", "No space left on device", ...
        }
        String message = e.getMessage();
        // A FileSystemException without a reason has only its paths as its message: say what kind of error it is.
        if (message == null || message.isBlank() || e instanceof FileSystemException) {
            return e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }
        // "/x/a.txt (Is a directory)", as FileInputStream says it: keep the reason.
        int paren = message.lastIndexOf(" (");
        if (message.endsWith(")") && paren > 0) {
            return message.substring(paren + 2, message.length() - 1).toLowerCase(Locale.ROOT);
        }
        return message;
    }

    /** {@code "FILE: reason"} for one-line error messages. */
    public static String describe(Object file, IOException e) {
        return file + ": " + reason(e);
    }
}
