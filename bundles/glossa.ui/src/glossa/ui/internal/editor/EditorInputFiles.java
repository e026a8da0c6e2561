package glossa.ui.internal.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;

/** The local file of an editor input, and its modification stamp (how the provider notices external changes). */
final class EditorInputFiles {

    private EditorInputFiles() {
    }

    /** The local path of an editor input, or null. */
    static Path pathOf(Object element) {
        if (element instanceof IFileEditorInput file && file.getFile().getLocation() != null) {
            return file.getFile().getLocation().toPath();
        }
        if (element instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            if (uri != null && "file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        }
        if (element instanceof IPathEditorInput pathInput) {
            IPath path = pathInput.getPath();
            return path == null ? null : path.toPath();
        }
        if (element instanceof IEditorInput input) {
            IPathEditorInput adapted = input.getAdapter(IPathEditorInput.class);
            if (adapted != null && adapted != input) {
                return pathOf(adapted);
            }
        }
        return null;
    }

    /** The file's modification time in ms, -1 when it cannot be read. */
    static long stampOf(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
