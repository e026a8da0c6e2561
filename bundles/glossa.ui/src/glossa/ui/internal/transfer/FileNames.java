package glossa.ui.internal.transfer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Text;

/** The target and source file fields of the transfer wizards. */
final class FileNames {

    private FileNames() {
    }

    /** A chosen format gives the file name in {@code field} its extension (an empty field stays empty). */
    static void followExtension(Text field, String extension) {
        String name = field.getText().strip();
        if (!name.isEmpty()) {
            int dot = name.lastIndexOf('.');
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            String stem = dot > slash ? name.substring(0, dot) : name;
            field.setText(stem + "." + extension); //$NON-NLS-1$
        }
    }

    /** The field's file, or null when it is empty or not a whole path. */
    static Path absolute(Text field) {
        String name = field == null ? "" : field.getText().strip(); //$NON-NLS-1$
        try {
            Path path = name.isEmpty() ? null : Path.of(name);
            return path != null && path.isAbsolute() && path.getFileName() != null ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
