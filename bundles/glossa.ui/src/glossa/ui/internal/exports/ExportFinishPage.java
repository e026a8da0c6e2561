package glossa.ui.internal.exports;

import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import glossa.ui.internal.nls.Messages;

/** Page (c): a summary of the export and whether to open the result when done (remembered). */
public final class ExportFinishPage extends WizardPage {

    static final String SETTING_OPEN = "openWhenDone";

    private final Supplier<String> summary;
    private Label summaryLabel;
    private Button open;

    ExportFinishPage(Supplier<String> summary) {
        super("finish", Messages.ExportFinishPage_title, null);
        setDescription(Messages.ExportFinishPage_description);
        this.summary = summary;
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(composite);
        summaryLabel = new Label(composite, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).hint(450, SWT.DEFAULT).applyTo(summaryLabel);
        open = new Button(composite, SWT.CHECK);
        open.setText(Messages.ExportFinishPage_open);
        IDialogSettings settings = getDialogSettings();
        open.setSelection(settings != null && settings.getBoolean(SETTING_OPEN));
        setControl(composite);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            summaryLabel.setText(summary.get());
            summaryLabel.getParent().layout(true);
        }
        super.setVisible(visible);
    }

    /** Whether to open the result; false before the page was shown, so as the setting says. */
    public boolean openWhenDone() {
        if (open == null) {
            IDialogSettings settings = getDialogSettings();
            return settings != null && settings.getBoolean(SETTING_OPEN);
        }
        return open.getSelection();
    }

    public void setOpenWhenDone(boolean value) {
        open.setSelection(value);
    }

    void saveSettings() {
        IDialogSettings settings = getDialogSettings();
        if (settings != null) {
            settings.put(SETTING_OPEN, openWhenDone());
        }
    }
}
