package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.CodebookView;

/** New Type…: a type at the top of the codebook (drag it to nest it). */
public class NewTypeHandler extends CodebookHandler {

    private static final String[] PALETTE = { "#B07AD9", "#F17CB0", "#B2912F", "#4D9DE0", "#E15554", "#3BB273" };

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType selected) {
        Codebook codebook = context.article().document().getCodebook();
        AnnotationType type = ask(shell, codebook);
        return type == null ? null : CodebookCommands.add(context.editingDomain(), codebook, null, type);
    }

    @Override
    protected CaseTypeChange caseChange(Shell shell, CodebookView view, Codebook codebook, AnnotationType selected) {
        AnnotationType type = ask(shell, codebook);
        return type == null ? null : CaseTypeChanges.add(view.caseProject(), type);
    }

    /** The new type, its id free in {@code codebook}, or null when the analyst cancelled. */
    private static AnnotationType ask(Shell shell, Codebook codebook) {
        InputDialog dialog = new InputDialog(shell, Messages.NewType_title, Messages.NewType_message, "",
                TypeNames.validator(codebook, null));
        if (dialog.open() != Window.OK) {
            return null;
        }
        String color = PALETTE[glossa.core.codebook.Codebooks.allTypes(codebook).size() % PALETTE.length];
        return CodebookCommands.newType(codebook, dialog.getValue(), color);
    }
}
