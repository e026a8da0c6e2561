package glossa.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import glossa.core.io.SidecarException;
import glossa.ui.internal.nls.Messages;

/** What to do when an article's sidecar cannot be read. The broken sidecar is never written over either way. */
public interface BrokenSidecarPolicy {

    enum Choice {
        /** Rename the broken sidecar to {@code …glossa.broken-<time>} and start a fresh, savable document. */
        SET_ASIDE,
        /** Open the text without annotations; nothing can be saved, so the sidecar stays as it is. */
        READ_ONLY,
        /** Do not open the article. */
        CANCEL
    }

    Choice decide(Path article, SidecarException problem);

    /** Asks the analyst in a dialog naming the file, line and column of the problem. */
    BrokenSidecarPolicy ASK = (article, problem) -> {
        Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        MessageDialog dialog = new MessageDialog(shell, Messages.BrokenSidecar_title, null,
                NLS.bind(Messages.BrokenSidecar_message, article.getFileName(), problem.getMessage()),
                MessageDialog.ERROR, 0, Messages.BrokenSidecar_setAside, Messages.BrokenSidecar_readOnly,
                Messages.Button_cancel);
        return switch (dialog.open()) {
            case 0 -> Choice.SET_ASIDE;
            case 1 -> Choice.READ_ONLY;
            default -> Choice.CANCEL;
        };
    };
}
