package glossa.ui.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.nls.Messages;

/**
 * Keeps sidecars with their articles when files move without the LTK refactorings (drag and drop in the Project
 * Explorer, Copy/Paste, other tools): a listener of resource deltas that schedules the follow-up work in a job
 * (the workspace is locked while deltas are reported).
 *
 * <ul>
 * <li>Article moved or renamed ({@code MOVED_FROM}): the sidecar at the old place moves to the new one, unless a
 * sidecar is already there (then both stay and nothing is overwritten).</li>
 * <li>Article copied (added without {@code MOVED_FROM}, with no sidecar): deltas do not say where a copy came from,
 * so the source is found as an article of the same project with byte-identical content and a sidecar; its sidecar is
 * copied. Several candidates: the most recently changed sidecar wins.</li>
 * <li>Article removed by another tool: its sidecar stays (never lose data); a workbench Delete removes both, see
 * {@link SidecarDeleteParticipant}.</li>
 * </ul>
 */
public final class SidecarFollower implements IResourceChangeListener {

    /** Family of the follow-up jobs, for tests and shutdown. */
    public static final Object FAMILY = SidecarFollower.class;

    private static SidecarFollower installed;

    public static synchronized void install() {
        if (installed == null) {
            installed = new SidecarFollower();
            ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        }
    }

    public static synchronized void uninstall() {
        if (installed != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(installed);
            installed = null;
        }
    }

    private record Move(IPath from, IFile to) {
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta root = event.getDelta();
        if (root == null) {
            return;
        }
        List<Move> moves = new ArrayList<>();
        List<IFile> copies = new ArrayList<>();
        try {
            root.accept(delta -> {
                IResource resource = delta.getResource();
                if (delta.getKind() == IResourceDelta.ADDED && CaseResources.isArticle(resource)) {
                    if ((delta.getFlags() & IResourceDelta.MOVED_FROM) != 0) {
                        moves.add(new Move(delta.getMovedFromPath(), (IFile) resource));
                    } else {
                        copies.add((IFile) resource);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            GlossaUiPlugin.getDefault().getLog().log(e.getStatus());
            return;
        }
        if (moves.isEmpty() && copies.isEmpty()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob(Messages.SidecarFollower_job) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IWorkspaceRoot workspaceRoot = ResourcesPlugin.getWorkspace().getRoot();
                for (Move move : moves) {
                    IFile oldSidecar = workspaceRoot.getFile(move.from().removeLastSegments(1)
                            .append(move.from().lastSegment() + ".glossa"));
                    IFile newSidecar = CaseResources.sidecarOf(move.to());
                    if (oldSidecar.exists() && !newSidecar.exists() && move.to().exists()) {
                        oldSidecar.move(newSidecar.getFullPath(), IResource.KEEP_HISTORY, monitor);
                    }
                }
                for (IFile copy : copies) {
                    IFile sidecar = CaseResources.sidecarOf(copy);
                    if (!copy.exists() || sidecar.exists()) {
                        continue;
                    }
                    IFile source = copySource(copy);
                    if (source != null && !sidecar.exists()) {
                        CaseResources.sidecarOf(source).copy(sidecar.getFullPath(), IResource.NONE, monitor);
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        job.setRule(workspace.getRuleFactory().buildRule());
        job.setSystem(true);
        job.schedule();
    }

    /** The article of the copy's project whose bytes equal the copy's and that has a sidecar, or null. */
    static IFile copySource(IFile copy) throws CoreException {
        if (copy.getLocation() == null) {
            return null;
        }
        byte[] content = read(copy);
        if (content == null || content.length == 0) {
            return null;
        }
        List<IFile> candidates = new ArrayList<>();
        copy.getProject().accept(resource -> {
            if (resource instanceof IFile file && !file.equals(copy) && CaseResources.isArticle(file)
                    && CaseResources.sidecarOf(file).exists() && file.getLocation() != null
                    && file.getLocation().toFile().length() == content.length) {
                candidates.add(file);
            }
            return !resource.getName().startsWith(".") || resource.getType() == IResource.PROJECT;
        });
        IFile best = null;
        long bestStamp = Long.MIN_VALUE;
        for (IFile candidate : candidates) {
            byte[] other = read(candidate);
            long stamp = CaseResources.sidecarOf(candidate).getLocalTimeStamp();
            if (other != null && Arrays.equals(content, other) && stamp > bestStamp) {
                best = candidate;
                bestStamp = stamp;
            }
        }
        return best;
    }

    private static byte[] read(IFile file) {
        try (InputStream in = file.getContents(true)) {
            return in.readAllBytes();
        } catch (IOException | CoreException e) {
            return null;
        }
    }
}
