package glossa.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import glossa.ui.GlossaPerspective;

/** Workbench life cycle: Glossa perspective first, then the articles from the command line. */
public class GlossaWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> articlesToOpen;

    public GlossaWorkbenchAdvisor(List<Path> articlesToOpen) {
        this.articlesToOpen = List.copyOf(articlesToOpen);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Registers the IDE's adapters and shared images that the text editors expect.
        IDE.registerAdapters();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new GlossaWindowAdvisor(configurer, articlesToOpen);
    }

    /** The workspace root: the Project Explorer shows the cases (projects) under it. */
    @Override
    public org.eclipse.core.runtime.IAdaptable getDefaultPageInput() {
        return org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot();
    }

    /** Saves the workspace state (projects, markers, local history) so the next start finds the cases as left. */
    @Override
    public boolean preShutdown() {
        try {
            org.eclipse.core.resources.ResourcesPlugin.getWorkspace().save(true, null);
        } catch (org.eclipse.core.runtime.CoreException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
        }
        return super.preShutdown();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return GlossaPerspective.ID;
    }
}
