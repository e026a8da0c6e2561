package glossa.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/**
 * The Re-anchoring review: the moved, fuzzy and orphaned annotations of the active Glossa editor (from its last
 * re-anchoring, with the quotes they were made on, plus any other annotation of the document that is not exactly
 * anchored), the old quote and the new text side by side. The analyst accepts a fuzzy place, re-places an orphan on
 * the editor's selection, or deletes an annotation; each is one undoable command in the editor's history.
 * Double-click reveals the annotation in the editor.
 */
public class ReanchoringView extends ViewPart {

    public static final String ID = "glossa.ui.views.reanchoring";
    /** The review's commands; toolbar and context menu ({@code popup:} the view id) come from plugin.xml. */
    public static final String ACCEPT_COMMAND = "glossa.ui.review.accept";
    public static final String REPLACE_COMMAND = "glossa.ui.review.replace";
    public static final String DELETE_COMMAND = "glossa.ui.review.delete";

    private TableViewer viewer;
    private GlossaEditorContext context;
    /** The followed editor still loads its annotations (it has no context yet). */
    private boolean loading;
    private final Runnable refresher = this::refresh;
    private final CommandStackListener stackListener = event -> refresh();
    private final AcceptReanchoredHandler accept = new AcceptReanchoredHandler(this);
    private final ReplaceAnnotationHandler replace = new ReplaceAnnotationHandler(this);
    private final DeleteReviewedHandler delete = new DeleteReviewedHandler(this);

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IEditorPart editor) {
                follow(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IEditorPart editor
                    && editor.getAdapter(GlossaEditorContext.class) == context) {
                follow(null);
            }
        }

        @Override
        public void partInputChanged(IWorkbenchPartReference ref) {
            partActivated(ref);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Review_state, 80, r -> Labels.anchorState(r.state()));
        column(Messages.Review_score, 60, r -> r.state() == AnchorState.FUZZY ? String.format(Locale.ROOT, "%.2f", r.score()) : "");
        column(Messages.Review_type, 110, r -> r.annotation().getType() == null ? "" : r.annotation().getType().getName());
        column(Messages.Review_oldQuote, 320, r -> oneLine(r.oldQuote()));
        column(Messages.Review_newText, 320, r -> r.newText().isEmpty()
                ? (r.reason() == null ? Messages.Review_notFound : NLS.bind(Messages.Review_reason, r.reason()))
                : oneLine(r.newText()));
        viewer.addDoubleClickListener(event -> {
            ReviewRow row = first();
            if (row != null && context != null) {
                context.reveal(row.annotation());
            }
        });
        viewer.addSelectionChangedListener(event -> updateActions());
        createActions();
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(partListener);
        follow(getSite().getPage().getActiveEditor());
    }

    private interface Cell {
        String text(ReviewRow row);
    }

    private void column(String title, int width, Cell cell) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell.text((ReviewRow) element);
            }
        });
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Activates the review's handlers for this view and registers its context menu for contributions. */
    private void createActions() {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(ACCEPT_COMMAND, accept);
        handlers.activateHandler(REPLACE_COMMAND, replace);
        handlers.activateHandler(DELETE_COMMAND, delete);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        updateActions();
    }

    /** Follows the given editor when it is a Glossa editor (null: none). */
    void follow(IEditorPart editor) {
        loading = editor instanceof glossa.ui.internal.editor.GlossaEditor glossa && glossa.isLoadingAnnotations();
        if (loading) {
            ((glossa.ui.internal.editor.GlossaEditor) editor).whenAnnotationsLoaded(() -> {
                if (viewer != null && !viewer.getControl().isDisposed()
                        && getSite().getPage().getActiveEditor() == editor) {
                    follow(editor);
                }
            });
        }
        GlossaEditorContext next = editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
        if (next == context && next != null) {
            return;
        }
        if (context != null) {
            context.removeReanchorListener(refresher);
            context.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        context = next;
        if (context != null) {
            context.addReanchorListener(refresher);
            context.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        }
        refresh();
    }

    /** Rebuilds the rows from the followed editor's document and last re-anchoring. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<ReviewRow> rows = rows();
        viewer.setInput(rows);
        setContentDescription(context == null ? (loading ? Messages.View_loading : Messages.View_noEditor)
                : rows.isEmpty() ? Messages.Review_allExact : NLS.bind(Messages.Review_some, rows.size()));
        updateActions();
    }

    /** The rows shown (for tests as well). */
    public List<ReviewRow> rows() {
        if (context == null) {
            return List.of();
        }
        return ReviewRow.of(context.article().document(), context.article().text(), context.lastReanchoring());
    }

    private ReviewRow first() {
        return viewer.getStructuredSelection().getFirstElement() instanceof ReviewRow row ? row : null;
    }

    private void updateActions() {
        ReviewRow row = first();
        boolean editable = context != null && context.isEditable();
        accept.update(editable && row != null && row.state() != AnchorState.ORPHANED);
        replace.update(editable && row != null);
        delete.update(editable && row != null);
    }

    /** Accepts the selected row's new place. */
    public boolean acceptSelected() {
        ReviewRow row = first();
        if (row == null || context == null) {
            return false;
        }
        Command command = ReviewCommands.accept(context.editingDomain(), row.annotation(), context.article().text());
        return command != null && context.execute(command);
    }

    /** Re-places the selected row's annotation on the editor's selected text. */
    public boolean replaceSelected() {
        ReviewRow row = first();
        if (row == null || context == null) {
            return false;
        }
        int[] selection = selectionInEditor();
        Command command = selection == null ? null
                : ReviewCommands.replace(context.editingDomain(), row.annotation(), context.article().text(),
                        selection[0], selection[1]);
        if (command == null) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Review_replaceTitle,
                    Messages.Review_replaceHint);
            return false;
        }
        return context.execute(command);
    }

    /** Deletes the selected rows' annotations; only ever on the analyst's explicit action. */
    public boolean deleteSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.isEmpty() || context == null) {
            return false;
        }
        List<Annotation> annotations = selection.toList().stream().map(o -> ((ReviewRow) o).annotation()).toList();
        return context.execute(AnnotationCommands.delete(context.editingDomain(), context.article().document(),
                annotations));
    }

    private int[] selectionInEditor() {
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor != null && editor.getAdapter(GlossaEditorContext.class) == context
                && editor.getSite().getSelectionProvider()
                        .getSelection() instanceof org.eclipse.jface.text.ITextSelection text
                && text.getLength() > 0) {
            return new int[] { text.getOffset(), text.getOffset() + text.getLength() };
        }
        return null;
    }

    /** For tests: the table viewer. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        follow(null);
        super.dispose();
    }
}
