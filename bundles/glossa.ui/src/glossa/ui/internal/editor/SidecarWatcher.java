package glossa.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import glossa.core.AnnotatedArticle;
import glossa.core.merge.MergeResult;
import glossa.ui.internal.io.ArticleFiles;
import glossa.ui.internal.merge.Messages;

/**
 * Notices when another writer (the command line, a second workbench, a sync client, {@code git pull}) changed the
 * sidecar of an open article, and merges their annotations in at once: three ways, base = the sidecar bytes last read
 * or written ({@link AnnotatedArticle#sidecarBase()}), ours = the editor's document, theirs = the file. The merge is
 * one command on the editor's undo history. An editor with nothing unsaved stays clean (its document now holds what
 * is on disk); a dirty one stays dirty. The text is not touched, so caret, selection and scroll position stay.
 *
 * <p>Checked when the workspace reports a change of the sidecar (articles in the workspace) and whenever the editor
 * is activated, as the platform checks the text ({@link GlossaEditor#sanityCheckState}); that covers articles
 * outside the workspace too. A cheap look at size and modification time comes first; the bytes are compared with the
 * base only when those changed. Large sidecars are read and merged in a job, and the result is applied on the UI
 * thread unless the editor changed meanwhile (then it is computed again).</p>
 */
final class SidecarWatcher implements IResourceChangeListener {

    /** Job family, for tests. */
    public static final Object FAMILY = SidecarWatcher.class;

    /** Sidecars of at least this many bytes are read and merged in a job. Tests lower it. */
    static volatile long backgroundBytes = 1L << 20;

    private final GlossaEditor editor;
    private final EditorContext context;
    private final GlossaDocumentProvider.ArticleInfo info;
    private final Path sidecar;
    private final IFile workspaceSidecar;
    private final Display display;
    private final Runnable afterReanchoring = this::check;
    /** The sidecar's size and time when its bytes were last found to be the base: unchanged since means no merge. */
    private Stamp checkedStamp;
    private Job job;
    private boolean checkAgain;
    private boolean disposed;

    SidecarWatcher(GlossaEditor editor, EditorContext context, GlossaDocumentProvider.ArticleInfo info) {
        this.editor = editor;
        this.context = context;
        this.info = info;
        this.sidecar = AnnotatedArticle.sidecarOf(info.article().articlePath());
        this.display = Display.getCurrent();
        this.workspaceSidecar = editor.getEditorInput() instanceof IFileEditorInput input
                ? input.getFile().getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString(
                        input.getFile().getName() + AnnotatedArticle.SIDECAR_SUFFIX))
                : null;
        if (workspaceSidecar != null) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        }
        // Text and sidecar both changed: the text is reloaded and re-anchored first, then the sidecar merged.
        context.addReanchorListener(afterReanchoring);
    }

    void dispose() {
        disposed = true;
        if (job != null) {
            job.cancel();
        }
        context.removeReanchorListener(afterReanchoring);
        if (workspaceSidecar != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(workspaceSidecar.getFullPath());
        if (delta != null && delta.getKind() != IResourceDelta.REMOVED && !display.isDisposed()) {
            display.asyncExec(this::check);
        }
    }

    /** On the UI thread: merges the sidecar in when another writer changed it since it was read or written. */
    void check() {
        if (disposed || info.isReadOnly() || editor.isDisposedOrSwitched(context)) {
            return;
        }
        if (editor.isReanchoring()) {
            return; // the re-anchoring's listener checks again once it is applied
        }
        if (job != null) {
            checkAgain = true;
            return;
        }
        Stamp stamp = stampOf(sidecar);
        if (stamp == null || stamp.equals(checkedStamp)) {
            return; // no sidecar (the next save writes one), or unchanged since the last look
        }
        AnnotatedArticle article = context.article(); // the article's text in step with the editor's
        byte[] base = article.sidecarBase();
        if (stamp.size() >= backgroundBytes) {
            mergeInBackground(article, base, stamp);
            return;
        }
        try {
            byte[] current = ArticleFiles.readSidecar(sidecar);
            if (current == null || Arrays.equals(current, base)) {
                checkedStamp = stamp;
                return;
            }
            apply(ArticleFiles.merge(article, current), current, stamp);
        } catch (IOException e) {
            unreadable(e, stamp);
        }
    }

    private void mergeInBackground(AnnotatedArticle article, byte[] base, Stamp stamp) {
        Object[] before = context.stamp();
        job = new Job(NLS.bind(Messages.Merge_job, editor.getTitle())) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                byte[] current = null;
                MergeResult merge = null;
                IOException failure = null;
                boolean retry = false;
                try {
                    current = ArticleFiles.readSidecar(sidecar);
                    if (current != null && !Arrays.equals(current, base)) {
                        merge = ArticleFiles.merge(article, current);
                    }
                } catch (IOException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    retry = true; // the document changed under the merge: compute it again on the UI thread
                }
                byte[] read = current;
                MergeResult result = merge;
                IOException problem = failure;
                boolean stale = retry;
                display.asyncExec(() -> finishBackground(read, result, problem, stale, base, before, stamp));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void finishBackground(byte[] current, MergeResult merge, IOException failure, boolean stale, byte[] base,
            Object[] before, Stamp stamp) {
        job = null;
        if (disposed || editor.isDisposedOrSwitched(context)) {
            return;
        }
        // Saved, edited or re-anchored meanwhile: the merge was computed against another state; compute it again.
        if (stale || base != info.article().sidecarBase() || context.changedSince(before)) {
            checkedStamp = null;
            check();
            return;
        }
        if (failure != null) {
            unreadable(failure, stamp);
        } else if (merge != null) {
            apply(merge, current, stamp);
        } else {
            checkedStamp = stamp;
        }
        if (checkAgain) {
            checkAgain = false;
            check();
        }
    }

    /** Applies a merge computed on the editor's current state as one command, and says what came in. */
    private void apply(MergeResult merge, byte[] current, Stamp stamp) {
        boolean clean = !editor.isDirty();
        if (merge.hasChanges()) {
            if (!context.execute(merge.toCommand(context.editingDomain()))) {
                // The base stays: the next check, or the save's compare-and-swap, merges again.
                editor.statusLine(Messages.Merge_notApplied);
                return;
            }
            if (clean) {
                GlossaEditor.documentProvider().markSidecarInSync(editor.getEditorInput());
            }
        }
        info.article().setSidecarBase(current);
        checkedStamp = stamp;
        report(merge);
    }

    /** Status line summary of a merge that changed something; the Merge Conflicts view when it found conflicts. */
    void report(MergeResult merge) {
        if (merge == null || !merge.hasChanges()) {
            return;
        }
        editor.statusLine(Messages.summary(merge));
        if (!merge.isClean()) {
            display.asyncExec(() -> {
                if (editor.isDisposedOrSwitched(context)) {
                    return;
                }
                try {
                    editor.getSite().getPage().showView(CONFLICTS_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    ILog.of(getClass()).log(e.getStatus());
                }
            });
        }
    }

    private void unreadable(IOException e, Stamp stamp) {
        checkedStamp = stamp; // say it once per change, not on every activation
        editor.statusLine(NLS.bind(Messages.Merge_unreadable, sidecar.getFileName(), e.getMessage()));
        ILog.of(getClass()).warn(sidecar + ": changed on disk but cannot be read", e);
    }

    /** Size and modification time (full precision), or null when there is no sidecar. */
    private static Stamp stampOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileTime time = attributes.lastModifiedTime();
            return new Stamp(attributes.size(), time, attributes.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    private record Stamp(long size, FileTime time, Object fileKey) {
    }

    /** The Merge Conflicts view (glossa.ui.internal.merge.MergeConflictsView). */
    static final String CONFLICTS_VIEW_ID = "glossa.ui.views.mergeConflicts";
}
