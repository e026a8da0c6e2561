package glossa.ui.internal.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

import glossa.core.AnnotatedArticle;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.io.ArticleFiles;
import glossa.core.io.SidecarException;

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

    /** What the provider keeps per open article. */
    public class ArticleInfo extends ElementInfo {
        public final AnnotatedArticle article;
        public final AdapterFactoryEditingDomain domain;
        public final boolean readOnly;
        final Object element;
        long stamp;
        boolean annotationsMoved;
        final CommandStackListener dirtyListener;

        ArticleInfo(Object element, IDocument document, IAnnotationModel model, AnnotatedArticle article,
                boolean readOnly) {
            super(document, model);
            this.element = element;
            this.article = article;
            this.readOnly = readOnly;
            this.domain = new AdapterFactoryEditingDomain(
                    new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
            if (article.document().eResource() != null) {
                domain.getResourceSet().getResources().add(article.document().eResource());
            }
            this.stamp = stampOf(article.articlePath());
            this.dirtyListener = event -> fireElementDirtyStateChanged(element, canSaveDocument(element));
            domain.getCommandStack().addCommandStackListener(dirtyListener);
        }
    }

    @Override
    protected ElementInfo createElementInfo(Object element) throws CoreException {
        Path path = pathOf(element);
        if (path == null) {
            throw new CoreException(Status.error("Glossa opens files on the local file system only: " + element));
        }
        AnnotatedArticle article;
        boolean readOnly = false;
        try {
            article = ArticleFiles.open(path, getProgressMonitor());
        } catch (SidecarException problem) {
            switch (brokenSidecarPolicy.decide(path, problem)) {
                case SET_ASIDE -> {
                    try {
                        ArticleFiles.setAside(problem.file());
                        article = ArticleFiles.openWithoutSidecar(path);
                    } catch (IOException e) {
                        throw new CoreException(Status.error("Could not set aside " + problem.file() + ": " + e, e));
                    }
                }
                case READ_ONLY -> {
                    try {
                        article = ArticleFiles.openWithoutSidecar(path);
                    } catch (IOException e) {
                        throw new CoreException(Status.error("Could not read " + path + ": " + e.getMessage(), e));
                    }
                    readOnly = true;
                }
                default -> throw new CoreException(new Status(IStatus.ERROR, GlossaUiPlugin.PLUGIN_ID,
                        "The annotations cannot be read: " + problem.getMessage(), problem));
            }
        } catch (IOException e) {
            throw new CoreException(Status.error("Could not read " + path + ": " + e.getMessage(), e));
        }
        // When the text changed since the annotations were made, the article comes with the re-anchoring pending
        // (ArticleStore's DEFER policy): the editor runs it and applies it as one undoable command (GlossaEditor).
        IDocument document = new org.eclipse.jface.text.Document(article.text());
        return new ArticleInfo(element, document, new GlossaAnnotationModel(), article, readOnly);
    }

    @Override
    protected void disposeElementInfo(Object element, ElementInfo info) {
        if (info instanceof ArticleInfo a) {
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
        return !info.readOnly
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
        if (info == null) {
            return;
        }
        if (info.readOnly) {
            throw new CoreException(Status.error(info.article.articlePath().getFileName()
                    + " was opened read-only because its annotations could not be read; nothing was saved."));
        }
        Path path = info.article.articlePath();
        if (!overwrite && Files.exists(path) && stampOf(path) != info.stamp) {
            throw new CoreException(new Status(IStatus.ERROR, GlossaUiPlugin.PLUGIN_ID,
                    IResourceStatus.OUT_OF_SYNC_LOCAL, path + " was changed on disk.", null));
        }
        boolean writeText = info.fCanBeSaved;
        info.article.setArticleText(info.article.articleText().withText(document.get()));
        try {
            ArticleFiles.save(info.article, writeText, monitor);
        } catch (IOException e) {
            throw new CoreException(Status.error("Could not save " + path + ": " + e.getMessage(), e));
        }
        info.stamp = stampOf(path);
        info.annotationsMoved = false;
        ((BasicCommandStack) info.domain.getCommandStack()).saveIsDone();
    }

    /** Re-reads the text after the file changed on disk; the editor re-anchors the annotations (see GlossaEditor). */
    @Override
    protected void doSynchronize(Object element, IProgressMonitor monitor) throws CoreException {
        ArticleInfo info = articleInfo(element);
        if (info == null) {
            return;
        }
        Path path = info.article.articlePath();
        try {
            var text = ArticleFiles.decode(path);
            fireElementContentAboutToBeReplaced(element);
            removeUnchangedElementListeners(element, info);
            info.article.setArticleText(text);
            info.fDocument.set(text.text());
            info.fCanBeSaved = false;
            info.stamp = stampOf(path);
            addUnchangedElementListeners(element, info);
            fireElementContentReplaced(element);
        } catch (IOException e) {
            throw new CoreException(Status.error("Could not read " + path + ": " + e.getMessage(), e));
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
        return info != null && info.readOnly || path == null || Files.exists(path) && !Files.isWritable(path);
    }

    @Override
    public boolean isModifiable(Object element) {
        return !isReadOnly(element);
    }

    @Override
    protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
        return null;
    }

    static long stampOf(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The local path of an editor input, or null. */
    public static Path pathOf(Object element) {
        if (element instanceof IFileEditorInput file && file.getFile().getLocation() != null) {
            return file.getFile().getLocation().toPath();
        }
        if (element instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            if (uri != null && "file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        }
        if (element instanceof IPathEditorInput pathInput) {
            IPath path = pathInput.getPath();
            return path == null ? null : path.toPath();
        }
        if (element instanceof IEditorInput input) {
            IPathEditorInput adapted = input.getAdapter(IPathEditorInput.class);
            if (adapted != null && adapted != input) {
                return pathOf(adapted);
            }
        }
        return null;
    }
}
