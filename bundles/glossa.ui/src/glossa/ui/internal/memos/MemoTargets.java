package glossa.ui.internal.memos;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.core.sections.SectionIndex;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.MemosView;

/** What a memo command works on: the editor's document, the selected section, or the section at the caret. */
final class MemoTargets {

    private MemoTargets() {
    }

    /** The Glossa editor the command is for: the one the Memos view shows, or the active editor. */
    static GlossaEditorContext context(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof MemosView view) {
            return view.editorContext();
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor == null ? null : Adapters.adapt(editor, GlossaEditorContext.class);
    }

    /** A section selected (Outline, Memos view), else the innermost section at the active editor's caret. */
    static Section section(ExecutionEvent event, GlossaEditorContext context) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection s) {
            Object first = s.getFirstElement();
            if (first instanceof MemoRow row) {
                first = row.owner();
            }
            if (first instanceof Section section) {
                return section;
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && editor.getSite().getSelectionProvider() != null
                && editor.getSite().getSelectionProvider().getSelection() instanceof ITextSelection text) {
            return SectionIndex.of(context.article().document()).deepestAt(text.getOffset());
        }
        return null;
    }
}
