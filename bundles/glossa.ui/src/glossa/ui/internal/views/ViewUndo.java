package glossa.ui.internal.views;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.UndoRedoActionGroup;

/** Edit &gt; Undo and Redo (Ctrl+Z, Ctrl+Y) of a view, in the undo context of what the view shows just now. */
final class ViewUndo {

    private final IViewSite site;
    private UndoRedoActionGroup group;

    ViewUndo(IViewSite site) {
        this.site = site;
    }

    /** Undo and redo in {@code context} from now on; none when null. */
    void use(IUndoContext context) {
        dispose();
        IActionBars bars = site.getActionBars();
        if (context == null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
        } else {
            // No pruning: an operation that cannot be undone (yet) must not flush the others of the context.
            group = new UndoRedoActionGroup(site, context, false);
            group.fillActionBars(bars);
        }
        bars.updateActionBars();
    }

    void dispose() {
        if (group != null) {
            group.dispose();
            group = null;
        }
    }
}
