package glossa.app.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The welcome of a first start (and of Help &gt; Welcome): four steps, from opening the bundled sample to exporting a
 * report, with a button that opens the sample. A plain dialog: no intro framework, no browser.
 */
public final class WelcomeDialog extends Dialog {

    public static final int OPEN_SAMPLE = IDialogConstants.CLIENT_ID + 1;

    private final IWorkbenchPage page;

    public WelcomeDialog(Shell shell, IWorkbenchPage page) {
        super(shell);
        this.page = page;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Welcome_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).verticalSpacing = 10;
        Label heading = new Label(area, SWT.WRAP);
        heading.setText(Messages.Welcome_heading);
        heading.setFont(JFaceResources.getHeaderFont());
        text(area, Messages.Welcome_intro);
        step(area, Messages.Welcome_step1, Messages.Welcome_step1Text);
        step(area, Messages.Welcome_step2, Messages.Welcome_step2Text);
        step(area, Messages.Welcome_step3, Messages.Welcome_step3Text);
        step(area, Messages.Welcome_step4, Messages.Welcome_step4Text);
        text(area, Messages.Welcome_again);
        return area;
    }

    private static void step(Composite parent, String title, String body) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(title);
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(label);
        text(parent, body);
    }

    private static void text(Composite parent, String body) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(body);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).indent(0, 0).applyTo(label);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OPEN_SAMPLE, Messages.Welcome_openSample, true);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == OPEN_SAMPLE) {
            SampleCase.open(page);
        }
        setReturnCode(buttonId);
        close();
    }
}
