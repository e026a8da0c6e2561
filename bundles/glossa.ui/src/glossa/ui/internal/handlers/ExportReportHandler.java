package glossa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.exports.ExportReportWizard;

/** File &gt; Export Report…: the export wizard for the active Glossa editor's article. */
public class ExportReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        ExportReportWizard wizard = new ExportReportWizard(EditorHandlers.context(editor));
        new WizardDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
        return null;
    }
}
