package glossa.ui.internal.editor;

import static glossa.ui.internal.editor.EditorInputFiles.pathOf;
import static glossa.ui.internal.editor.EditorInputFiles.stampOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.merge.MergeResult;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.io.ArticleFiles;
import glossa.ui.internal.nls.Messages;

/**
 * Documents for articles on the local file system ({@link IURIEditorInput} from the command line and File &gt; Open
 * Article, {@link IFileEditorInput}, {@link IPathEditorInput}). Per open article it holds the decoded text, the one EMF
 * document and its editing domain. Dirty means: the text changed, or the command stack is past its save point, or a
 * unsaved annotation changes survived a reload. Saving writes the text (only if it changed, in its own encoding) and the sidecar, each
 * atomically. External changes are noticed through the modification stamp (the file's mtime).
 */
public class GlossaDocumentProvider extends AbstractDocumentProvider {

    /** Replaced by tests; the default asks the analyst. */
    public static volatile BrokenSidecarPolicy brokenSidecarPolicy = BrokenSidecarPolicy.ASK;

    /**
     * Sidecars of at least this many bytes are read in a background job after the text is shown (read-only until the
     * annotations are installed); smaller ones at once, so that nothing flickers. Tests lower it.
     */
    public static volatile long backgroundSidecarBytes = 1L << 20;

    /** What the provider keeps per open article. */
    public class ArticleInfo extends ElementInfo {
        private AnnotatedArticle article;
        public final AdapterFactoryEditingDomain domain;
        private boolean readOnly;
        final Object element;
        long stamp;
        boolean annotationsMoved;
        final CommandStackListener dirtyListener;
        /** While the sidecar is read in the background: the job; null once the annotations are installed. */
        private AnnotationLoadJob load;
        private final List<Consumer<ArticleInfo>> loadListeners = new ArrayList<>();
        private IStatus loadFailure;
        private ReanchorReport reanchoringOnOpen;
        /** Applies a merge found while saving; the bound editor makes it one undoable command. */
        Consumer<MergeResult> mergeApplier;
        /** The merge the last save applied, for the editor to report; taken once. */
        private MergeResult savedMerge;

        ArticleInfo(Object element, IDocument document, IAnnotationModel model, AnnotatedArticle article,
                boolean readOnly, long stamp) {
            super(document, model);
            this.element = element;
            this.domain = new AdapterFactoryEditingDomain(
                    new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
            this.stamp = stamp;
            this.dirtyListener = event -> fireElementDirtyStateChanged(element, canSaveDocument(element));
            domain.getCommandStack().addCommandStackListener(dirtyListener);
            if (article != null) {
                install(article, readOnly);
            }
        }

        private void install(AnnotatedArticle loaded, boolean loadedReadOnly) {
            this.article = loaded;
            this.readOnly = loadedReadOnly;
            if (loaded.document().eResource() != null) {
                domain.getResourceSet().getResources().add(loaded.document().eResource());
            }
        }

        /** The article with its EMF document; null while the annotations are loading ({@link #isLoading()}). */
        public AnnotatedArticle article() {
            return article;
        }

        /** Opened read-only because the sidecar could not be read (not: read-only while loading). */
        public boolean isReadOnly() {
            return readOnly;
        }

        /** True while the sidecar is read in the background: the text is shown, the annotations are not there yet. */
        public boolean isLoading() {
            return load != null;
        }

        /** Why the annotations could not be loaded in the background (the article is then not opened); or null. */
        public IStatus loadFailure() {
            return loadFailure;
        }

        /** The job reading the sidecar, or null once loaded. */
        public Job loadJob() {
            return load;
        }

        /** Runs {@code listener} on the UI thread once the load ended (loaded or failed); at once if it has. */
        public void whenLoaded(Consumer<ArticleInfo> listener) {
            if (load == null) {
                listener.accept(this);
            } else {
                loadListeners.add(listener);
            }
        }

        /** The merge the last save applied (null: none), taken once. */
        MergeResult takeSavedMerge() {
            MergeResult merge = savedMerge;
            savedMerge = null;
            return merge;
        }

        /** The re-anchoring computed with the load, to be applied as one command by the editor; taken once. */
        ReanchorReport takeReanchoringOnOpen() {
            ReanchorReport report = reanchoringOnOpen;
            reanchoringOnOpen = null;
            return report;
        }
    }

    @Override
    protected ElementInfo createElementInfo(Object element) throws CoreException {
        Path path = pathOf(element);
        if (path == null) {
            throw new CoreException(Status.error(NLS.bind(Messages.Provider_localOnly, element)));
        }
        Path sidecar = AnnotatedArticle.sidecarOf(path);
        if (Display.getCurrent() != null && ArticleOpening.sizeOf(sidecar) >= backgroundSidecarBytes) {
            return loadInBackground(element, path);
        }
        ArticleOpening.Opened opened = ArticleOpening.open(path, getProgressMonitor());
        AnnotatedArticle article = opened.article();
        // When the text changed since the annotations were made, the article comes with the re-anchoring pending
        // (ArticleStore's DEFER policy): the editor runs it and applies it as one undoable command (GlossaEditor).
        IDocument document = new org.eclipse.jface.text.Document(article.text());
        return new ArticleInfo(element, document, new GlossaAnnotationModel(), article, opened.readOnly(),
                stampOf(path));
    }

    /** The text now, the sidecar in a job: the info has no article until {@link #finishLoad} installs it. */
    private ArticleInfo loadInBackground(Object element, Path path) throws CoreException {
        long stamp = stampOf(path);
        String text = ArticleOpening.text(path);
        ArticleInfo info = new ArticleInfo(element, new org.eclipse.jface.text.Document(text),
                new GlossaAnnotationModel(), null, false, stamp);
        info.load = new AnnotationLoadJob(path, Display.getCurrent(), outcome -> finishLoad(info, outcome));
        info.load.setPriority(Job.SHORT);
        info.load.schedule();
        return info;
    }

    /** On the UI thread: installs what the job loaded (or asks what to do about a broken sidecar), then tells the editors. */
    private void finishLoad(ArticleInfo info, AnnotationLoadJob.Outcome outcome) {
        if (info.load == null || articleInfo(info.element) != info) {
            return; // closed meanwhile
        }
        Path path = pathOf(info.element);
        try {
            if (outcome.cancelled()) {
                info.loadFailure = Status.CANCEL_STATUS;
            } else if (outcome.failure() != null) {
                throw ArticleOpening.cannotRead(path, outcome.failure());
            } else if (outcome.broken() != null) {
                ArticleOpening.Opened fallback = ArticleOpening.afterBrokenSidecar(path, outcome.broken());
                installLoaded(info, fallback.article(), fallback.readOnly(), null);
            } else {
                installLoaded(info, outcome.article(), false, outcome.reanchoring());
            }
        } catch (CoreException e) {
            info.loadFailure = e.getStatus();
        }
        info.load = null;
        List<Consumer<ArticleInfo>> listeners = new ArrayList<>(info.loadListeners);
        info.loadListeners.clear();
        listeners.forEach(listener -> listener.accept(info));
    }

    private void installLoaded(ArticleInfo info, AnnotatedArticle article, boolean readOnly, ReanchorReport report) {
        if (!article.text().equals(info.fDocument.get())) {
            // The file changed while it was loaded: show the text the annotations were loaded with.
            info.fDocument.set(article.text());
            report = null; // computed on that same text, but let the editor re-run it on what it shows
        }
        info.stamp = stampOf(article.articlePath());
        info.install(article, readOnly);
        info.reanchoringOnOpen = report;
    }

    @Override
    protected void disposeElementInfo(Object element, ElementInfo info) {
        if (info instanceof ArticleInfo a) {
            if (a.load != null) {
                a.load.cancel();
                a.load = null;
                a.loadListeners.clear();
            }
            a.domain.getCommandStack().removeCommandStackListener(a.dirtyListener);
        }
        super.disposeElementInfo(element, info);
    }

    public ArticleInfo articleInfo(Object element) {
        return getElementInfo(element) instanceof ArticleInfo info ? info : null;
    }

    @Override
    protected IDocument createDocument(Object element) throws CoreException {
        throw new UnsupportedOperationException("documents are created with their element info");
    }

    @Override
    protected IAnnotationModel createAnnotationModel(Object element) throws CoreException {
        return new GlossaAnnotationModel();
    }

    @Override
    public boolean canSaveDocument(Object element) {
        ArticleInfo info = articleInfo(element);
        if (info == null) {
            return false;
        }
        return !info.readOnly && !info.isLoading()
                && (info.fCanBeSaved || info.domain.getCommandStack() instanceof BasicCommandStack s && s.isSaveNeeded()
                        || info.annotationsMoved);
    }

    @Override
    public boolean mustSaveDocument(Object element) {
        return canSaveDocument(element);
    }

    /** Marks the sidecar as needing a save after annotations were moved outside commands (reload). */
    void setAnnotationsMoved(Object element) {
        ArticleInfo info = articleInfo(element);
        if (info != null) {
            info.annotationsMoved = true;
            fireElementDirtyStateChanged(element, canSaveDocument(element));
        }
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
            throws CoreException {
        ArticleInfo info = articleInfo(element);
        if (info == null || info.isLoading()) {
            return;
        }
        if (info.readOnly) {
            throw new CoreException(Status.error(
                    NLS.bind(Messages.Provider_readOnlyNotSaved, info.article().articlePath().getFileName())));
        }
        Path path = info.article().articlePath();
        if (!overwrite && Files.exists(path) && stampOf(path) != info.stamp) {
            throw new CoreException(new Status(IStatus.ERROR, GlossaUiPlugin.PLUGIN_ID,
                    IResourceStatus.OUT_OF_SYNC_LOCAL, NLS.bind(Messages.Provider_changedOnDisk, path), null));
        }
        boolean writeText = info.fCanBeSaved;
        info.article().setArticleText(info.article().articleText().withText(document.get()));
        // A compare-and-swap: what another writer saved since the sidecar was read is merged in first, as a command.
        Consumer<MergeResult> applier = info.mergeApplier != null ? info.mergeApplier
                : merge -> info.domain.getCommandStack().execute(merge.toCommand(info.domain));
        try {
            info.savedMerge = ArticleFiles.save(info.article(), writeText, monitor, applier);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CoreException(Status.error(NLS.bind(glossa.ui.internal.merge.Messages.Save_failed, path, e.getMessage()), e));
        }
        info.stamp = stampOf(path);
        info.annotationsMoved = false;
        ((BasicCommandStack) info.domain.getCommandStack()).saveIsDone();
    }

    /**
     * After the editor merged in another writer's sidecar while it had nothing unsaved: the document now holds what
     * is on disk, so it is clean again (the merge stays on the undo history).
     */
    void markSidecarInSync(Object element) {
        ArticleInfo info = articleInfo(element);
        if (info != null) {
            ((BasicCommandStack) info.domain.getCommandStack()).saveIsDone();
            fireElementDirtyStateChanged(element, canSaveDocument(element));
        }
    }

    /** Re-reads the text after the file changed on disk; the editor re-anchors the annotations (see GlossaEditor). */
    @Override
    protected void doSynchronize(Object element, IProgressMonitor monitor) throws CoreException {
        ArticleInfo info = articleInfo(element);
        if (info == null || info.isLoading()) {
            return; // the load reads the file as it is now and shows that text
        }
        Path path = info.article().articlePath();
        try {
            var text = ArticleFiles.decode(path);
            fireElementContentAboutToBeReplaced(element);
            removeUnchangedElementListeners(element, info);
            info.article().setArticleText(text);
            info.fDocument.set(text.text());
            info.fCanBeSaved = false;
            info.stamp = stampOf(path);
            addUnchangedElementListeners(element, info);
            fireElementContentReplaced(element);
        } catch (IOException e) {
            throw ArticleOpening.cannotRead(path, e);
        }
    }

    @Override
    public long getModificationStamp(Object element) {
        Path path = pathOf(element);
        return path == null ? super.getModificationStamp(element) : stampOf(path);
    }

    @Override
    public long getSynchronizationStamp(Object element) {
        ArticleInfo info = articleInfo(element);
        return info == null ? 0 : info.stamp;
    }

    @Override
    public boolean isSynchronized(Object element) {
        ArticleInfo info = articleInfo(element);
        return info == null || info.stamp == getModificationStamp(element);
    }

    @Override
    public boolean isDeleted(Object element) {
        Path path = pathOf(element);
        return path != null && !Files.exists(path);
    }

    @Override
    public boolean isReadOnly(Object element) {
        ArticleInfo info = articleInfo(element);
        Path path = pathOf(element);
        return info != null && (info.readOnly || info.isLoading()) || path == null || Files.exists(path) && !Files.isWritable(path);
    }

    @Override
    public boolean isModifiable(Object element) {
        return !isReadOnly(element);
    }

    @Override
    protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
        return null;
    }
}
