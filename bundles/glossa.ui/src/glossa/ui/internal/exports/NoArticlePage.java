package glossa.ui.internal.exports;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Shown instead of a wizard's pages when no Glossa editor is active: export and import work on an open article. */
final class NoArticlePage extends WizardPage {

    private final String what;

    NoArticlePage(String what) {
        super("noArticle", "No article open", null);
        this.what = what;
    }

    @Override
    public void createControl(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText("Open an article in the Glossa editor and make it the active editor, then choose " + what
                + " again.");
        setControl(label);
        setErrorMessage("No article is open in the Glossa editor.");
        setPageComplete(false);
    }
}
