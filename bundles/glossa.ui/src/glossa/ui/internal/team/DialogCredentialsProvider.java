package glossa.ui.internal.team;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import glossa.team.Credentials;
import glossa.ui.GlossaUiPlugin;

/**
 * Asks the analyst what a Git transport needs and the stored credentials do not give: a user and password or token,
 * an SSH key's passphrase, whether to trust an unknown (or changed) SSH host key. Called from a job's thread; the
 * dialogs open on the UI thread ({@link Display#syncExec}) while the job waits. A user and password entered here are
 * kept in secure storage only when the analyst ticks "Remember"; otherwise they last for this one operation.
 */
public final class DialogCredentialsProvider extends CredentialsProvider {

    private final Display display;
    private final String remoteUrl;

    public DialogCredentialsProvider(Display display, String remoteUrl) {
        this.display = display;
        this.remoteUrl = remoteUrl;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.InformationalMessage || item instanceof CredentialItem.YesNoType
                    || item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType
                    || item instanceof CredentialItem.Username || item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        if (display.isDisposed() || !supports(items)) {
            return false;
        }
        boolean[] answered = new boolean[1];
        if (Display.getCurrent() == display) {
            answered[0] = ask(uri, items);
        } else {
            display.syncExec(() -> answered[0] = ask(uri, items));
        }
        return answered[0];
    }

    private boolean ask(URIish uri, CredentialItem... items) {
        Shell shell = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getModalDialogShellProvider().getShell() : display.getActiveShell();
        String title = NLS.bind(Messages.Prompt_title, uri == null ? remoteUrl : uri.getHost() == null
                ? uri.toString() : uri.getHost());
        List<String> messages = new ArrayList<>();
        List<CredentialItem.YesNoType> questions = new ArrayList<>();
        boolean needsInput = false;
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.InformationalMessage) {
                messages.add(item.getPromptText());
            } else if (item instanceof CredentialItem.YesNoType yesNo) {
                questions.add(yesNo);
            } else {
                needsInput = true;
            }
        }
        if (!needsInput) {
            return askQuestions(shell, title, String.join("\n", messages), questions);
        }
        CredentialsDialog dialog = new CredentialsDialog(shell, title, messages, items);
        if (dialog.open() != Window.OK) {
            return false;
        }
        Credentials remembered = dialog.remembered();
        if (remembered != null) {
            try {
                TeamSettings.saveCredentials(remoteUrl, remembered);
            } catch (org.eclipse.equinox.security.storage.StorageException e) {
                GlossaUiPlugin.getDefault().getLog().error(e.getMessage(), e);
            }
        }
        return true;
    }

    /** Yes/no questions one after the other (JGit asks "accept?" then "store?"); a No answers the rest No. */
    private static boolean askQuestions(Shell shell, String title, String message,
            List<CredentialItem.YesNoType> questions) {
        if (questions.isEmpty()) {
            MessageDialog.openWarning(shell, title, message);
            return true;
        }
        boolean yes = true;
        for (CredentialItem.YesNoType question : questions) {
            yes = yes && MessageDialog.openQuestion(shell, title,
                    (message.isEmpty() ? "" : message + "\n\n") + question.getPromptText());
            question.setValue(yes);
        }
        return true;
    }
}
