package glossa.ui.internal.views;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.MergeConflict;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.ConflictResolutions.Resolution;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.merge.Messages;

/**
 * Merge Conflicts: what two writers changed differently in the active Glossa editor's document, as the three-way
 * merge recorded it ({@link Document#getConflicts()}): kind, the annotation (its quote) or other object, the field,
 * my value and theirs. Per row the analyst keeps mine, takes theirs or keeps both ({@link ConflictResolutions} says
 * what each does); each is one undoable command in the editor's history, which also removes the record.
 * Double-click reveals the annotation in the editor.
 */
public class MergeConflictsView extends ViewPart {

    public static final String ID = "glossa.ui.views.mergeConflicts";
    /** Toolbar and context menu ({@code popup:} the view id) come from plugin.xml. */
    public static final String KEEP_MINE_COMMAND = "glossa.ui.merge.keepMine";
    public static final String TAKE_THEIRS_COMMAND = "glossa.ui.merge.takeTheirs";
    public static final String KEEP_BOTH_COMMAND = "glossa.ui.merge.keepBoth";

    private TableViewer viewer;
    private EditorTracker tracker;
    private GlossaEditorContext context;
    /** The shown document's annotations by id, rebuilt with the rows. */
    private Map<String, Annotation> annotations = Map.of();
    private final CommandStackListener stackListener = event -> refresh();
    private final ResolveHandler keepMine = new ResolveHandler(this, Resolution.KEEP_MINE);
    private final ResolveHandler takeTheirs = new ResolveHandler(this, Resolution.TAKE_THEIRS);
    private final ResolveHandler keepBoth = new ResolveHandler(this, Resolution.KEEP_BOTH);

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(Messages.View_kind, 80, c -> Messages.kind(c.getObjectKind()));
        column(Messages.View_object, 180, this::object);
        column(Messages.View_field, 100, c -> Labels.feature(c.getFeature()));
        column(Messages.View_ours, 190, c -> value(c.getOurs()));
        column(Messages.View_theirs, 190, c -> value(c.getTheirs()));
        viewer.addDoubleClickListener(event -> revealSelected());
        viewer.addSelectionChangedListener(event -> updateActions());
        createActions();
        getSite().setSelectionProvider(viewer);
        tracker = new EditorTracker(getSite().getPage(), this::show);
        if (context == null) {
            refresh();
        }
    }

    private interface Cell {
        String text(MergeConflict conflict);
    }

    private void column(String title, int width, Cell cell) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return oneLine(cell.text((MergeConflict) element));
            }

            @Override
            public String getToolTipText(Object element) {
                return cell.text((MergeConflict) element);
            }
        });
    }

    /** The annotation's type and quote, else the object's id. */
    private String object(MergeConflict c) {
        Annotation a = ConflictResolutions.ANNOTATION.equals(c.getObjectKind()) ? annotations.get(c.getObjectId())
                : null;
        if (a == null) {
            return c.getObjectId();
        }
        String type = a.getType() == null ? "" : a.getType().getName() + ": ";
        return type + "\u201c" + a.getQuote() + "\u201d";
    }

    private static String value(String v) {
        return v == null ? "" : ConflictResolutions.DELETED.equals(v) ? Messages.View_deleted : v;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private void createActions() {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(KEEP_MINE_COMMAND, keepMine);
        handlers.activateHandler(TAKE_THEIRS_COMMAND, takeTheirs);
        handlers.activateHandler(KEEP_BOTH_COMMAND, keepBoth);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        updateActions();
    }

    /** Shows the conflicts of another Glossa editor's document (null: none), as the tracker says. */
    private void show(GlossaEditorContext next) {
        if (next == context && next != null) {
            return;
        }
        if (context != null) {
            context.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        context = next;
        if (context != null) {
            // The conflicts change only through commands: merges, resolutions, undo and redo.
            context.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        }
        refresh();
    }

    /** Rebuilds the rows from the followed editor's document. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<MergeConflict> rows = rows();
        annotations = new HashMap<>();
        if (context != null && !rows.isEmpty()) {
            for (Annotation a : context.article().document().getAnnotations()) {
                annotations.putIfAbsent(a.getId(), a);
            }
        }
        viewer.setInput(rows);
        boolean loading = tracker != null && tracker.isLoading();
        setContentDescription(context == null ? (loading ? Messages.View_loading : Messages.View_noEditor)
                : rows.isEmpty() ? Messages.View_none : MessageFormat.format(Messages.View_some, rows.size()));
        updateActions();
    }

    /** The rows shown (for tests as well): the recorded conflicts of the followed editor's document. */
    public List<MergeConflict> rows() {
        return context == null ? List.of() : List.copyOf(context.article().document().getConflicts());
    }

    private MergeConflict selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof MergeConflict c ? c : null;
    }

    private void updateActions() {
        MergeConflict c = selected();
        boolean editable = context != null && context.isEditable() && c != null;
        Document document = context == null ? null : context.article().document();
        keepMine.update(editable && ConflictResolutions.applies(document, c, Resolution.KEEP_MINE));
        takeTheirs.update(editable && ConflictResolutions.applies(document, c, Resolution.TAKE_THEIRS));
        keepBoth.update(editable && ConflictResolutions.applies(document, c, Resolution.KEEP_BOTH));
    }

    /** Resolves the selected conflict as chosen: one undoable command. */
    public boolean resolveSelected(Resolution resolution) {
        MergeConflict c = selected();
        if (c == null || context == null) {
            return false;
        }
        Command command = ConflictResolutions.resolve(context.editingDomain(), context.article().document(),
                context.article().text(), c, resolution);
        return command != null && context.execute(command);
    }

    private void revealSelected() {
        MergeConflict c = selected();
        Annotation a = c == null ? null : annotations.get(c.getObjectId());
        if (a != null && context != null && a.eContainer() != null) {
            context.reveal(a);
        }
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
        if (tracker != null) {
            tracker.dispose();
        }
        show(null);
        super.dispose();
    }
}
