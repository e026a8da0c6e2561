package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit &gt; Delete in the Annotations view: deletes the selected annotations as one undoable command. */
public final class DeleteAnnotationsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePartChecked(event) instanceof AnnotationsView view) {
            view.deleteSelected();
        }
        return null;
    }
}
