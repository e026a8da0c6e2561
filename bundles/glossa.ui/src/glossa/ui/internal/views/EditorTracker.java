package glossa.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * Follows the active Glossa editor of a workbench page, as views do: tells its listener when another Glossa editor
 * becomes active and when the last one closes (then with null). Activating a non-Glossa part keeps the current one,
 * so a view keeps showing its document while the analyst works in another view.
 */
public final class EditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<GlossaEditorContext> listener;
    private IEditorPart editor;
    private GlossaEditorContext context;

    public EditorTracker(IWorkbenchPage page, Consumer<GlossaEditorContext> listener) {
        this.page = page;
        this.listener = listener;
        page.addPartListener(this);
        follow(page.getActiveEditor());
    }

    public GlossaEditorContext context() {
        return context;
    }

    public IEditorPart editor() {
        return editor;
    }

    public void dispose() {
        page.removePartListener(this);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        follow(ref.getPart(false));
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        follow(ref.getPart(false));
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        if (editor == null) {
            follow(ref.getPart(false));
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == editor) {
            editor = null;
            context = null;
            IEditorPart next = page.getActiveEditor();
            if (!follow(next)) {
                listener.accept(null);
            }
        }
    }

    /**
     * True while the followed editor shows its text but still loads its annotations: {@link #context()} is null and
     * the listener is told again when they are there.
     */
    public boolean isLoading() {
        return context == null && editor instanceof GlossaEditor glossa && glossa.isLoadingAnnotations();
    }

    /** Switches to the part if it is a Glossa editor other than the current one; returns whether it is a Glossa editor. */
    private boolean follow(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart candidate)) {
            return false;
        }
        if (candidate instanceof GlossaEditor glossa && glossa.isLoadingAnnotations()) {
            if (candidate != editor) {
                editor = candidate;
                context = null;
                listener.accept(null);
                glossa.whenAnnotationsLoaded(() -> {
                    if (editor == glossa) {
                        follow(glossa);
                    }
                });
            }
            return true;
        }
        GlossaEditorContext candidateContext = candidate.getAdapter(GlossaEditorContext.class);
        if (candidateContext == null) {
            return false;
        }
        if (candidate != editor || candidateContext != context) {
            editor = candidate;
            context = candidateContext;
            listener.accept(candidateContext);
        }
        return true;
    }
}
