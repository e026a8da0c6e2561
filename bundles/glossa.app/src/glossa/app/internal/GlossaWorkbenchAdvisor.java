package glossa.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import glossa.app.GlossaPerspective;

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

    @Override
    public String getInitialWindowPerspectiveId() {
        return GlossaPerspective.ID;
    }
}
