package glossa.ui.internal.suggest;

import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;

import glossa.ui.internal.editor.GlossaEditor;

/**
 * Activates the context {@value #CONTEXT_ID} while the caret of an editor is on a suggestion, so that Enter, Delete and
 * Ctrl+1/2/3 act on the suggestion there and nowhere else (elsewhere they type, delete and annotate as usual). Checked
 * after caret moves and annotation model changes (accept, reject, undo), coalesced into one check per UI turn so that
 * typing pays nothing extra per keystroke.
 */
public final class SuggestionKeys {

    public static final String CONTEXT_ID = "glossa.ui.suggestionContext";

    private final GlossaEditor editor;
    private final IContextService contexts;
    private IContextActivation activation;
    private boolean checkScheduled;
    private StyledText widget;
    private IAnnotationModel model;

    private final CaretListener caretListener = e -> scheduleCheck();
    private final IAnnotationModelListener modelListener = m -> scheduleCheck();

    public SuggestionKeys(GlossaEditor editor) {
        this.editor = editor;
        this.contexts = editor.getSite().getService(IContextService.class);
    }

    public void install() {
        widget = editor.viewer().getTextWidget();
        widget.addCaretListener(caretListener);
        model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        if (model != null) {
            model.addAnnotationModelListener(modelListener);
        }
    }

    /** Re-reads the caret now (handlers call this after a decision). */
    public void check() {
        checkScheduled = false;
        if (widget == null || widget.isDisposed() || contexts == null) {
            return;
        }
        boolean onSuggestion = SuggestionAtCaret.find(editor) != null;
        if (onSuggestion && activation == null) {
            activation = contexts.activateContext(CONTEXT_ID);
        } else if (!onSuggestion && activation != null) {
            contexts.deactivateContext(activation);
            activation = null;
        }
    }

    private void scheduleCheck() {
        if (!checkScheduled && widget != null && !widget.isDisposed()) {
            checkScheduled = true;
            widget.getDisplay().asyncExec(this::check);
        }
    }

    public void dispose() {
        if (widget != null && !widget.isDisposed()) {
            widget.removeCaretListener(caretListener);
        }
        if (model != null) {
            model.removeAnnotationModelListener(modelListener);
        }
        if (activation != null && contexts != null) {
            contexts.deactivateContext(activation);
        }
        activation = null;
        widget = null;
    }
}
