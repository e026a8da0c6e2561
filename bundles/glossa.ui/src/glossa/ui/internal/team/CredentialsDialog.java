package glossa.ui.internal.team;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import glossa.team.Credentials;

/**
 * The fields a Git transport asks for (user, password or token, a key's passphrase, yes/no), one row each, with the
 * transport's explanations above them. Secret values are typed into password fields and handed to JGit as char
 * arrays; a user and password are put into secure storage only when "Remember" is ticked.
 */
final class CredentialsDialog extends TitleAreaDialog {

    private final String title;
    private final List<String> messages;
    private final CredentialItem[] items;
    private final List<Control> inputs = new ArrayList<>();
    private Button remember;
    private Credentials remembered;

    CredentialsDialog(Shell shell, String title, List<String> messages, CredentialItem... items) {
        super(shell);
        this.title = title;
        this.messages = messages;
        this.items = items;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(messages.isEmpty() ? Messages.Prompt_message : String.join("\n", messages));
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        boolean userAndPassword = false;
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.InformationalMessage) {
                inputs.add(null);
            } else if (item instanceof CredentialItem.YesNoType) {
                new Label(fields, SWT.NONE);
                Button check = new Button(fields, SWT.CHECK);
                check.setText(item.getPromptText());
                inputs.add(check);
            } else {
                new Label(fields, SWT.NONE).setText(label(item));
                Text text = new Text(fields, SWT.BORDER | (item.isValueSecure() ? SWT.PASSWORD : SWT.NONE));
                GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
                inputs.add(text);
                userAndPassword |= item instanceof CredentialItem.Password;
            }
        }
        if (userAndPassword && has(CredentialItem.Username.class)) {
            new Label(fields, SWT.NONE);
            remember = new Button(fields, SWT.CHECK);
            remember.setText(Messages.Prompt_remember);
        }
        return area;
    }

    private static String label(CredentialItem item) {
        if (item instanceof CredentialItem.Username) {
            return Messages.Share_user;
        }
        if (item instanceof CredentialItem.Password) {
            return Messages.Share_token;
        }
        String prompt = item.getPromptText();
        return prompt.endsWith(":") ? prompt : prompt + ":";
    }

    private boolean has(Class<? extends CredentialItem> kind) {
        for (CredentialItem item : items) {
            if (kind.isInstance(item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            String user = "";
            char[] password = new char[0];
            for (int i = 0; i < items.length; i++) {
                CredentialItem item = items[i];
                Control input = inputs.get(i);
                if (input instanceof Button check && item instanceof CredentialItem.YesNoType yesNo) {
                    yesNo.setValue(check.getSelection());
                } else if (input instanceof Text text) {
                    String value = text.getText();
                    if (item instanceof CredentialItem.StringType s) {
                        s.setValue(value);
                    } else if (item instanceof CredentialItem.CharArrayType c) {
                        c.setValue(value.toCharArray());
                    } else if (item instanceof CredentialItem.Username u) {
                        u.setValue(value);
                        user = value;
                    } else if (item instanceof CredentialItem.Password p) {
                        password = value.toCharArray();
                        p.setValue(password);
                    }
                }
            }
            if (remember != null && remember.getSelection()) {
                remembered = new Credentials(user, new String(password));
            }
        }
        super.buttonPressed(buttonId);
    }

    /** The user and password to keep in secure storage, or null when "Remember" was not ticked. */
    Credentials remembered() {
        return remembered;
    }
}
