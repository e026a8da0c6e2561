package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.services.IEvaluationService;

import glossa.ui.internal.nls.Messages;

/**
 * The editor's side of a background annotation load (a large sidecar, see
 * {@link GlossaDocumentProvider#backgroundSidecarBytes}): while it runs the text is shown read-only, the editor's tab
 * shows it busy and the status line says so; when it ends the editor becomes editable and is bound to the annotations
 * (or closes, if they could not be read), and whoever waited for them is told.
 */
final class AnnotationLoadWait {

    private final GlossaEditor editor;
    /** The info whose annotations are loading in the background, or null. */
    private GlossaDocumentProvider.ArticleInfo loading;
    private final List<Runnable> listeners = new ArrayList<>();

    AnnotationLoadWait(GlossaEditor editor) {
        this.editor = editor;
    }

    /** The text is there, the annotations are not: say so, show the load's progress, and wait for it. */
    void start(GlossaDocumentProvider.ArticleInfo info) {
        loading = info;
        IWorkbenchSiteProgressService progress = editor.getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.showBusyForFamily(AnnotationLoadJob.FAMILY);
        }
        editor.statusLine(Messages.Editor_loading);
        editor.titleChanged();
        info.whenLoaded(this::loaded);
    }

    /** True while the annotations are read in the background. */
    boolean isLoading() {
        return loading != null;
    }

    /** Runs {@code listener} once (on the UI thread) when the annotations are installed; at once if they are. */
    void whenLoaded(Runnable listener) {
        if (loading == null) {
            listener.run();
        } else {
            listeners.add(listener);
        }
    }

    /** The editor let go of its input: a load that ends later is not for it. */
    void cancel() {
        loading = null;
        listeners.clear();
    }

    /** From the provider, on the UI thread, when the background load ended. */
    private void loaded(GlossaDocumentProvider.ArticleInfo info) {
        if (loading != info || !editor.hasViewer()) {
            return; // closed or switched to another input meanwhile
        }
        loading = null;
        editor.statusLine(null);
        editor.titleChanged();
        if (info.loadFailure() != null) {
            // As when the open itself fails: the article is not opened.
            IStatus failure = info.loadFailure();
            Shell shell = editor.getSite().getShell();
            editor.getSite().getPage().closeEditor(editor, false);
            if (failure.getSeverity() != IStatus.CANCEL) {
                // Not modal: this runs from the event loop, and the analyst may go on with other articles.
                ErrorDialog dialog = new ErrorDialog(shell, Messages.Editor_cannotOpen, null, failure,
                        IStatus.ERROR | IStatus.WARNING);
                dialog.setBlockOnOpen(false);
                dialog.open();
            }
            return;
        }
        editor.annotationsInstalled(info);
        offerOutlineAgain();
        IEvaluationService evaluation = editor.getSite().getService(IEvaluationService.class);
        if (evaluation != null) {
            evaluation.requestEvaluation(EditorStateTester.ANNOTATIONS_LOADED);
        }
        List<Runnable> waiting = List.copyOf(listeners);
        listeners.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * The Outline view asked this editor for a page while the annotations were loading and got none; the view only
     * asks again when the editor is activated, so tell it the (active) editor is there now.
     */
    private void offerOutlineAgain() {
        IWorkbenchPage page = editor.getSite().getPage();
        if (page.getActiveEditor() == editor && page.findView(IPageLayout.ID_OUTLINE) instanceof PageBookView outline) {
            outline.partActivated(editor);
        }
    }
}
