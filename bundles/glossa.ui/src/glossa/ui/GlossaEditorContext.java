package glossa.ui;

import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;

/**
 * What an open Glossa editor offers to the views, the handlers and the export wizard. Obtain it with
 * {@code editor.getAdapter(GlossaEditorContext.class)}. There is one per open article: one EMF document, one editing
 * domain (whose command stack is the undo history of every annotation change) and one filter.
 *
 * <p>To follow changes of annotations, add an EMF adapter (e.g. an {@code EContentAdapter}) to
 * {@code article().document()}; remove it when done. While the text is edited, the editor writes new begin/end
 * offsets into the annotations and sections after every keystroke: those an edit merely shifted are written without
 * a notification each and announced by one {@link OffsetsMoved} on the document; an annotation the edit touched is
 * notified as usual (and set to status ORPHANED when its text is deleted). Listeners should batch their own
 * refreshes. All calls are on the UI thread.</p>
 */
public interface GlossaEditorContext {

    /** The article with its text as currently in the editor and its EMF document. */
    AnnotatedArticle article();

    /** Every change to the document goes through a command on this domain's command stack. */
    EditingDomain editingDomain();

    /**
     * Executes a command so that it joins the editor's undo history (Edit &gt; Undo, Ctrl+Z) in order with the text
     * edits. Views must use this rather than {@code editingDomain().getCommandStack().execute(…)}, which would
     * bypass the workbench history. Returns false when the command could not run (e.g. the editor is read-only).
     */
    boolean execute(Command command);

    /** The editor's undo context (text edits and annotation changes). */
    IUndoContext undoContext();

    /** False when the article was opened read-only (e.g. because its sidecar could not be read). */
    boolean isEditable();

    /** The filter in force for this document; the editor, the views and the export all use it. */
    AnnotationFilter filter();

    /** Sets the filter in force, remembers it with the document (saved in its sidecar), updates highlights and notifies listeners. */
    void setFilter(AnnotationFilter filter);

    void addFilterListener(Runnable listener);

    void removeFilterListener(Runnable listener);

    /** The visible (filter-passing, not orphaned) annotations that contain {@code offset}, innermost last. */
    List<Annotation> annotationsAt(int offset);

    /** Selects and reveals the annotation's text in the editor. */
    void reveal(Annotation annotation);

    /** Selects and reveals a range of the text in the editor. */
    void reveal(int begin, int end);

    /**
     * The editor's last re-anchoring (when the article was opened after its text changed, or reloaded after a change
     * on disk), already applied as one undoable command; null when there was none. Its results keep the old quotes.
     */
    default ReanchorReport lastReanchoring() {
        return null;
    }

    /** Called on the UI thread after a re-anchoring was applied. */
    default void addReanchorListener(Runnable listener) {
    }

    default void removeReanchorListener(Runnable listener) {
    }
}
