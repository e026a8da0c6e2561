package glossa.app.internal;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens files dropped on the editor area in the editor registered for them, as File &gt; Open Article… does. The
 * editor area accepts files only ({@link FileTransfer}); web pages, PDFs and Word files are taken by the source
 * drop adapter before they reach this one. (Written here rather than using the IDE's internal drop adapter.)
 */
public final class ArticleDropAdapter extends DropTargetAdapter {

    private final IWorkbenchWindow window;

    public ArticleDropAdapter(IWorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
            event.detail = DND.DROP_COPY;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (FileTransfer.getInstance().isSupportedType(event.currentDataType) && event.data instanceof String[] files) {
            open(files);
        }
    }

    /** Opens each file in its editor; one that cannot be opened is reported and the others still open. */
    public void open(String[] files) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        for (String file : files) {
            Path path = Path.of(file);
            try {
                IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(path.toUri()));
            } catch (PartInitException e) {
                ILog.of(getClass()).log(Status.error(NLS.bind(Messages.OpenArticle_cannotOpen, path), e));
                MessageDialog.openError(window.getShell(), Messages.OpenArticle_title,
                        NLS.bind(Messages.OpenArticle_cannotOpen, path) + "\n" + e.getMessage());
            }
        }
    }
}
