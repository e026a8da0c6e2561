package glossa.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import glossa.core.io.SidecarException;

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
        MessageDialog dialog = new MessageDialog(shell, "Annotations cannot be read", null,
                "The annotations of " + article.getFileName() + " cannot be read:\n\n" + problem.getMessage()
                        + "\n\nGlossa will not overwrite that file. You can keep it aside (renamed) and start with no "
                        + "annotations, or open the article read-only.",
                MessageDialog.ERROR, 0, "&Keep It Aside and Start Fresh", "Open &Read-Only", "&Cancel");
        return switch (dialog.open()) {
            case 0 -> Choice.SET_ASIDE;
            case 1 -> Choice.READ_ONLY;
            default -> Choice.CANCEL;
        };
    };
}
