package glossa.ui.internal.codebook;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.internal.views.CodebookView;

/** Refresh Case Counts: counts the case's saved annotations again (in a job). */
public class RefreshCountsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof CodebookView view) {
            view.refreshCaseCounts();
        }
        return null;
    }
}
