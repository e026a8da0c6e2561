package glossa.ui.internal.memos;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.model.Section;
import glossa.ui.GlossaEditorContext;

/** Section Memo…: a memo on the section selected in the Outline or the Memos view, or the one at the caret. */
public class SectionMemoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        GlossaEditorContext context = MemoTargets.context(event);
        if (context == null || !context.isEditable()) {
            return null;
        }
        Section section = MemoTargets.section(event, context);
        if (section == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.SectionMemo_title,
                    Messages.SectionMemo_none);
            return null;
        }
        MemoDialog.edit(HandlerUtil.getActiveShell(event), context, section, Messages.SectionMemo_title,
                NLS.bind(Messages.SectionMemo_message, MemoRow.label(section)));
        return null;
    }
}
