package glossa.ui.internal.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.ui.texteditor.IElementStateListener;

/**
 * Follows the provider's reload of an open article's text after the file changed on disk: the bridge lets go of the
 * old text before it is replaced and comes back on the new one, and the re-anchorer finds the annotations again on
 * the new text, as one undoable command.
 */
final class ReloadFollower implements IElementStateListener {

    private final GlossaEditor editor;
    /** The text before a reload replaced it: helps the re-anchoring predict where annotations went. */
    private String textBeforeReload;

    ReloadFollower(GlossaEditor editor) {
        this.editor = editor;
    }

    @Override
    public void elementContentAboutToBeReplaced(Object element) {
        AnnotationModelBridge bridge = editor.bridge();
        if (element.equals(editor.getEditorInput()) && bridge != null) {
            GlossaDocumentProvider.ArticleInfo info = GlossaEditor.documentProvider().articleInfo(editor.getEditorInput());
            textBeforeReload = info == null ? null : info.fDocument.get();
            bridge.disconnect();
        }
    }

    @Override
    public void elementContentReplaced(Object element) {
        if (element.equals(editor.getEditorInput())) {
            afterReload();
        }
    }

    @Override
    public void elementDirtyStateChanged(Object element, boolean isDirty) {
    }

    @Override
    public void elementDeleted(Object element) {
    }

    @Override
    public void elementMoved(Object originalElement, Object movedElement) {
    }

    private void afterReload() {
        GlossaDocumentProvider provider = GlossaEditor.documentProvider();
        GlossaDocumentProvider.ArticleInfo info = provider.articleInfo(editor.getEditorInput());
        AnnotationModelBridge bridge = editor.bridge();
        if (info == null || bridge == null) {
            return;
        }
        boolean wasDirty = info.domain.getCommandStack() instanceof BasicCommandStack s && s.isSaveNeeded();
        // The text was replaced wholesale: older text edits and annotation commands can no longer be undone.
        if (editor.viewer() instanceof ITextViewerExtension6 e6 && e6.getUndoManager() != null) {
            e6.getUndoManager().reset();
        }
        info.domain.getCommandStack().flush();
        bridge.connect();
        if (wasDirty) {
            // Unsaved annotation changes from before the reload are still in the document: keep them saveable.
            provider.setAnnotationsMoved(editor.getEditorInput());
        }
        // Find the annotations again on the new text (glossa.core's re-anchorer), as one undoable command.
        String oldText = textBeforeReload;
        textBeforeReload = null;
        if (!info.isReadOnly() && oldText != null && !oldText.equals(info.fDocument.get())) {
            info.article().setTextChangedSinceAnnotated(true);
            editor.startReanchoring(info, oldText);
        }
    }
}
