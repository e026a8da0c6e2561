package glossa.ui.internal.memos;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.internal.views.MemosView;

/** Edit Memo… in the Memos view: the selected memo, whatever it is on. */
public class EditMemoRowHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof MemosView view && view.editorContext() != null
                && view.editorContext().isEditable()
                && view.viewer().getStructuredSelection().getFirstElement() instanceof MemoRow row) {
            MemoDialog.edit(HandlerUtil.getActiveShell(event), view.editorContext(), row.owner(),
                    Messages.EditMemo_title, NLS.bind(Messages.EditMemo_message, row.on()));
        }
        return null;
    }
}
