package glossa.ui.internal.views;

import java.text.DateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;

import glossa.model.Annotation;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.memos.MemoRow;
import glossa.ui.internal.memos.Messages;
import glossa.ui.internal.appearance.ListColours;

/**
 * Every memo of the active article: on the document, on sections and on annotations. A filter box matches the words
 * of the memos (and what they are on); the columns sort by section (text order), author and date; double-click goes
 * to the memo's place in the text. Memos are written with Document Memo…, Section Memo… and Edit Memo… (commands).
 */
public class MemosView extends EditorFollowingView {

    public static final String ID = "glossa.ui.views.memos";

    private TableViewer viewer;
    private Text search;
    private Label status;
    private String query = "";
    private List<MemoRow> rows = List.of();
    private Comparator<MemoRow> order = Comparator.comparingInt(MemoRow::offset);
    private boolean descending;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage(Messages.View_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(e -> setQuery(search.getText()));
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        Table table = viewer.getTable();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.setHeaderVisible(true);
        ListColours.apply(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.View_section, 170, MemoRow::section, Comparator.comparingInt(MemoRow::offset));
        column(Messages.View_on, 200, MemoRow::on, null);
        column(Messages.View_memo, 480, r -> MemoRow.oneLine(r.memo()), null);
        column(Messages.View_author, 90, r -> r.author() == null ? "" : r.author(),
                Comparator.comparing(r -> r.author() == null ? "" : r.author()));
        column(Messages.View_date, 130, r -> r.date() == null ? "" : format(r.date()),
                Comparator.comparing(r -> r.date() == null ? new Date(0) : r.date()));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return ((MemoRow) element).matches(query);
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int c = order.compare((MemoRow) a, (MemoRow) b);
                return descending ? -c : c;
            }
        });
        viewer.addDoubleClickListener(e -> jump((MemoRow) viewer.getStructuredSelection().getFirstElement()));
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, viewer);
        followActiveEditor();
    }

    private void column(String title, int width, Function<MemoRow, String> text, Comparator<MemoRow> sort) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MemoRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((MemoRow) element).memo();
            }
        });
        if (sort != null) {
            TableColumn swt = column.getColumn();
            swt.addListener(SWT.Selection, e -> sortBy(swt, sort));
        }
    }

    /** Sorts by a column; a second click on the same column reverses the order. */
    private void sortBy(TableColumn column, Comparator<MemoRow> sort) {
        Table table = viewer.getTable();
        descending = table.getSortColumn() == column && !descending;
        order = sort.thenComparingInt(MemoRow::offset);
        table.setSortColumn(column);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    private static String format(Date date) {
        return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(date);
    }

    /** Shows the memo's place in the editor: the annotation, the section's start, or the top of the text. */
    public void jump(MemoRow row) {
        GlossaEditorContext context = context();
        if (row == null || context == null) {
            return;
        }
        if (row.owner() instanceof Annotation a) {
            context.reveal(a);
        } else if (row.owner() instanceof Section s) {
            context.reveal(s.getBegin(), s.getBegin());
        } else {
            context.reveal(0, 0);
        }
    }

    public void setQuery(String text) {
        query = text == null ? "" : text;
        if (!search.getText().equals(query)) {
            search.setText(query);
        }
        viewer.refresh();
        updateStatus();
    }

    /** The rows shown, in the order shown. */
    public List<MemoRow> shownRows() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(item -> (MemoRow) item.getData()).toList();
    }

    /** Sorts as a click on the column of that title would (for tests and the keyboard-less). */
    public void sortByColumn(int index) {
        viewer.getTable().getColumn(index).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public GlossaEditorContext editorContext() {
        return context();
    }

    private void reload() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        rows = context() == null ? List.of()
                : MemoRow.of(context().article().document(), Messages.View_document);
        viewer.setInput(rows);
        updateStatus();
    }

    private void updateStatus() {
        if (context() == null) {
            status.setText(Messages.View_noEditor);
        } else {
            status.setText(NLS.bind(Messages.View_count, viewer.getTable().getItemCount(), rows.size()));
        }
    }

    @Override
    protected void contextChanged() {
        reload();
    }

    @Override
    protected void filterChanged() {
        // Memos are listed whatever the annotation filter hides: a memo is the analyst's note, not a coding.
    }

    @Override
    protected void documentChanged(DocumentChanges changes) {
        reload();
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
