package glossa.ui.internal.codebook;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;

/** What a type dropped onto another becomes: nested under it, merged into it, or nothing. */
@FunctionalInterface
public interface NestOrMerge {

    enum Choice {
        NEST, MERGE, CANCEL
    }

    Choice ask(Shell shell, AnnotationType dragged, AnnotationType target, int annotations);

    /** Asks the analyst, naming how many annotations a merge retypes. */
    NestOrMerge ASK = (shell, dragged, target, annotations) -> {
        MessageDialog dialog = new MessageDialog(shell, Messages.Drop_title, null,
                NLS.bind(Messages.Drop_message, new Object[] { dragged.getName(), target.getName(), annotations }),
                MessageDialog.QUESTION, 0, Messages.Drop_nest, Messages.Drop_merge,
                org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> Choice.NEST;
            case 1 -> Choice.MERGE;
            default -> Choice.CANCEL;
        };
    };
}
