package glossa.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;

/** Relates the annotation at the caret to another one, with a kind (counters, supports, implements, …). */
public class RelateHandler extends AnnotationAtCaretHandler {

    public RelateHandler() {
        super("Put the caret in the annotation to relate from.");
    }

    @Override
    protected void execute(GlossaEditor editor, GlossaEditorContext context, Annotation source) {
        List<Annotation> candidates = context.article().document().getAnnotations().stream()
                .filter(a -> a != source && a.getStatus() != AnnotationStatus.ORPHANED).toList();
        ElementListSelectionDialog targetDialog = new ElementListSelectionDialog(editor.getSite().getShell(),
                new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        Annotation a = (Annotation) element;
                        return (a.getType() == null ? "?" : a.getType().getName()) + ": " + a.getQuote();
                    }
                });
        targetDialog.setTitle("Relate To");
        targetDialog.setMessage("Relate “" + source.getQuote() + "” to (type to filter):");
        targetDialog.setElements(candidates.toArray());
        if (targetDialog.open() != Window.OK || targetDialog.getFirstResult() == null) {
            return;
        }
        ElementListSelectionDialog kindDialog = new ElementListSelectionDialog(editor.getSite().getShell(),
                new LabelProvider());
        kindDialog.setTitle("Relation");
        kindDialog.setMessage("Kind of relation:");
        kindDialog.setElements(new String[] { "counters", "supports", "implements", "responds-to", "contradicts" });
        if (kindDialog.open() != Window.OK || kindDialog.getFirstResult() == null) {
            return;
        }
        context.execute(AnnotationCommands.relate(context.editingDomain(), context.article().document(), source,
                (Annotation) targetDialog.getFirstResult(), (String) kindDialog.getFirstResult()));
    }
}
