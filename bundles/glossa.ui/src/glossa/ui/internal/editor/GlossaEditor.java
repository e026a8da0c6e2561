package glossa.ui.internal.editor;

import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManagerExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.services.IEvaluationService;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.eclipse.ui.texteditor.MarkerAnnotationPreferences;
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
    /** The text before a reload replaced it: helps the re-anchoring predict where annotations went. */
    private String textBeforeReload;
    /** The info whose annotations are loading in the background, or null. */
    private GlossaDocumentProvider.ArticleInfo loading;
    private final List<Runnable> loadListeners = new java.util.ArrayList<>();

    private final IElementStateListener reloadListener = new IElementStateListener() {
        @Override
        public void elementContentAboutToBeReplaced(Object element) {
            if (element.equals(getEditorInput()) && bridge != null) {
                GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
                textBeforeReload = info == null ? null : info.fDocument.get();
                bridge.disconnect();
            }
        }

        @Override
        public void elementContentReplaced(Object element) {
            if (element.equals(getEditorInput())) {
                afterReload();
            }
        }

        @Override
        public void elementDirtyStateChanged(Object element, boolean isDirty) {
        }

        @Override
        public void elementDeleted(Object element) {
        }

        @Override
        public void elementMoved(Object originalElement, Object movedElement) {
        }
    };

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

    /**
     * Word wrap is on by default (articles are long paragraphs), but StyledText re-wraps a whole line on every change
     * and a wrapped line of a megabyte takes seconds: above this many characters in one line the editor opens
     * without word wrap (the analyst may still turn it on).
     */
    public static final int WRAP_LINE_LIMIT = 20_000;

    @Override
    protected boolean getInitialWordWrapStatus() {
        return super.getInitialWordWrapStatus() && longestLine() <= WRAP_LINE_LIMIT;
    }

    private int longestLine() {
        IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
        int longest = 0;
        if (document != null) {
            try {
                for (int line = 0, n = document.getNumberOfLines(); line < n; line++) {
                    longest = Math.max(longest, document.getLineLength(line));
                }
            } catch (BadLocationException e) {
                // cannot happen for lines below getNumberOfLines()
            }
        }
        return longest;
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
            loading = info;
            showLoading(info);
            info.whenLoaded(this::annotationsLoaded);
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

    /** The text is there, the annotations are not: say so, and show the load's progress on the editor's tab. */
    private void showLoading(GlossaDocumentProvider.ArticleInfo info) {
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.showBusyForFamily(AnnotationLoadJob.FAMILY);
        }
        statusLine(LOADING_MESSAGE);
        firePropertyChange(PROP_TITLE);
    }

    /** From the provider, on the UI thread, when the background load ended. */
    private void annotationsLoaded(GlossaDocumentProvider.ArticleInfo info) {
        if (loading != info || highlighter == null || getSourceViewer() == null) {
            return; // closed or switched to another input meanwhile
        }
        loading = null;
        statusLine(null);
        firePropertyChange(PROP_TITLE);
        if (info.loadFailure() != null) {
            // As when the open itself fails: the article is not opened.
            IStatus failure = info.loadFailure();
            org.eclipse.swt.widgets.Shell shell = getSite().getShell();
            getSite().getPage().closeEditor(this, false);
            if (failure.getSeverity() != IStatus.CANCEL) {
                // Not modal: this runs from the event loop, and the analyst may go on with other articles.
                ErrorDialog dialog = new ErrorDialog(shell, Messages.Editor_cannotOpen, null, failure,
                        IStatus.ERROR | IStatus.WARNING);
                dialog.setBlockOnOpen(false);
                dialog.open();
            }
            return;
        }
        // Editable now (unless the analyst chose read-only for a broken sidecar): widget, actions, status field.
        updateState(getEditorInput());
        updateStateDependentActions();
        updateStatusField(org.eclipse.ui.texteditor.ITextEditorActionConstants.STATUS_CATEGORY_ELEMENT_STATE);
        bindLoaded(info, info.takeReanchoringOnOpen());
        offerOutlineAgain();
        IEvaluationService evaluation = getSite().getService(IEvaluationService.class);
        if (evaluation != null) {
            evaluation.requestEvaluation(EditorStateTester.ANNOTATIONS_LOADED);
        }
        List<Runnable> listeners = List.copyOf(loadListeners);
        loadListeners.clear();
        listeners.forEach(Runnable::run);
    }

    /**
     * The Outline view asked this editor for a page while the annotations were loading and got none; the view only
     * asks again when the editor is activated, so tell it the (active) editor is there now.
     */
    private void offerOutlineAgain() {
        org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
        if (page.getActiveEditor() == this
                && page.findView(org.eclipse.ui.IPageLayout.ID_OUTLINE) instanceof org.eclipse.ui.part.PageBookView outline) {
            outline.partActivated(this);
        }
    }

    void statusLine(String message) {
        lastStatusMessage = message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    static final String LOADING_MESSAGE = Messages.Editor_loading;

    /** True while the annotations are read in the background: the text is shown read-only, there is no context yet. */
    public boolean isLoadingAnnotations() {
        return loading != null;
    }

    /** Runs {@code listener} once (on the UI thread) when the annotations are installed; at once if they are. */
    public void whenAnnotationsLoaded(Runnable listener) {
        if (loading == null) {
            listener.run();
        } else {
            loadListeners.add(listener);
        }
    }

    @Override
    public String getTitleToolTip() {
        String tip = super.getTitleToolTip();
        if (loading != null) {
            return NLS.bind(Messages.Editor_loadingTip, tip);
        }
        // The article's title (TitleDetector: metadata, then the text's headline) above its path.
        String title = context == null || context.article() == null ? ""
                : glossa.core.title.TitleDetector.title(context.article());
        return title.isBlank() ? tip : title + "\n" + tip;
    }

    private void startReanchoring(GlossaDocumentProvider.ArticleInfo info, String oldText) {
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
        loading = null;
        loadListeners.clear();
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

    private void afterReload() {
        GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
        if (info == null || bridge == null) {
            return;
        }
        boolean wasDirty = info.domain.getCommandStack() instanceof org.eclipse.emf.common.command.BasicCommandStack s
                && s.isSaveNeeded();
        // The text was replaced wholesale: older text edits and annotation commands can no longer be undone.
        if (getSourceViewer() instanceof ITextViewerExtension6 e6 && e6.getUndoManager() != null) {
            e6.getUndoManager().reset();
        }
        info.domain.getCommandStack().flush();
        bridge.connect();
        if (wasDirty) {
            // Unsaved annotation changes from before the reload are still in the document: keep them saveable.
            PROVIDER.setAnnotationsMoved(getEditorInput());
        }
        // Find the annotations again on the new text (glossa.core's re-anchorer), as one undoable command.
        String oldText = textBeforeReload;
        textBeforeReload = null;
        if (!info.isReadOnly() && oldText != null && !oldText.equals(info.fDocument.get())) {
            info.article().setTextChangedSinceAnnotated(true);
            startReanchoring(info, oldText);
        }
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        // Everything the platform paints, except Glossa's types: GlossaHighlighter paints those.
        for (Object o : new MarkerAnnotationPreferences().getAnnotationPreferences()) {
            AnnotationPreference preference = (AnnotationPreference) o;
            if (!String.valueOf(preference.getAnnotationType()).startsWith(TypeAppearance.PREFIX)) {
                support.setAnnotationPreference(preference);
            }
        }
        support.setCursorLinePainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE,
                AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE_COLOR);
        support.setMarginPainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN,
                AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLOR,
                AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLUMN);
        support.setSymbolicFontName(getFontPropertyPreferenceKey());
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
