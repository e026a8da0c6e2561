package glossa.ui.internal.codebook;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import glossa.model.Annotation;
import glossa.model.AnnotationType;

/** The new child's name and the annotations (by quote) that move to it. */
final class SplitDialog extends TitleAreaDialog {

    private static final int QUOTE_CHARS = 120;

    private final AnnotationType type;
    private final List<Annotation> annotations;
    private final IInputValidator names;
    private Text nameText;
    private CheckboxTableViewer table;
    private String name;
    private final List<Annotation> chosen = new ArrayList<>();

    SplitDialog(Shell shell, AnnotationType type, List<Annotation> annotations, IInputValidator names) {
        super(shell);
        this.type = type;
        this.annotations = annotations;
        this.names = names;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.Split_title);
        setTitle(NLS.bind(Messages.Split_heading, type.getName()));
        setMessage(Messages.Split_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Split_name);
        nameText = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nameText);
        nameText.addModifyListener(e -> validate());
        table = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 300).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                String quote = ((Annotation) element).getQuote() == null ? "" : ((Annotation) element).getQuote();
                quote = quote.replaceAll("\\s+", " ");
                return quote.length() > QUOTE_CHARS ? quote.substring(0, QUOTE_CHARS) + "…" : quote;
            }
        });
        table.setInput(annotations);
        table.addCheckStateListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (nameText == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = names.isValid(nameText.getText());
        if (problem == null && table.getCheckedElements().length == 0) {
            problem = Messages.Split_none;
        }
        setErrorMessage(nameText.getText().isEmpty() ? null : problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        name = nameText.getText().strip();
        for (Object checked : table.getCheckedElements()) {
            chosen.add((Annotation) checked);
        }
        super.okPressed();
    }

    String name() {
        return name;
    }

    List<Annotation> chosen() {
        return chosen;
    }
}
