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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.eclipse.ui.texteditor.MarkerAnnotationPreferences;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.GlossaUiPlugin;
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
    private EditorContext context;
    private AnnotationPropertySheetPage propertySheetPage;

    private final IElementStateListener reloadListener = new IElementStateListener() {
        @Override
        public void elementContentAboutToBeReplaced(Object element) {
            if (element.equals(getEditorInput()) && bridge != null) {
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

    /** Connects the bridge and the context to the current input's document. */
    private void bind() {
        GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
        ISourceViewer viewer = getSourceViewer();
        if (info == null || viewer == null) {
            return;
        }
        bridge = new AnnotationModelBridge(info.article.document(), info.fDocument,
                (GlossaAnnotationModel) info.fModel);
        bridge.setAppearanceListener(() -> {
            highlighter.configure(info.article.document());
            viewer.invalidateTextPresentation();
        });
        highlighter.configure(info.article.document());
        bridge.connect();
        IUndoContext undoContext = ((IUndoManagerExtension) ((ITextViewerExtension6) viewer).getUndoManager())
                .getUndoContext();
        context = new EditorContext(this, info, bridge, undoContext);
    }

    private void unbind() {
        if (bridge != null) {
            bridge.disconnect();
            bridge = null;
        }
        if (context != null) {
            context.dispose();
            context = null;
        }
    }

    private void afterReload() {
        GlossaDocumentProvider.ArticleInfo info = PROVIDER.articleInfo(getEditorInput());
        if (info == null || bridge == null) {
            return;
        }
        boolean wasDirty = info.domain.getCommandStack() instanceof org.eclipse.emf.common.command.BasicCommandStack s
                && s.isSaveNeeded();
        boolean moved = QuoteReanchor.reanchor(info.article.document(), info.fDocument.get());
        // The text was replaced wholesale: older text edits and annotation commands can no longer be undone.
        if (getSourceViewer() instanceof ITextViewerExtension6 e6 && e6.getUndoManager() != null) {
            e6.getUndoManager().reset();
        }
        info.domain.getCommandStack().flush();
        bridge.connect();
        if (moved || wasDirty) {
            PROVIDER.setAnnotationsMoved(getEditorInput());
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
            return adapter.cast(new glossa.ui.outline.SectionOutlinePage(context));
        }
        if (adapter == IPropertySheetPage.class) {
            if (propertySheetPage == null || propertySheetPage.getControl() == null
                    || propertySheetPage.getControl().isDisposed()) {
                propertySheetPage = new AnnotationPropertySheetPage(this);
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
