package glossa.ui.internal.cases;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; New Case…: opens the {@link NewCaseWizard}. */
public final class NewCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewCaseWizard wizard = new NewCaseWizard();
        wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
