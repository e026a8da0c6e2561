package glossa.ui.internal.cases;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import glossa.ui.internal.views.CaseSummaryView;

/** Reloads the Case Summary from disk: every article, not only those the summary cache finds changed. */
public final class RefreshCaseSummaryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof CaseSummaryView view) {
            view.rebuild();
        }
        return null;
    }
}
