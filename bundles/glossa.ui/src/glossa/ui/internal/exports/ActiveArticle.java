package glossa.ui.internal.exports;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import glossa.ui.GlossaEditorContext;

/** The context of the workbench's active Glossa editor, for wizards started from File &gt; Import/Export. */
public final class ActiveArticle {

    private ActiveArticle() {
    }

    public static GlossaEditorContext of(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        return editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
    }
}
