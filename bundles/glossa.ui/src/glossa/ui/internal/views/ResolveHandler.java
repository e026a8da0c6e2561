package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import glossa.ui.internal.views.ConflictResolutions.Resolution;

/**
 * Resolves the selected merge conflict one way (Keep mine, Take theirs or Keep both: one instance per command).
 * Active while the Merge Conflicts view is; the view sets its enablement from the selected row.
 */
final class ResolveHandler extends AbstractHandler {

    private final MergeConflictsView view;
    private final Resolution resolution;

    ResolveHandler(MergeConflictsView view, Resolution resolution) {
        this.view = view;
        this.resolution = resolution;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        view.resolveSelected(resolution);
        return null;
    }

    /** Called by the view as its selection or editor changes. */
    void update(boolean enabled) {
        setBaseEnabled(enabled);
    }
}
