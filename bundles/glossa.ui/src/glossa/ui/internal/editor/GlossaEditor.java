package glossa.ui.internal.editor;

import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManagerExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import glossa.core.anchor.ReanchorReport;
import glossa.core.merge.MergeResult;
import glossa.core.query.SavedFilters;
import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.properties.AnnotationPropertySheetPage;

/**
 * The annotating editor: a decorated text editor over an article, whose annotations are painted by
 * {@link GlossaHighlighter} from the JFace model that {@link AnnotationModelBridge} keeps in step with the EMF document.
 * Offers {@link GlossaEditorContext} through {@link #getAdapter(Class)}.
 */
public class GlossaEditor extends AbstractDecoratedTextEditor {

    public static final String ID = "glossa.ui.editor";
    public static final String CONTEXT_ID = "glossa.ui.editorContext";
    public static final String CONTEXT_MENU_ID = "#GlossaEditorContext";

    private static final GlossaDocumentProvider PROVIDER = new GlossaDocumentProvider();

    private GlossaHighlighter highlighter;
    private AnnotationModelBridge bridge;
    /** Keeps the bridge's model to the annotations near the visible text. */
    private VisibleTextFollower visibleText;
    private EditorContext context;
    /** Enter/Delete/Ctrl+1..3 act on a suggestion only while the caret is on one (issue 22). */
    private glossa.ui.internal.suggest.SuggestionKeys suggestionKeys;
    private AnnotationPropertySheetPage propertySheetPage;
    private EditorReanchoring reanchoring;
    /** Merges what another writer saved into the sidecar while the article is open. */
    private SidecarWatcher sidecarWatcher;
    /** The last merge summary shown in the status line (for tests). */
    private String lastStatusMessage;
    /** While the annotations are read in the background: the text read-only, and who waits for them. */
    private final AnnotationLoadWait loadWait = new AnnotationLoadWait(this);

    /** Lets the bridge go of the text a reload replaces and re-anchors the annotations on the new one. */
    private final IElementStateListener reloadListener = new ReloadFollower(this);

    public static GlossaDocumentProvider documentProvider() {
        return PROVIDER;
    }

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        IPreferenceStore store = new ChainedPreferenceStore(
                new IPreferenceStore[] { GlossaUiPlugin.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() });
        setPreferenceStore(store);
        setDocumentProvider(PROVIDER);
        setEditorContextMenuId(CONTEXT_MENU_ID);
        setRulerContextMenuId("#GlossaRulerContext");
        setSourceViewerConfiguration(new GlossaSourceViewerConfiguration(store, this));
    }

    @Override
    protected void setDocumentProvider(IEditorInput input) {
        setDocumentProvider(PROVIDER);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT_ID });
    }

    /** A ruler for Glossa's annotation types only (see {@link GlossaOverviewRuler}). */
    @Override
    protected org.eclipse.jface.text.source.IOverviewRuler createOverviewRuler(
            org.eclipse.jface.text.source.ISharedTextColors sharedColors) {
        return new GlossaOverviewRuler(getAnnotationAccess(), sharedColors);
    }

    /** Whether the overview ruler draws annotations of this JFace type; for tests. */
    public boolean overviewRulerShows(String annotationType) {
        return getOverviewRuler() instanceof GlossaOverviewRuler ruler && ruler.shows(annotationType);
    }

    /** Above this many characters in one line the editor opens without word wrap ({@link InitialWordWrap}). */
    public static final int WRAP_LINE_LIMIT = 20_000;

    @Override
    protected boolean getInitialWordWrapStatus() {
        return super.getInitialWordWrapStatus() && InitialWordWrap.allows(
                getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput()));
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        highlighter = new GlossaHighlighter(getSourceViewer(), getAnnotationAccess(), getOverviewRuler());
        PROVIDER.addElementStateListener(reloadListener);
        bind();
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        unbind();
        super.doSetInput(input);
        if (highlighter != null) {
            bind();
        }
    }

    /**
     * Connects the bridge and the context to the current input's document; while its annotations are still loading
     * (a large sidecar, see {@link GlossaDocumentProvider#backgroundSidecarBytes}) the text is shown read-only and the
     * binding waits for the load.
     */
    private void bind() {
        GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
        ISourceViewer viewer = getSourceViewer();
        if (info == null || viewer == null) {
            return;
        }
        if (info.isLoading()) {
            loadWait.start(info);
            return;
        }
        bindLoaded(info, null);
    }

    private void bindLoaded(GlossaDocumentProvider.ArticleInfo info, ReanchorReport computedReanchoring) {
        ISourceViewer viewer = getSourceViewer();
        bridge = new AnnotationModelBridge(info.article().document(), info.fDocument,
                (GlossaAnnotationModel) info.fModel);
        bridge.setAppearanceListener(() -> {
            highlighter.configure(info.article().document());
            viewer.invalidateTextPresentation();
        });
        highlighter.configure(info.article().document());
        bridge.setModelMovedListener(highlighter::catchUp);
        // Built with the document's remembered filter at once: applying it afterwards would revisit every annotation.
        bridge.setFilter(SavedFilters.remembered(info.article().document()));
        visibleText = new VisibleTextFollower(viewer, info.fDocument, bridge);
        visibleText.install();
        bridge.connect();
        IUndoContext undoContext = ((IUndoManagerExtension) ((ITextViewerExtension6) viewer).getUndoManager())
                .getUndoContext();
        context = new EditorContext(this, info, bridge, undoContext);
        EditorContext bound = context;
        // A save that finds the sidecar changed merges first: as one undoable command, or not at all (then the save
        // fails and writes nothing).
        info.mergeApplier = merge -> {
            if (merge.hasChanges() && !bound.execute(merge.toCommand(info.domain))) {
                throw new java.io.UncheckedIOException(new java.io.IOException(Messages.Editor_mergeFailed));
            }
        };
        sidecarWatcher = new SidecarWatcher(this, context, info);
        suggestionKeys = new glossa.ui.internal.suggest.SuggestionKeys(this);
        suggestionKeys.install();
        // Opened on a text that changed since the annotations were made: re-anchor them, one undoable step.
        if (info.article().textChangedSinceAnnotated() && !info.isReadOnly()) {
            if (computedReanchoring != null) {
                reanchoring = new EditorReanchoring(this, context, info.article(), null);
                reanchoring.applyComputed(computedReanchoring);
            } else {
                startReanchoring(info, null);
            }
        }
    }

    /**
     * From {@link AnnotationLoadWait}, when the annotations loaded in the background are installed: editable now
     * (unless the analyst chose read-only for a broken sidecar), with widget, actions and status field, and bound.
     */
    void annotationsInstalled(GlossaDocumentProvider.ArticleInfo info) {
        updateState(getEditorInput());
        updateStateDependentActions();
        updateStatusField(org.eclipse.ui.texteditor.ITextEditorActionConstants.STATUS_CATEGORY_ELEMENT_STATE);
        bindLoaded(info, info.takeReanchoringOnOpen());
    }

    /** Whether the editor still has its widgets (not closed). */
    boolean hasViewer() {
        return highlighter != null && getSourceViewer() != null;
    }

    /** The title or its tool tip changed (the tool tip says while the annotations load). */
    void titleChanged() {
        firePropertyChange(PROP_TITLE);
    }

    void statusLine(String message) {
        lastStatusMessage = message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** True while the annotations are read in the background: the text is shown read-only, there is no context yet. */
    public boolean isLoadingAnnotations() {
        return loadWait.isLoading();
    }

    /** Runs {@code listener} once (on the UI thread) when the annotations are installed; at once if they are. */
    public void whenAnnotationsLoaded(Runnable listener) {
        loadWait.whenLoaded(listener);
    }

    @Override
    public String getTitleToolTip() {
        String tip = super.getTitleToolTip();
        if (loadWait.isLoading()) {
            return NLS.bind(Messages.Editor_loadingTip, tip);
        }
        // The article's title (TitleDetector: metadata, then the text's headline) above its path.
        String title = context == null || context.article() == null ? ""
                : glossa.core.title.TitleDetector.title(context.article());
        return title.isBlank() ? tip : title + "\n" + tip;
    }

    void startReanchoring(GlossaDocumentProvider.ArticleInfo info, String oldText) {
        if (reanchoring != null) {
            reanchoring.cancel();
        }
        reanchoring = new EditorReanchoring(this, context, info.article(), oldText);
        reanchoring.start();
    }

    /** True when this editor was closed, or shows another input, since {@code expected} was its context. */
    boolean isDisposedOrSwitched(EditorContext expected) {
        return context != expected || getSourceViewer() == null || getSourceViewer().getTextWidget() == null
                || getSourceViewer().getTextWidget().isDisposed();
    }

    private void unbind() {
        loadWait.cancel();
        if (reanchoring != null) {
            reanchoring.cancel();
            reanchoring = null;
        }
        if (visibleText != null) {
            visibleText.uninstall();
            visibleText = null;
        }
        if (bridge != null) {
            bridge.disconnect();
            bridge = null;
        }
        if (sidecarWatcher != null) {
            sidecarWatcher.dispose();
            sidecarWatcher = null;
        }
        if (suggestionKeys != null) {
            suggestionKeys.dispose();
            suggestionKeys = null;
        }
        GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
        if (info != null) {
            info.mergeApplier = null;
        }
        if (context != null) {
            context.dispose();
            context = null;
        }
    }

    /** On activation the platform checks the text against the disk; Glossa checks the sidecar too. */
    @Override
    protected void sanityCheckState(IEditorInput input) {
        super.sanityCheckState(input);
        if (sidecarWatcher != null && input == getEditorInput()) {
            sidecarWatcher.check();
        }
    }

    /** After a save that merged what another writer had saved: say what came in (and show any conflicts). */
    @Override
    protected void editorSaved() {
        super.editorSaved();
        GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
        MergeResult merge = info == null ? null : info.takeSavedMerge();
        if (merge != null && sidecarWatcher != null) {
            sidecarWatcher.report(merge);
        }
    }

    /** Looks for another writer's changes of the sidecar now (the editor does on activation). */
    public void checkSidecar() {
        if (sidecarWatcher != null) {
            sidecarWatcher.check();
        }
    }

    boolean isReanchoring() {
        return reanchoring != null && reanchoring.isRunning();
    }

    /** The last message Glossa put in this editor's status line (for tests), or null. */
    public String lastStatusMessage() {
        return lastStatusMessage;
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        PlatformDecorations.configure(support, getFontPropertyPreferenceKey());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The analyst's selection as {begin, end} offsets into the document. */
    public int[] selectedRange() {
        ISelection selection = getSelectionProvider().getSelection();
        if (selection instanceof ITextSelection text) {
            return new int[] { text.getOffset(), text.getOffset() + text.getLength() };
        }
        return new int[] { 0, 0 };
    }

    /** The innermost visible annotation at the caret (or selection start), or null. */
    public Annotation annotationAtCaret() {
        if (context == null) {
            return null;
        }
        List<Annotation> at = context.annotationsAt(selectedRange()[0]);
        return at.isEmpty() ? null : at.get(at.size() - 1);
    }

    /** For tests and the benchmark: the bridge of the current input. */
    public AnnotationModelBridge bridge() {
        return bridge;
    }

    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == GlossaEditorContext.class) {
            return adapter.cast(context);
        }
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            if (context == null) {
                return null;
            }
            return adapter.cast(new glossa.ui.outline.SectionOutlinePage(context));
        }
        if (adapter == IPropertySheetPage.class) {
            if (propertySheetPage == null || propertySheetPage.getControl() == null
                    || propertySheetPage.getControl().isDisposed()) {
                propertySheetPage = new AnnotationPropertySheetPage(this, () -> getAdapter(GlossaEditorContext.class),
                        this::annotationAtCaret);
            }
            return adapter.cast(propertySheetPage);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        PROVIDER.removeElementStateListener(reloadListener);
        unbind();
        if (highlighter != null) {
            highlighter.dispose();
            highlighter = null;
        }
        super.dispose();
    }
}
