package glossa.ui.internal.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

import glossa.search.CaseIndex;

/**
 * The Search view's case index, kept open between searches: its reader and indexed stamps are then reused, and a
 * search after an unchanged case pays one walk of the case folder for its freshness check. A search job borrows the
 * index for itself ({@link #borrow}) and gives it back ({@link #giveBack}); a second job running meanwhile opens its
 * own, so no index is used by two jobs or closed under one. The kept index is closed when the view closes and before
 * its project is closed or deleted (an open reader would hold the index files on Windows).
 */
public final class KeptCaseIndex implements AutoCloseable {

    private final AtomicReference<CaseIndex> idle = new AtomicReference<>();
    private volatile boolean closed;
    private final IResourceChangeListener projectGoing = this::projectGoing;

    public KeptCaseIndex() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(projectGoing,
                IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
    }

    /** The kept index of {@code caseRoot}, or a newly opened one; the caller owns it until {@link #giveBack}. */
    public CaseIndex borrow(Path caseRoot) throws IOException {
        CaseIndex index = idle.getAndSet(null);
        if (index != null && index.caseRoot().equals(caseRoot.toAbsolutePath().normalize())) {
            return index;
        }
        closeQuietly(index); // another case's
        return CaseIndex.open(caseRoot);
    }

    /** Keeps {@code index} for the next search (closing the one kept before, or this one once the view closed). */
    public void giveBack(CaseIndex index) {
        closeQuietly(idle.getAndSet(index));
        if (closed) {
            closeQuietly(idle.getAndSet(null));
        }
    }

    private void projectGoing(IResourceChangeEvent event) {
        if (event.getResource() instanceof IProject project) {
            IPath location = project.getLocation();
            CaseIndex index = idle.get();
            if (location != null && index != null
                    && index.caseRoot().equals(location.toFile().toPath().toAbsolutePath().normalize())
                    && idle.compareAndSet(index, null)) {
                closeQuietly(index);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectGoing);
        closeQuietly(idle.getAndSet(null));
    }

    private static void closeQuietly(CaseIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                // closing a reader: nothing to save
            }
        }
    }
}
