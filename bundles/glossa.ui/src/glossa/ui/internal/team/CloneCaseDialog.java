package glossa.ui.internal.team;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import glossa.team.Credentials;

/**
 * Clone Case…: the remote URL, the new case's name and folder (the workspace's by default), and optionally an HTTPS
 * user and token. The name follows the URL's last segment and the folder the name, until the analyst types their own.
 */
public final class CloneCaseDialog extends TitleAreaDialog {

    private Text url;
    private Text name;
    private Text folder;
    private Text user;
    private Text token;
    private boolean nameTyped;
    private boolean folderTyped;
    private boolean filling;
    private String chosenUrl = "";
    private String chosenName = "";
    private Path chosenFolder;
    private Credentials credentials = Credentials.NONE;

    public CloneCaseDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Clone_title);
        setMessage(Messages.Clone_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        url = field(fields, Messages.Clone_url, SWT.BORDER, 2);
        name = field(fields, Messages.Clone_name, SWT.BORDER, 2);
        folder = field(fields, Messages.Clone_folder, SWT.BORDER, 1);
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText(Messages.Clone_browse);
        browse.addListener(SWT.Selection, e -> browse());
        user = field(fields, Messages.Share_user, SWT.BORDER, 2);
        token = field(fields, Messages.Share_token, SWT.BORDER | SWT.PASSWORD, 2);
        new Label(fields, SWT.NONE);
        Label secure = new Label(fields, SWT.WRAP);
        secure.setText(Messages.Clone_secure);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(secure);
        url.addListener(SWT.Modify, e -> urlChanged());
        name.addListener(SWT.Modify, e -> {
            nameTyped |= !filling;
            nameChanged();
        });
        folder.addListener(SWT.Modify, e -> {
            folderTyped |= !filling;
            validate();
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
        setErrorMessage(null); // an empty form is not an error yet; OK stays disabled
    }

    private static Text field(Composite parent, String label, int style, int span) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    private void urlChanged() {
        if (!nameTyped) {
            fill(name, suggestedName(url.getText().strip()));
        }
        validate();
    }

    private void nameChanged() {
        if (!folderTyped && !name.getText().isBlank()) {
            fill(folder, workspaceRoot().getLocation().append(name.getText().strip()).toOSString());
        }
        validate();
    }

    private void fill(Text text, String value) {
        filling = true;
        try {
            text.setText(value);
        } finally {
            filling = false;
        }
    }

    /** The last segment of the URL without ".git": ssh://host/team/export-controls.git gives export-controls. */
    static String suggestedName(String remote) {
        try {
            String humanish = new URIish(remote).getHumanishName();
            return humanish == null ? "" : humanish;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    /** Checks the fields, shows the first problem and enables OK only without one. */
    void validate() {
        String problem = problem();
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** The first problem of the fields, or null when the clone can start. */
    public String problem() {
        String remote = url.getText().strip();
        if (remote.isEmpty()) {
            return Messages.Clone_noUrl;
        }
        try {
            new URIish(remote);
        } catch (java.net.URISyntaxException e) {
            return NLS.bind(Messages.Clone_badUrl, remote);
        }
        String caseName = name.getText().strip();
        if (caseName.isEmpty()) {
            return Messages.Clone_noName;
        }
        IStatus valid = ResourcesPlugin.getWorkspace().validateName(caseName, org.eclipse.core.resources.IResource.PROJECT);
        if (!valid.isOK()) {
            return valid.getMessage();
        }
        if (workspaceRoot().getProject(caseName).exists()) {
            return NLS.bind(Messages.Clone_exists, caseName);
        }
        try {
            Path target = Path.of(folder.getText().strip());
            if (folder.getText().isBlank() || !target.isAbsolute()) {
                return Messages.Clone_noFolder;
            }
            if (Files.exists(target) && (!Files.isDirectory(target) || hasEntries(target))) {
                return NLS.bind(Messages.Clone_folderNotEmpty, target);
            }
        } catch (InvalidPathException e) {
            return Messages.Clone_noFolder;
        }
        return null;
    }

    private static boolean hasEntries(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static IWorkspaceRoot workspaceRoot() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point preferred = super.getInitialSize();
        return new org.eclipse.swt.graphics.Point(Math.min(Math.max(preferred.x, 560), 680), Math.max(preferred.y, 380));
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            chosenUrl = url.getText().strip();
            chosenName = name.getText().strip();
            chosenFolder = Path.of(folder.getText().strip());
            credentials = new Credentials(user.getText().strip(), token.getText());
        }
        super.buttonPressed(buttonId);
    }

    String url() {
        return chosenUrl;
    }

    String caseName() {
        return chosenName;
    }

    Path folder() {
        return chosenFolder;
    }

    Credentials credentials() {
        return credentials;
    }

    /** Whether OK is enabled (the form has no problem). */
    public boolean canClone() {
        Button ok = getButton(IDialogConstants.OK_ID);
        return ok != null && ok.isEnabled();
    }

    /** Fills the form as an analyst would (tests and screenshots). */
    public void fillIn(String remote, String caseName, String targetFolder) {
        url.setText(remote);
        if (caseName != null) {
            name.setText(caseName);
        }
        if (targetFolder != null) {
            folder.setText(targetFolder);
        }
    }
}
