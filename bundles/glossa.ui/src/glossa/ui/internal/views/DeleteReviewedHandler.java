package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Deletes the selected rows' annotations (Re-anchoring review: Delete).
 * Active while the view is; the view sets its enablement.
 */
final class DeleteReviewedHandler extends AbstractHandler {

    private final ReanchoringView view;

    DeleteReviewedHandler(ReanchoringView view) {
        this.view = view;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        view.deleteSelected();
        return null;
    }

    /** Called by the view as its selection or editor changes. */
    void update(boolean enabled) {
        setBaseEnabled(enabled);
    }
}
