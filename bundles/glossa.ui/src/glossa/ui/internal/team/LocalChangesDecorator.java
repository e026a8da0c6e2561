package glossa.ui.internal.team;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import glossa.team.CaseRepository;

/**
 * Marks articles (and their sidecars) of a shared case that differ from the last commit with "> ", as Git clients do.
 * The decorator never runs Git on the UI thread: it reads a per-case set of changed paths that a background job
 * computes, and recomputes after every change of the case's files.
 */
public final class LocalChangesDecorator extends LabelProvider implements ILightweightLabelDecorator {

    public static final String ID = "glossa.ui.decorators.localChanges";

    private static final Map<IProject, Set<String>> CHANGED = new ConcurrentHashMap<>();
    private final IResourceChangeListener listener = this::resourcesChanged;

    public LocalChangesDecorator() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void decorate(Object element, IDecoration decoration) {
        if (!(element instanceof IFile file) || file.getLocation() == null) {
            return;
        }
        IProject project = file.getProject();
        Set<String> changed = CHANGED.get(project);
        if (changed == null) {
            scan(project);
            return;
        }
        String path = file.getProjectRelativePath().toString();
        if (changed.contains(path) || changed.contains(path + glossa.core.AnnotatedArticle.SIDECAR_SUFFIX)) {
            decoration.addPrefix("> ");
        }
    }

    /** Forgets what was known of {@code project}, so the next decoration scans it again. */
    static void changed(IProject project) {
        CHANGED.remove(project);
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager()
                    .update(ID));
        }
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        for (var child : event.getDelta().getAffectedChildren()) {
            if (child.getResource() instanceof IProject project && CHANGED.containsKey(project)) {
                CHANGED.remove(project);
                scan(project);
            }
        }
    }

    private void scan(IProject project) {
        if (project.getLocation() == null) {
            return;
        }
        Path dir = project.getLocation().toFile().toPath();
        if (!CaseRepository.isShared(dir)) {
            CHANGED.put(project, Set.of());
            return;
        }
        CHANGED.put(project, Set.of()); // one scan at a time: decorate() sees an entry until the job replaces it
        Job job = Job.create(NLS.bind(Messages.Decorator_job, project.getName()), monitor -> {
            try {
                CHANGED.put(project, CaseRepository.changedPaths(dir));
            } catch (java.io.IOException e) {
                CHANGED.put(project, Set.of());
            }
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(
                        () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this)));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(200);
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
        super.dispose();
    }
}
