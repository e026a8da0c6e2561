package glossa.app.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** File &gt; Open Article...: picks one or more .txt/.md files and opens them in the editor registered for them. */
public class OpenArticleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.OpenArticle_title);
        dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.markdown", "*.*" });
        dialog.setFilterNames(new String[] { Messages.OpenArticle_articles, Messages.OpenArticle_allFiles });
        if (dialog.open() == null) {
            return null;
        }
        for (String name : dialog.getFileNames()) {
            Path path = Path.of(dialog.getFilterPath(), name);
            try {
                IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(path.toUri()));
            } catch (PartInitException e) {
                throw new ExecutionException(NLS.bind(Messages.OpenArticle_cannotOpen, path), e);
            }
        }
        return null;
    }
}
