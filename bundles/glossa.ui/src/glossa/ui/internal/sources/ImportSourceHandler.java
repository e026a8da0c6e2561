package glossa.ui.internal.sources;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import Source…: pick web pages, PDFs or Word files and convert them into articles. */
public final class ImportSourceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ImportSourceDialog dialog = new ImportSourceDialog(window.getShell(), List.of());
        if (dialog.open() == Window.OK && !dialog.sources().isEmpty()) {
            new SourceImportJob(dialog.sources(), window).schedule();
        }
        return null;
    }
}
