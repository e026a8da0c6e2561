package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.internal.nls.Messages;

/** Change Type in the Annotations view: gives the selected annotations the type of the {@code type} parameter. */
public final class ChangeTypeHandler extends AbstractHandler {

    public static final String COMMAND_ID = "glossa.ui.annotations.changeType";
    public static final String TYPE_PARAMETER = "type";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String typeId = event.getParameter(TYPE_PARAMETER);
        if (typeId == null) {
            throw new ExecutionException(Messages.ChangeType_noParameter);
        }
        if (HandlerUtil.getActivePartChecked(event) instanceof AnnotationsView view) {
            view.retypeSelected(typeId);
        }
        return null;
    }
}
