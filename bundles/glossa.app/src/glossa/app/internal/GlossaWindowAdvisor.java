package glossa.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import glossa.ui.internal.sources.SourceDropAdapter;

/** Sets up the window titled "Glossa" and opens the articles passed on the command line. */
public class GlossaWindowAdvisor extends WorkbenchWindowAdvisor {

    private final List<Path> articlesToOpen;

    public GlossaWindowAdvisor(IWorkbenchWindowConfigurer configurer, List<Path> articlesToOpen) {
        super(configurer);
        this.articlesToOpen = articlesToOpen;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new GlossaActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // Use the screen (up to a comfortable size): articles are long and the views need room.
        Rectangle screen = Display.getDefault().getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.min(screen.width, 1600), Math.min(screen.height, 1000)));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle("Glossa");
        // Articles dropped on the editor area open in the editor registered for them; web pages, PDFs and Word files
        // are converted into articles first (SourceDropAdapter).
        configurer.addEditorAreaTransfer(FileTransfer.getInstance());
        configurer.configureEditorAreaDropListener(new SourceDropAdapter(
                new ArticleDropAdapter(configurer.getWindow()), configurer.getWindow()));
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        IdeLeftovers.hide(getWindowConfigurer().getWindow());
        if (page != null && FirstRun.claim(articlesToOpen.size())) {
            // After the window is drawn, so the welcome sits in front of the workbench.
            page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                if (!page.getWorkbenchWindow().getShell().isDisposed()) {
                    new WelcomeDialog(page.getWorkbenchWindow().getShell(), page).open();
                }
            });
        }
        for (Path article : articlesToOpen) {
            IFileStore store = EFS.getLocalFileSystem().getStore(article.toUri());
            try {
                IDE.openEditorOnFileStore(page, store);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(Status.error("Could not open " + article + ": " + e.getMessage(), e));
            }
        }
    }
}
