package glossa.ui.internal.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import glossa.team.Credentials;

/** Share Case…: the remote URL (optional) and its HTTPS user and token (kept in secure storage, never a file). */
public final class ShareCaseDialog extends TitleAreaDialog {

    private final String caseName;
    private final String initialUrl;
    private Text url;
    private Text user;
    private Text token;
    private String chosenUrl = "";
    private Credentials credentials = Credentials.NONE;

    public ShareCaseDialog(Shell shell, String caseName, String initialUrl) {
        super(shell);
        this.caseName = caseName;
        this.initialUrl = initialUrl == null ? "" : initialUrl;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Share_title, caseName));
        setMessage(Messages.Share_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        url = field(fields, Messages.Share_url, SWT.BORDER);
        url.setText(initialUrl);
        user = field(fields, Messages.Share_user, SWT.BORDER);
        token = field(fields, Messages.Share_token, SWT.BORDER | SWT.PASSWORD);
        new Label(fields, SWT.NONE);
        new Label(fields, SWT.NONE).setText(Messages.Share_secure);
        return area;
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A readable width: the explanation wraps instead of stretching the dialog across the screen. */
    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point preferred = super.getInitialSize();
        return new org.eclipse.swt.graphics.Point(Math.min(preferred.x, 640), Math.max(preferred.y, 340));
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            chosenUrl = url.getText().strip();
            credentials = new Credentials(user.getText().strip(), token.getText());
        }
        super.buttonPressed(buttonId);
    }

    String url() {
        return chosenUrl;
    }

    Credentials credentials() {
        return credentials;
    }
}
