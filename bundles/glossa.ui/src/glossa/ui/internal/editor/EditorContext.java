package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.SavedFilters;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.EmfCommandOperation;

/** The {@link GlossaEditorContext} of one open editor. */
final class EditorContext implements GlossaEditorContext {

    private final GlossaEditor editor;
    private final GlossaDocumentProvider.ArticleInfo info;
    private final AnnotationModelBridge bridge;
    private final IUndoContext undoContext;
    private final List<Runnable> filterListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> reanchorListeners = new CopyOnWriteArrayList<>();
    private ReanchorReport lastReanchoring;
    private boolean textStale;
    private final IDocumentListener staleText = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            textStale = true;
        }
    };

    EditorContext(GlossaEditor editor, GlossaDocumentProvider.ArticleInfo info, AnnotationModelBridge bridge,
            IUndoContext undoContext) {
        this.editor = editor;
        this.info = info;
        this.bridge = bridge;
        this.undoContext = undoContext;
        info.fDocument.addDocumentListener(staleText);
        // The filter remembered with the document is already the bridge's: GlossaEditor builds the bridge with it.
    }

    void dispose() {
        info.fDocument.removeDocumentListener(staleText);
    }

    /** The article, its text brought up to date with the editor's (copied only after a change). */
    @Override
    public AnnotatedArticle article() {
        if (textStale) {
            textStale = false;
            info.article().setArticleText(info.article().articleText().withText(info.fDocument.get()));
        }
        return info.article();
    }

    @Override
    public EditingDomain editingDomain() {
        return info.domain;
    }

    @Override
    public boolean execute(Command command) {
        if (!isEditable() || command == null || !command.canExecute()) {
            return false;
        }
        // Close the text edit being typed, so that typing after this change is a separate undo step.
        IDocumentUndoManager textUndo = DocumentUndoManagerRegistry.getDocumentUndoManager(info.fDocument);
        if (textUndo != null) {
            textUndo.commit();
        }
        IOperationHistory history = OperationHistoryFactory.getOperationHistory();
        try {
            IStatus status = history.execute(
                    new EmfCommandOperation(info.domain.getCommandStack(), command, undoContext, bridge::flush), null,
                    null);
            return status.isOK();
        } catch (ExecutionException e) {
            ILog.of(getClass()).error("Could not " + command.getLabel(), e);
            return false;
        }
    }

    @Override
    public IUndoContext undoContext() {
        return undoContext;
    }

    @Override
    public boolean isEditable() {
        return !info.isReadOnly() && editor.isEditable();
    }

    @Override
    public AnnotationFilter filter() {
        return bridge.filter();
    }

    @Override
    public void setFilter(AnnotationFilter filter) {
        bridge.setFilter(filter);
        SavedFilters.remember(article().document(), filter);
        filterListeners.forEach(Runnable::run);
    }

    @Override
    public void addFilterListener(Runnable listener) {
        filterListeners.add(listener);
    }

    @Override
    public void removeFilterListener(Runnable listener) {
        filterListeners.remove(listener);
    }

    @Override
    public List<Annotation> annotationsAt(int offset) {
        List<Annotation> at = new ArrayList<>();
        for (GlossaAnnotation g : bridge.visibleAt(offset)) {
            at.add(g.model());
        }
        return at;
    }

    @Override
    public void reveal(Annotation annotation) {
        if (annotation.getStatus() == AnnotationStatus.ORPHANED) {
            editor.selectAndReveal(annotation.getBegin(), 0);
        } else {
            reveal(annotation.getBegin(), annotation.getEnd());
        }
    }

    @Override
    public void reveal(int begin, int end) {
        editor.selectAndReveal(begin, Math.max(0, end - begin));
    }

    @Override
    public ReanchorReport lastReanchoring() {
        return lastReanchoring;
    }

    void reanchored(ReanchorReport report) {
        lastReanchoring = report;
        reanchorListeners.forEach(Runnable::run);
    }

    @Override
    public void addReanchorListener(Runnable listener) {
        reanchorListeners.add(listener);
    }

    @Override
    public void removeReanchorListener(Runnable listener) {
        reanchorListeners.remove(listener);
    }

    /** Whether the text or the annotations changed since {@code stamp} (see {@link #stamp()}). */
    boolean changedSince(Object[] stamp) {
        Object[] now = stamp();
        return !java.util.Arrays.equals(stamp, now);
    }

    /** The text's modification stamp and the last command: what a background re-anchoring must not miss. */
    Object[] stamp() {
        long textStamp = info.fDocument instanceof org.eclipse.jface.text.IDocumentExtension4 d4
                ? d4.getModificationStamp() : -1;
        return new Object[] { textStamp, info.domain.getCommandStack().getMostRecentCommand(),
                info.domain.getCommandStack().getUndoCommand() };
    }

    AnnotationModelBridge bridge() {
        return bridge;
    }
}
