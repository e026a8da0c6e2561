package glossa.ui.internal.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import glossa.search.ArticleDate;
import glossa.search.CaseSearch;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.cases.CaseResources;

/**
 * Case-wide search with keyword in context: for the case (project) selected in the workbench, a query (words,
 * phrases or a regular expression) and filters; the hits in a virtual table (left context, hit, right context,
 * article, section), sortable by any column. Double-click opens the article at the hit. The search runs in a job on
 * the case's index ({@link CaseSearch#indexed}, refreshed first). "Code Hits As…" and "Export Hits as CSV…" are
 * commands on the view's toolbar and context menu; they take the selected hits, or all when none is selected.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "glossa.ui.views.search";
    private static final int COLUMNS = 5;

    private Text query;
    private Button regex;
    private Button wholeWord;
    private Text articles;
    private Text section;
    private Combo coding;
    private Text type;
    private Text since;
    private Text until;
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

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(5, false));
        new Label(row, SWT.NONE).setText(Messages.SearchView_query);
        query = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        query.setMessage(Messages.SearchView_queryHint);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, e -> search());
        regex = new Button(row, SWT.CHECK);
        regex.setText(Messages.SearchView_regex);
        wholeWord = new Button(row, SWT.CHECK);
        wholeWord.setText(Messages.SearchView_wholeWord);
        wholeWord.setSelection(true);
        Button go = new Button(row, SWT.PUSH);
        go.setText(Messages.SearchView_search);
        go.addListener(SWT.Selection, e -> search());

        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filters.setLayout(new GridLayout(7, false));
        new Label(filters, SWT.NONE).setText(Messages.SearchView_article);
        articles = new Text(filters, SWT.BORDER);
        articles.setMessage(Messages.SearchView_articleHint);
        articles.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(Messages.SearchView_section);
        section = new Text(filters, SWT.BORDER);
        section.setLayoutData(new GridData(120, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText(Messages.SearchView_coding);
        coding = new Combo(filters, SWT.READ_ONLY);
        coding.setItems(Messages.SearchView_codingAny, Messages.SearchView_codingCoded,
                Messages.SearchView_codingNotCoded);
        coding.select(0);
        type = new Text(filters, SWT.BORDER);
        type.setMessage(Messages.SearchView_typeHint);
        type.setLayoutData(new GridData(160, SWT.DEFAULT));
        // The dates on a line of their own: beside the other filters they would squeeze the article glob away.
        Composite dates = new Composite(parent, SWT.NONE);
        dates.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        dates.setLayout(new GridLayout(4, false));
        new Label(dates, SWT.NONE).setText(Messages.SearchView_dates);
        since = dateField(dates, Messages.SearchView_sinceHint);
        new Label(dates, SWT.NONE).setText("\u2013"); //$NON-NLS-1$
        until = dateField(dates, Messages.SearchView_untilHint);
        for (Text field : List.of(articles, section, type, since, until)) {
            field.addListener(SWT.DefaultSelection, e -> search());
        }

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

    private static Text dateField(Composite parent, String hint) {
        Text field = new Text(parent, SWT.BORDER);
        field.setMessage(hint);
        field.setToolTipText(Messages.SearchView_dateTooltip);
        field.setLayoutData(new GridData(130, SWT.DEFAULT));
        return field;
    }

    /** Sets the date filter fields (tests; typing does the same). */
    public void setDates(String from, String to) {
        since.setText(from == null ? "" : from); //$NON-NLS-1$
        until.setText(to == null ? "" : to); //$NON-NLS-1$
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
        query.setText(text);
        regex.setSelection(isRegex);
        wholeWord.setSelection(whole);
        search();
    }

    /** Runs the search in a job (the previous one is cancelled). */
    public void search() {
        if (project == null || project.getLocation() == null) {
            status.setText(Messages.SearchView_noCase);
            return;
        }
        SearchQuery searchQuery;
        try {
            searchQuery = new SearchQuery(query.getText(), regex.getSelection(), wholeWord.getSelection(),
                    SearchQuery.DEFAULT_NEAR);
            searchQuery.patterns();
        } catch (IllegalArgumentException e) {
            status.setText(NLS.bind(Messages.SearchView_badQuery, e.getMessage()));
            return;
        }
        LocalDate from;
        LocalDate to;
        try {
            from = date(since);
            to = date(until);
        } catch (IllegalArgumentException e) {
            return; // date() said why in the status line
        }
        SearchFilter.Coding codingChoice = SearchFilter.Coding.values()[Math.max(0, coding.getSelectionIndex())];
        String typeId = type.getText().isBlank() ? null : type.getText().strip();
        SearchFilter filter = new SearchFilter(blankToNull(articles.getText()), blankToNull(section.getText()), typeId,
                codingChoice, from, to);
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
            CaseSearch.Result result = CaseSearch.indexed(root, searchQuery, filter, monitor);
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
    void showStatus(String message) {
        if (!status.isDisposed()) {
            status.setText(message);
        }
    }

    private void show(List<SearchHit> newHits, String message) {
        searching = false;
        hits = new ArrayList<>(newHits);
        if (sortColumn >= 0) {
            hits.sort(comparator(sortColumn, ascending));
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
        hits.sort(comparator(column, ascending));
        table.deselectAll();
        table.clearAll();
    }

    /**
     * Left context sorts by its end read backwards (the words just before the hit), as concordancers do; the other
     * columns by their text; ties keep article and text order.
     */
    static Comparator<SearchHit> comparator(int column, boolean ascending) {
        Comparator<SearchHit> key = switch (column) {
            case 0 -> Comparator.comparing(h -> new StringBuilder(h.left()).reverse().toString());
            case 1 -> Comparator.comparing(SearchHit::hit);
            case 2 -> Comparator.comparing(SearchHit::right);
            case 3 -> Comparator.comparing(SearchHit::article);
            default -> Comparator.comparing(SearchHit::section);
        };
        key = ascending ? key : key.reversed();
        return key.thenComparing(SearchHit::article).thenComparingInt(SearchHit::begin);
    }

    private void open(int index) {
        if (index < 0 || index >= hits.size() || project == null) {
            return;
        }
        SearchHit hit = hits.get(index);
        IFile file = project.getFile(org.eclipse.core.runtime.IPath.fromPortableString(hit.article()));
        if (!file.exists()) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(
                    project.getLocation().toFile().toPath().resolve(hit.article()).toUri());
            if (files.length == 0) {
                return;
            }
            file = files[0];
        }
        try {
            var editor = IDE.openEditor(getSite().getPage(), file);
            GlossaEditorContext context = editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
            if (context != null) {
                context.reveal(hit.begin(), hit.end());
            }
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

    /** The date in a field, null when it is empty; a value that is no date is named in the status line. */
    private LocalDate date(Text field) {
        String value = field.getText().strip();
        try {
            return value.isEmpty() ? null : ArticleDate.parseArgument(value);
        } catch (IllegalArgumentException e) {
            status.setText(NLS.bind(Messages.SearchView_badDate, value));
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
