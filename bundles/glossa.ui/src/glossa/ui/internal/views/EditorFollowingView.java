package glossa.ui.internal.views;

import org.eclipse.ui.part.ViewPart;

import glossa.ui.GlossaEditorContext;

/**
 * A view that shows the document of the active Glossa editor: it follows the editor as the analyst switches, and
 * listens to that document's filter and model changes while it shows it. Subclasses draw; this class keeps the
 * listeners on exactly one document at a time and removes them when the view closes.
 */
public abstract class EditorFollowingView extends ViewPart {

    private EditorTracker tracker;
    private GlossaEditorContext context;
    private Runnable unsubscribe;
    private final Runnable filterListener = this::filterChanged;

    /** Starts following the active editor; call at the end of {@code createPartControl}. */
    protected final void followActiveEditor() {
        tracker = new EditorTracker(getSite().getPage(), this::show);
        if (context == null) {
            show(null);
        }
    }

    /** Shows the document of another editor, or nothing. */
    public final void show(GlossaEditorContext newContext) {
        if (newContext == context && newContext != null) {
            return;
        }
        stopListening();
        context = newContext;
        if (context != null) {
            context.addFilterListener(filterListener);
            unsubscribe = DocumentWatcher.subscribe(context.article().document(), this::documentChanged);
        }
        contextChanged();
    }

    /** The editor whose document is shown, or null. */
    protected final GlossaEditorContext context() {
        return context;
    }

    /** True while the active editor shows its text but its annotations are still loading ({@link #context()} is null). */
    protected final boolean annotationsLoading() {
        return tracker != null && tracker.isLoading();
    }

    /** The shown editor changed (to {@link #context()}, maybe null): show its document from scratch. */
    protected abstract void contextChanged();

    /** The shown document's filter changed. */
    protected abstract void filterChanged();

    /** The shown document's model changed. */
    protected abstract void documentChanged(DocumentChanges changes);

    private void stopListening() {
        if (context != null) {
            context.removeFilterListener(filterListener);
            unsubscribe.run();
            unsubscribe = null;
            context = null;
        }
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        stopListening();
        super.dispose();
    }
}
