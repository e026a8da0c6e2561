package glossa.ui.internal.memos;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.GlossaEditorContext;

/** Document Memo…: the analyst's memo on the whole article (shown at the top of the reports). */
public class DocumentMemoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        GlossaEditorContext context = MemoTargets.context(event);
        if (context != null && context.isEditable()) {
            MemoDialog.edit(HandlerUtil.getActiveShell(event), context, context.article().document(),
                    Messages.DocumentMemo_title, Messages.DocumentMemo_message);
        }
        return null;
    }
}
