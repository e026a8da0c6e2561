package glossa.ui.internal.handlers;

import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/** Annotates the editor's selection, snapped to code points and trimmed of whitespace. */
final class Annotating {

    private Annotating() {
    }

    /** Returns the new annotation, or null when the selection holds no text (the status line says why). */
    static Annotation annotateSelection(GlossaEditor editor, GlossaEditorContext context, AnnotationType type,
            AnnotationType newType) {
        if (!context.isEditable()) {
            EditorHandlers.status(editor, Messages.Annotate_readOnly);
            return null;
        }
        int[] range = editor.selectedRange();
        String text = context.article().text();
        Annotation annotation;
        try {
            annotation = AnnotationFactory.create(text, type, range[0], range[1], EditorHandlers.author());
        } catch (IllegalArgumentException e) {
            EditorHandlers.status(editor, Messages.Annotate_selectText);
            return null;
        }
        Command command = newType == null ? AnnotationCommands.add(context.editingDomain(), context.article().document(), annotation)
                : AnnotationCommands.addTypeAndAnnotate(context.editingDomain(), context.article().document(), newType,
                        annotation);
        if (!context.execute(command)) {
            return null;
        }
        // Caret to the start, selection cleared: the new highlight shows at once and the caret is inside it.
        editor.selectAndReveal(annotation.getBegin(), 0);
        EditorHandlers.status(editor, NLS.bind(Messages.Annotate_done, type.getName()));
        return annotation;
    }
}
