package glossa.ui.internal.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Tells the {@link AnnotationModelBridge} which text is visible, so that the annotations there are in the JFace
 * model: when the viewer reports a scroll (scroll bars, keys, reveal), when it is resized, after text changes (once
 * the change is complete, on the next UI turn: a change can move the visible text without scrolling), and, as a
 * safety net, after any paint of the text: the viewer does not report every scroll (e.g. one done by the widget
 * itself during an undo), but everything that becomes visible is painted. The bridge answers quickly when the
 * visible text is still well inside what its model covers.
 */
final class VisibleTextFollower implements IViewportListener, Listener, IDocumentListener {

    private final ITextViewer viewer;
    private final IDocument document;
    private final AnnotationModelBridge bridge;
    private boolean changing;
    private boolean scheduled;
    private boolean installed;

    VisibleTextFollower(ITextViewer viewer, IDocument document, AnnotationModelBridge bridge) {
        this.viewer = viewer;
        this.document = document;
        this.bridge = bridge;
    }

    /** Reports the visible text now (call before connecting the bridge) and starts following it. */
    void install() {
        report();
        viewer.addViewportListener(this);
        viewer.getTextWidget().addListener(SWT.Resize, this);
        viewer.getTextWidget().addListener(SWT.Paint, this);
        document.addDocumentListener(this);
        installed = true;
    }

    void uninstall() {
        if (!installed) {
            return;
        }
        installed = false;
        viewer.removeViewportListener(this);
        StyledText widget = viewer.getTextWidget();
        if (widget != null && !widget.isDisposed()) {
            widget.removeListener(SWT.Resize, this);
            widget.removeListener(SWT.Paint, this);
        }
        document.removeDocumentListener(this);
    }

    @Override
    public void viewportChanged(int verticalOffset) {
        if (changing) {
            later(); // the text is being changed: let the change (and the bridge's write-back) finish first
        } else {
            report();
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (event.type == SWT.Paint) {
            later(); // not while painting: a model change repaints
        } else {
            report();
        }
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        changing = true;
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        changing = false;
        later();
    }

    private void later() {
        StyledText widget = viewer.getTextWidget();
        if (scheduled || widget == null || widget.isDisposed()) {
            return;
        }
        scheduled = true;
        widget.getDisplay().asyncExec(() -> {
            scheduled = false;
            if (installed) {
                report();
            }
        });
    }

    private void report() {
        StyledText widget = viewer.getTextWidget();
        if (widget == null || widget.isDisposed()) {
            return;
        }
        bridge.showRange(viewer.getTopIndexStartOffset(), viewer.getBottomIndexEndOffset());
    }
}
