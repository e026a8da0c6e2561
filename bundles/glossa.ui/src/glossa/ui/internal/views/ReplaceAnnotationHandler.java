package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Re-places the selected row's annotation on the editor's selected text (Re-anchoring review: Re-place here).
 * Active while the view is; the view sets its enablement.
 */
final class ReplaceAnnotationHandler extends AbstractHandler {

    private final ReanchoringView view;

    ReplaceAnnotationHandler(ReanchoringView view) {
        this.view = view;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        view.replaceSelected();
        return null;
    }

    /** Called by the view as its selection or editor changes. */
    void update(boolean enabled) {
        setBaseEnabled(enabled);
    }
}
