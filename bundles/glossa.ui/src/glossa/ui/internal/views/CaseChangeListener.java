package glossa.ui.internal.views;

import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Control;
import glossa.ui.internal.cases.CaseResources;

/**
 * Tells the Case Summary that an article or a sidecar of its case changed in the workspace: {@code changed} runs on
 * the UI thread, while {@code owner} lives.
 */
final class CaseChangeListener implements IResourceChangeListener {

    private final Supplier<IProject> shown;
    private final Control owner;
    private final Runnable changed;

    CaseChangeListener(Supplier<IProject> shown, Control owner, Runnable changed) {
        this.shown = shown;
        this.owner = owner;
        this.changed = changed;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IProject current = shown.get();
        IResourceDelta delta = event.getDelta();
        if (current == null || delta == null) {
            return;
        }
        IResourceDelta projectDelta = delta.findMember(current.getFullPath());
        if (projectDelta == null) {
            return;
        }
        boolean[] relevant = { false };
        try {
            projectDelta.accept(d -> {
                String name = d.getResource().getName();
                if (CaseResources.isArticle(d.getResource()) || name.endsWith(".glossa")) {
                    relevant[0] = true;
                }
                return !relevant[0];
            });
        } catch (CoreException e) {
            return;
        }
        if (relevant[0] && !owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    changed.run();
                }
            });
        }
    }
}
