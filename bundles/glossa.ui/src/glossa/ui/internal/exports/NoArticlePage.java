package glossa.ui.internal.exports;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import glossa.ui.internal.nls.Messages;

/** Shown instead of a wizard's pages when no Glossa editor is active: export and import work on an open article. */
final class NoArticlePage extends WizardPage {

    private final String what;

    NoArticlePage(String what) {
        super("noArticle", Messages.NoArticlePage_title, null);
        this.what = what;
    }

    @Override
    public void createControl(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(NLS.bind(Messages.NoArticlePage_message, what));
        setControl(label);
        setErrorMessage(Messages.NoArticlePage_error);
        setPageComplete(false);
    }
}
