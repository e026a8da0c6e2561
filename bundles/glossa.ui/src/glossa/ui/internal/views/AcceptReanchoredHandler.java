package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Accepts the selected row's new place (Re-anchoring review: Accept).
 * Active while the view is; the view sets its enablement.
 */
final class AcceptReanchoredHandler extends AbstractHandler {

    private final ReanchoringView view;

    AcceptReanchoredHandler(ReanchoringView view) {
        this.view = view;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        view.acceptSelected();
        return null;
    }

    /** Called by the view as its selection or editor changes. */
    void update(boolean enabled) {
        setBaseEnabled(enabled);
    }
}
