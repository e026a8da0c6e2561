package glossa.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.exchange.export.SummaryTable;

/**
 * Copy Table: the Section Summary's table as shown (chapters with their points indented, a collapsed chapter without
 * them) to the clipboard as tab-separated text, which spreadsheets and word processors paste as a table.
 */
public final class CopySummaryTableHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePartChecked(event) instanceof SectionSummaryView view) {
            SummaryTable table = view.table();
            if (table != null) {
                Clipboard clipboard = new Clipboard(Display.getCurrent());
                try {
                    clipboard.setContents(new Object[] { table.tsv() }, new Transfer[] { TextTransfer.getInstance() });
                } finally {
                    clipboard.dispose();
                }
            }
        }
        return null;
    }
}
