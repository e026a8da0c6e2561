package glossa.ui.internal.cases;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import glossa.core.cases.CaseCodebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Messages;

/**
 * Connects every Glossa editor opened on a workspace file to its project's case codebook, so that a type added in one
 * article is offered in all (see {@link CaseCodebook#connect}). Works from the outside, through the editor's
 * {@link GlossaEditorContext} adapter: the editor needs no knowledge of cases.
 */
public final class EditorCodebookConnector implements IPartListener2, IWindowListener {

    private static EditorCodebookConnector installed;

    private final Map<IWorkbenchPart, CaseCodebook.Connection> connections = new HashMap<>();

    /** Safe from any thread. */
    public static synchronized void install() {
        if (installed != null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        EditorCodebookConnector connector = new EditorCodebookConnector();
        installed = connector;
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            workbench.addWindowListener(connector);
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                connector.windowOpened(window);
            }
        });
    }

    @Override
    public void windowOpened(IWorkbenchWindow window) {
        window.getPartService().addPartListener(this);
        for (var page : window.getPages()) {
            for (var reference : page.getEditorReferences()) {
                partOpened(reference);
            }
        }
    }

    @Override
    public void windowClosed(IWorkbenchWindow window) {
        window.getPartService().removePartListener(this);
    }

    @Override
    public void windowActivated(IWorkbenchWindow window) {
    }

    @Override
    public void windowDeactivated(IWorkbenchWindow window) {
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (!(reference.getPart(false) instanceof IEditorPart editor) || connections.containsKey(editor)
                || !(editor.getEditorInput() instanceof IFileEditorInput input)) {
            return;
        }
        if (editor instanceof glossa.ui.internal.editor.GlossaEditor glossa && glossa.isLoadingAnnotations()) {
            // A large sidecar is still loading: connect its document once it is there.
            glossa.whenAnnotationsLoaded(() -> partOpened(reference));
            return;
        }
        GlossaEditorContext context = Adapters.adapt(editor, GlossaEditorContext.class);
        IFile file = input.getFile();
        if (context == null || file.getProject().getLocation() == null) {
            return;
        }
        Display display = Display.getCurrent();
        Job.create(NLS.bind(Messages.EditorCodebookConnector_readJob, file.getProject().getName()), monitor -> {
            try {
                CaseCodebook codebook = CaseCodebooks.of(file.getProject());
                display.asyncExec(() -> {
                    // The editor may have closed meanwhile; the document is only touched on the UI thread.
                    if (editor.getSite() != null && editor.getSite().getPage() != null
                            && editor.getSite().getPage().findEditor(editor.getEditorInput()) != null
                            && !connections.containsKey(editor)) {
                        connections.put(editor, codebook.connect(context.article().document(),
                                CaseCodebooks.saver(file.getProject())));
                    }
                });
            } catch (IOException e) {
                CaseCodebooks.log(e);
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        CaseCodebook.Connection connection = connections.remove(reference.getPart(false));
        if (connection != null) {
            connection.close();
        }
    }
}
