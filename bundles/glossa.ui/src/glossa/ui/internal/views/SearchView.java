package glossa.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import glossa.search.CaseIndex;
import glossa.search.CaseSearch;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;
import glossa.ui.internal.cases.CaseResources;
import glossa.ui.internal.io.ArticleOpener;
import glossa.ui.internal.search.KeptCaseIndex;
import glossa.ui.internal.search.Messages;

/**
 * Case-wide search with keyword in context: for the case (project) selected in the workbench, a query (words,
 * phrases or a regular expression) and filters; the hits in a virtual table (left context, hit, right context,
 * article, section), sortable by any column. Double-click opens the article at the hit. The search runs in a job on
 * the case's index ({@link CaseSearch#indexed}, refreshed first), kept open between searches ({@link KeptCaseIndex}). "Code Hits As…" and "Export Hits as CSV…" are
 * commands on the view's toolbar and context menu; they take the selected hits, or all when none is selected.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "glossa.ui.views.search";
    private static final int COLUMNS = 5;

    private SearchForm form;
    private Label status;
    private Table table;

    private IProject project;
    private List<SearchHit> hits = new ArrayList<>();
    private int sortColumn = -1;
    private boolean ascending = true;
    private Job job;
    /** A search is running: its hits are not shown yet. */
    private boolean searching;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final KeptCaseIndex keptIndex = new KeptCaseIndex();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        form = new SearchForm(parent, this::search, message -> status.setText(message));

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(Messages.SearchView_noCase);
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] names = { Messages.SearchView_columnLeft, Messages.SearchView_columnHit,
                Messages.SearchView_columnRight, Messages.SearchView_columnArticle, Messages.SearchView_columnSection };
        int[] widths = { 280, 110, 280, 190, 110 };
        for (int c = 0; c < COLUMNS; c++) {
            TableColumn column = new TableColumn(table, c == 0 ? SWT.RIGHT : SWT.LEFT);
            column.setText(names[c]);
            column.setWidth(widths[c]);
            int index = c;
            column.addListener(SWT.Selection, e -> sortBy(index));
            if (c == 0) {
                column.addListener(SWT.Resize, e -> table.clearAll());
            }
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < hits.size()) {
                SearchHit hit = hits.get(index);
                item.setText(new String[] { fitLeft(hit.left()), hit.hit(), hit.right(), hit.article(),
                        hit.section() });
            }
        });
        table.addListener(SWT.DefaultSelection, e -> open(table.getSelectionIndex()));
        MenuManager menu = new MenuManager();
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, null);

        getSite().getPage().addPostSelectionListener(selectionListener);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    /** Sets the date filter fields (tests; typing does the same). */
    public void setDates(String from, String to) {
        form.setDates(from, to);
    }

    /** The case searched, or null. */
    public IProject project() {
        return project;
    }

    /** Searches {@code newProject} from now on (tests; the workbench selection does the same). */
    public void show(IProject newProject) {
        project = newProject;
    }

    /** The hits in the table's order. */
    public List<SearchHit> hits() {
        return hits;
    }

    /** The selected hits, or all hits when none is selected: what the commands act on. */
    public List<SearchHit> chosenHits() {
        int[] selected = table.getSelectionIndices();
        if (selected.length == 0) {
            return hits;
        }
        List<SearchHit> chosen = new ArrayList<>();
        for (int index : selected) {
            if (index < hits.size()) {
                chosen.add(hits.get(index));
            }
        }
        return chosen;
    }

    public Table table() {
        return table;
    }

    /** True from the start of a search until its hits are shown. */
    public boolean searching() {
        return searching;
    }

    /** The status line: the count of hits, or why there are none. */
    public String statusText() {
        return status.getText();
    }

    /** The running or last search job (tests wait for it). */
    public Job job() {
        return job;
    }

    /** Sets the query and toggles and searches, as typing and pressing Enter would. */
    public void search(String text, boolean isRegex, boolean whole) {
        form.setQuery(text, isRegex, whole);
        search();
    }

    /** Runs the search in a job (the previous one is cancelled). */
    public void search() {
        if (project == null || project.getLocation() == null) {
            status.setText(Messages.SearchView_noCase);
            return;
        }
        SearchQuery searchQuery = form.query();
        if (searchQuery == null) {
            return; // the form said why in the status line
        }
        SearchFilter filter = form.filter();
        if (filter == null) {
            return;
        }
        Path root = project.getLocation().toFile().toPath();
        String caseName = project.getName();
        status.setText(NLS.bind(Messages.SearchView_searching, caseName));
        searching = true;
        if (job != null) {
            job.cancel();
        }
        job = Job.create(Messages.SearchView_job,
                (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> run(root, caseName, searchQuery, filter, monitor));
        job.setUser(false);
        job.schedule();
    }

    private IStatus run(Path root, String caseName, SearchQuery searchQuery, SearchFilter filter,
            IProgressMonitor monitor) {
        try {
            CaseSearch.Result result;
            CaseIndex index = keptIndex.borrow(root);
            try {
                result = CaseSearch.indexed(index, searchQuery, filter, monitor);
            } finally {
                keptIndex.giveBack(index);
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            long articleCount = result.hits().stream().map(SearchHit::article).distinct().count();
            String message = NLS.bind(Messages.SearchView_result, new Object[] { result.hits().size(), articleCount,
                    caseName, result.indexed() ? Messages.SearchView_indexed : Messages.SearchView_scanned });
            if (!result.problems().isEmpty()) {
                message = NLS.bind(Messages.SearchView_skipped, message, result.problems().size());
            }
            String shown = message;
            asyncShow(() -> show(result.hits(), shown));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            asyncShow(() -> show(List.of(), NLS.bind(Messages.SearchView_failed, e.getMessage())));
            return Status.OK_STATUS;
        }
    }

    private void asyncShow(Runnable runnable) {
        if (!table.isDisposed()) {
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** Shows a status line (after coding, for instance). */
    public void showStatus(String message) {
        if (!status.isDisposed()) {
            status.setText(message);
        }
    }

    private void show(List<SearchHit> newHits, String message) {
        searching = false;
        hits = new ArrayList<>(newHits);
        if (sortColumn >= 0) {
            hits.sort(HitOrder.of(sortColumn, ascending));
        }
        status.setText(message);
        table.setItemCount(hits.size());
        table.clearAll();
    }

    /**
     * The end of the left context that fits its column: a table cuts text at its end, but the words next to the hit
     * are the ones a reader of a concordance needs.
     */
    private String fitLeft(String left) {
        int width = table.getColumn(0).getWidth() - 16;
        GC gc = new GC(table);
        try {
            int from = 0;
            while (from < left.length() && gc.textExtent(left.substring(from)).x > width) {
                from += Character.charCount(left.codePointAt(from));
            }
            return from == 0 ? left : "\u2026" + left.substring(Math.min(left.length(), from + 1));
        } finally {
            gc.dispose();
        }
    }

    /** Sorts by a column; a second click on the same column reverses the order. */
    public void sortBy(int column) {
        ascending = column == sortColumn ? !ascending : true;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        hits.sort(HitOrder.of(column, ascending));
        table.deselectAll();
        table.clearAll();
    }

    private void open(int index) {
        if (index < 0 || index >= hits.size() || project == null) {
            return;
        }
        SearchHit hit = hits.get(index);
        IFile file = project.getFile(org.eclipse.core.runtime.IPath.fromPortableString(hit.article()));
        if (!file.exists()) {
            file = ArticleOpener.fileAt(project.getLocation().toFile().toPath().resolve(hit.article()));
            if (file == null) {
                return;
            }
        }
        try {
            ArticleOpener.open(getSite().getPage(), file, hit.begin(), hit.end());
        } catch (PartInitException e) {
            showStatus(e.getMessage());
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        IProject selected = CaseResources.projectOf(selection);
        if (selected != null && !selected.equals(project)) {
            project = selected;
            status.setText(selected.getName());
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (job != null) {
            job.cancel();
        }
        keptIndex.close();
        super.dispose();
    }
}
