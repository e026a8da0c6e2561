package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Copy Chart: the Section Summary's chart to the clipboard as an image. */
public final class CopyChartHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePartChecked(event) instanceof SectionSummaryView view) {
            view.copyChart();
        }
        return null;
    }
}
