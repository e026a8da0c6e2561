package glossa.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/** Relates the annotation at the caret to another one, with a kind (counters, supports, implements, …). */
public class RelateHandler extends AnnotationAtCaretHandler {

    public RelateHandler() {
        super(Messages.Relate_caret);
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
        targetDialog.setTitle(Messages.Relate_title);
        targetDialog.setMessage(NLS.bind(Messages.Relate_message, source.getQuote()));
        targetDialog.setElements(candidates.toArray());
        if (targetDialog.open() != Window.OK || targetDialog.getFirstResult() == null) {
            return;
        }
        ElementListSelectionDialog kindDialog = new ElementListSelectionDialog(editor.getSite().getShell(),
                LabelProvider.createTextProvider(kind -> Labels.relationKind((String) kind)));
        kindDialog.setTitle(Messages.Relate_kindTitle);
        kindDialog.setMessage(Messages.Relate_kindMessage);
        kindDialog.setElements(Labels.RELATION_KINDS.toArray());
        if (kindDialog.open() != Window.OK || kindDialog.getFirstResult() == null) {
            return;
        }
        context.execute(AnnotationCommands.relate(context.editingDomain(), context.article().document(), source,
                (Annotation) targetDialog.getFirstResult(), (String) kindDialog.getFirstResult()));
    }
}
