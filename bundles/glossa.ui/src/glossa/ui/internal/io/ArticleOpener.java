package glossa.ui.internal.io;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import glossa.ui.GlossaEditorContext;

/** Opens an article of a case in its editor from a view (Case Summary, Search) and shows a passage. */
public final class ArticleOpener {

    private ArticleOpener() {
    }

    /** The workspace file at {@code location}, or null when the workspace has none there. */
    public static IFile fileAt(Path location) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location.toUri());
        return files.length == 0 ? null : files[0];
    }

    /** Opens {@code file} in its editor; reveals [begin, end) when begin >= 0 and the editor is Glossa's. */
    public static void open(IWorkbenchPage page, IFile file, int begin, int end) throws PartInitException {
        var editor = IDE.openEditor(page, file);
        GlossaEditorContext context = editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
        if (context != null && begin >= 0) {
            context.reveal(begin, end);
        }
    }
}
