package glossa.ui.internal.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
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

import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseMatrix;
import glossa.core.cases.CaseStatistics;
import glossa.core.cases.CaseSummaries;
import glossa.core.cases.CaseSummaryCache;
import glossa.core.cases.CaseSummaryTable;
import glossa.core.filter.AnnotationFilter;
import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.appearance.TypeColors;
import glossa.ui.internal.appearance.TypePaint;
import glossa.ui.internal.nls.Messages;

/**
 * The Case Summary: for the project selected in the workbench, annotation counts per article and type (heat-shaded
 * like the Section Summary), and for a chosen type every annotation across the articles with article, section and
 * quote. Filterable by status, author and text.
 *
 * <p>Opening reads the case's summary cache ({@link CaseResources#summaryCacheOf}) and shows the table at once; a
 * job then re-reads only the articles changed since (rows fill in as they come) and rewrites the cache. Status and
 * author filters recount from the summaries; the text filter and the per-type list need the annotations, which are
 * loaded in a cancellable job when first asked for. Both tables are virtual.</p>
 */
public final class CaseSummaryView extends ViewPart {

    public static final String ID = "glossa.ui.views.caseSummary";

    private static final String[] STATUS_LABELS = { Messages.CaseSummaryView_allStatuses, Messages.Status_confirmed,
            Messages.Status_suggested, Messages.Status_orphaned, Messages.Status_rejected };
    private static final String NO_TYPE = Messages.CaseSummaryView_noType;

    /** How the last open went: summaries taken from the cache, articles read, and why the cache was ignored. */
    public record OpenReport(int fromCache, int reloaded, String cacheProblem) {
    }

    private TypePaint paint;
    private Label status;
    private Text textFilter;
    private Combo statusFilter;
    private Text authorFilter;
    private Combo typeChoice;
    private Table matrix;
    private Table entriesTable;

    private IProject project;
    /** The case's rows and their summaries (null while an article is being read); UI thread only. */
    private List<Path> rows = List.of();
    private ArticleSummary[] summaries = new ArticleSummary[0];
    private Codebook caseCodebook;
    private List<CaseArticles.Problem> problems = List.of();
    private boolean reading;
    private OpenReport lastOpen;
    /** The annotations, loaded when the text filter or the per-type list first needs them; null until then. */
    private CaseArticles.Loaded loaded;
    private CaseMatrix shown;
    /** The colour of each of {@link #shown}'s type columns. */
    private RGB[] columnColors = new RGB[0];
    private CaseStatistics stats;
    private List<CaseStatistics.Entry> entries = List.of();
    private Job openJob;
    private Job annotationsJob;
    private Job listJob;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final IResourceChangeListener resourceListener = this::resourceChanged;

    @Override
    public void createPartControl(Composite parent) {
        paint = new TypePaint(parent, this::repaintColours);
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filters.setLayout(new GridLayout(8, false));
        new Label(filters, SWT.NONE).setText(Messages.CaseSummaryView_text);
        textFilter = new Text(filters, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        textFilter.setMessage(Messages.CaseSummaryView_textHint);
        textFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(Messages.CaseSummaryView_status);
        statusFilter = new Combo(filters, SWT.READ_ONLY);
        statusFilter.setItems(STATUS_LABELS);
        statusFilter.select(0);
        new Label(filters, SWT.NONE).setText(Messages.CaseSummaryView_author);
        authorFilter = new Text(filters, SWT.SEARCH | SWT.BORDER);
        authorFilter.setLayoutData(new GridData(120, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText(Messages.CaseSummaryView_type);
        typeChoice = new Combo(filters, SWT.READ_ONLY);
        typeChoice.setLayoutData(new GridData(220, SWT.DEFAULT));
        typeChoice.setItems(NO_TYPE);
        typeChoice.select(0);
        textFilter.addModifyListener(e -> recount(300));
        authorFilter.addModifyListener(e -> recount(300));
        statusFilter.addModifyListener(e -> recount(0));
        typeChoice.addModifyListener(e -> listEntries());

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(Messages.CaseSummaryView_selectCase);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        matrix = new Table(sash, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.addListener(SWT.SetData, e -> fillMatrixItem((TableItem) e.item, e.index));
        matrix.addListener(SWT.DefaultSelection, e -> openArticle(matrix.getSelectionIndex()));
        entriesTable = new Table(sash, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
        entriesTable.setHeaderVisible(true);
        entriesTable.setLinesVisible(true);
        for (String[] column : new String[][] { { Messages.Column_article, "200" }, { Messages.Column_section, "160" },
                { Messages.Column_quote, "600" } }) {
            TableColumn c = new TableColumn(entriesTable, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        entriesTable.addListener(SWT.SetData, e -> fillEntryItem((TableItem) e.item, e.index));
        entriesTable.addListener(SWT.DefaultSelection, e -> openEntry(entriesTable.getSelectionIndex()));
        sash.setWeights(55, 45);

        getSite().getPage().addPostSelectionListener(selectionListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
        cancel(openJob);
        cancel(annotationsJob);
        cancel(listJob);
        super.dispose();
    }

    /** The case shown, or null. */
    public IProject project() {
        return project;
    }

    /** The articles × types table shown (from the cache or the annotations), or null before the first open. */
    public CaseMatrix matrix() {
        return shown;
    }

    /** The statistics over the loaded annotations, or null while they are not loaded (tests). */
    public CaseStatistics statistics() {
        return stats;
    }

    /** How the last open used the cache, or null while it runs (tests). */
    public OpenReport lastOpen() {
        return lastOpen;
    }

    public List<CaseStatistics.Entry> entries() {
        return entries;
    }

    /** The articles × types table widget (tests). */
    public Table matrixTable() {
        return matrix;
    }

    /** Shows {@code newProject}'s case. */
    public void show(IProject newProject) {
        project = newProject;
        refresh(0);
    }

    /**
     * Re-reads the shown case after {@code delay} ms: the cache first, then the articles changed since. Drops the
     * loaded annotations; the text filter and the per-type list load them again when needed.
     */
    public void refresh(long delay) {
        open(delay, true);
    }

    /**
     * Re-reads every article of the shown case, ignoring the summary cache, and rewrites it: the Refresh command,
     * for when files changed in a way their stamps do not show (a tool that restores times and sizes).
     */
    public void rebuild() {
        open(0, false);
    }

    private void open(long delay, boolean useCache) {
        cancel(openJob);
        cancel(annotationsJob);
        cancel(listJob);
        loaded = null;
        stats = null;
        lastOpen = null;
        if (project == null || !project.isOpen() || project.getLocation() == null) {
            return;
        }
        IProject target = project;
        Path root = target.getLocation().toFile().toPath();
        Path cacheFile = CaseResources.summaryCacheOf(target);
        status.setText(NLS.bind(Messages.CaseSummaryView_opening, target.getName()));
        Display display = matrix.getDisplay();
        openJob = Job.create(NLS.bind(Messages.CaseSummaryView_openJob, target.getName()), monitor -> {
            try {
                CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, useCache ? cacheFile : null);
                if (snapshot.cacheProblem() != null || snapshot.rejectedEntries() > 0) {
                    ILog.of(CaseSummaryView.class).info("Case summary cache of " + target.getName() + " ignored ("
                            + (snapshot.cacheProblem() != null ? snapshot.cacheProblem()
                                    : snapshot.rejectedEntries() + " entries with unsafe names")
                            + "); it is rebuilt.");
                }
                List<Path> stale = snapshot.stale();
                ArticleSummary[] arriving = snapshot.summaries().toArray(ArticleSummary[]::new);
                Codebook codebook = snapshot.codebook().codebook();
                display.asyncExec(() -> {
                    if (!matrix.isDisposed() && target == project) {
                        setRows(snapshot.articles(), arriving.clone(), codebook, List.of(), !stale.isEmpty());
                    }
                });
                if (stale.isEmpty()) {
                    finishOpen(display, target, new OpenReport(arriving.length, 0, snapshot.cacheProblem()));
                    return Status.OK_STATUS;
                }
                AtomicBoolean updateQueued = new AtomicBoolean();
                CaseSummaries.Refreshed refreshed = CaseSummaries.refresh(snapshot, CaseSummaries.PARALLEL,
                        SubMonitor.convert(monitor,
                                NLS.bind(Messages.CaseSummaryView_readingChanged, stale.size()), 1),
                        (index, summary) -> {
                            synchronized (arriving) {
                                arriving[index] = summary;
                            }
                            // Rows fill in as articles come; at most one UI update queued at a time.
                            if (updateQueued.compareAndSet(false, true)) {
                                display.asyncExec(() -> {
                                    updateQueued.set(false);
                                    ArticleSummary[] copy;
                                    synchronized (arriving) {
                                        copy = arriving.clone();
                                    }
                                    if (!matrix.isDisposed() && target == project && reading) {
                                        setRows(snapshot.articles(), copy, codebook, List.of(), true);
                                    }
                                });
                            }
                        });
                if (refreshed.codebookChanged()) {
                    refreshed.codebook().save();
                }
                try {
                    CaseSummaryCache.write(cacheFile, refreshed.cacheable());
                } catch (IOException e) {
                    ILog.of(CaseSummaryView.class).warn("Cannot write the case summary cache " + cacheFile, e);
                }
                display.asyncExec(() -> {
                    if (!matrix.isDisposed() && target == project) {
                        setRows(refreshed.articles(), refreshed.summaries().toArray(ArticleSummary[]::new),
                                refreshed.codebook().codebook(), refreshed.problems(), false);
                    }
                });
                finishOpen(display, target, new OpenReport(arriving.length - stale.size(), stale.size(),
                        snapshot.cacheProblem()));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "glossa.ui", NLS.bind(Messages.CaseSummaryView_cannotOpen,
                        target.getName(), e.getMessage()), e);
            }
        });
        openJob.setUser(false);
        openJob.schedule(delay);
    }

    private void finishOpen(Display display, IProject target, OpenReport report) {
        display.asyncExec(() -> {
            if (!matrix.isDisposed() && target == project) {
                lastOpen = report;
            }
        });
    }

    /** New rows (UI thread): shows them under the current filter. */
    private void setRows(List<Path> articles, ArticleSummary[] newSummaries, Codebook codebook,
            List<CaseArticles.Problem> newProblems, boolean stillReading) {
        rows = articles;
        summaries = newSummaries;
        caseCodebook = codebook;
        problems = newProblems;
        reading = stillReading;
        recount(0);
    }

    /** The table from the summaries, without the articles that could not be read. */
    private CaseSummaryTable summaryTable(AnnotationFilter filter) {
        Set<Path> unreadable = new HashSet<>();
        for (CaseArticles.Problem problem : problems) {
            unreadable.add(problem.article());
        }
        List<Path> shownRows = new ArrayList<>();
        List<ArticleSummary> shownSummaries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!unreadable.contains(rows.get(i))) {
                shownRows.add(rows.get(i));
                shownSummaries.add(summaries[i]);
            }
        }
        return CaseSummaryTable.compute(shownRows, shownSummaries, caseCodebook, filter);
    }

    /**
     * Shows the table under the current filter: from the summaries at once when it has no text (microseconds), else
     * from the annotations (loaded in a job the first time).
     */
    private void recount(long delay) {
        if (caseCodebook == null) {
            return;
        }
        cancel(annotationsJob);
        AnnotationFilter filter = currentFilter();
        if (filter.text().isEmpty()) {
            stats = null;
            showMatrix(summaryTable(filter));
            if (!reading) {
                listEntries();
            }
            return;
        }
        if (reading) {
            return; // the annotations are read once the changed articles are summarized (setRows recounts)
        }
        annotationsJob = withAnnotations(delay, filter, Messages.CaseSummaryView_filterJob,
                (computed, monitor) -> asyncShowStatistics(computed));
    }

    /** What to do with the statistics once the annotations are loaded and counted (in the job). */
    private interface AnnotationsTask {
        void run(CaseStatistics computed, IProgressMonitor monitor);
    }

    /**
     * Loads the case's annotations unless they are loaded already, counts them under {@code filter} and runs
     * {@code then}, all in a cancellable job named by {@code jobPattern} ({0}: the case); returns the job (scheduled), or
     * null when the case is gone.
     */
    private Job withAnnotations(long delay, AnnotationFilter filter, String jobPattern, AnnotationsTask then) {
        IProject target = project;
        if (target == null || target.getLocation() == null) {
            return null; // closed or deleted meanwhile
        }
        Path root = target.getLocation().toFile().toPath();
        CaseArticles.Loaded current = loaded;
        if (current == null) {
            status.setText(NLS.bind(Messages.CaseSummaryView_loading, target.getName()));
        }
        Job job = Job.create(NLS.bind(jobPattern, target.getName()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            try {
                CaseArticles.Loaded articles = current;
                if (articles == null) {
                    articles = CaseArticles.load(root, progress.split(8));
                    if (articles.codebookChanged()) {
                        articles.codebook().save();
                    }
                    CaseArticles.Loaded done = articles;
                    matrix.getDisplay().asyncExec(() -> {
                        if (!matrix.isDisposed() && target == project && loaded == null) {
                            loaded = done;
                        }
                    });
                }
                progress.setWorkRemaining(2);
                CaseStatistics computed = CaseStatistics.compute(articles.articles(), articles.codebook().codebook(),
                        filter, progress.split(1));
                then.run(computed, progress.split(1));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "glossa.ui", NLS.bind(Messages.CaseSummaryView_cannotLoad,
                        target.getName(), e.getMessage()), e);
            }
        });
        job.schedule(delay);
        return job;
    }

    private void asyncShowStatistics(CaseStatistics computed) {
        IProject target = project;
        matrix.getDisplay().asyncExec(() -> {
            if (!matrix.isDisposed() && target == project && computed.filter().equals(currentFilter())) {
                stats = computed;
                showMatrix(computed);
                listEntries();
            }
        });
    }

    /** The filter the controls describe. */
    AnnotationFilter currentFilter() {
        int s = statusFilter.getSelectionIndex();
        Set<AnnotationStatus> statuses = s <= 0 ? Set.of() : Set.of(AnnotationStatus.get(s - 1));
        String author = authorFilter.getText().strip();
        return new AnnotationFilter(Set.of(), statuses, author.isEmpty() ? Set.of() : Set.of(author),
                textFilter.getText());
    }

    /** Sets the filter controls (tests, and a future "use the editor's filter"). */
    public void setFilter(String text, AnnotationStatus onlyStatus, String author) {
        textFilter.setText(text == null ? "" : text);
        statusFilter.select(onlyStatus == null ? 0 : onlyStatus.getValue() + 1);
        authorFilter.setText(author == null ? "" : author);
        recount(0);
    }

    /** Chooses the type whose annotations the lower table lists (null: none), as the Type combo does. */
    public void listType(String typeId) {
        int column = shown == null || typeId == null ? -1 : shown.column(typeId);
        typeChoice.select(column < 0 ? 0 : column + 1);
        listEntries();
    }

    private void showMatrix(CaseMatrix computed) {
        CaseMatrix previous = shown;
        shown = computed;
        columnColors = typeColors(computed);
        boolean sameColumns = previous != null && previous.typeIds().equals(computed.typeIds())
                && matrix.getColumnCount() == computed.typeIds().size() + 2;
        matrix.setRedraw(false);
        try {
            if (!sameColumns) {
                for (TableColumn column : matrix.getColumns()) {
                    column.dispose();
                }
                TableColumn article = new TableColumn(matrix, SWT.LEFT);
                article.setText(Messages.Column_article);
                article.setWidth(260);
                for (int t = 0; t < computed.typeIds().size(); t++) {
                    TableColumn c = new TableColumn(matrix, SWT.RIGHT);
                    c.setText(computed.typeName(t));
                    c.setToolTipText(computed.typeIds().get(t));
                    c.setWidth(110);
                }
                TableColumn total = new TableColumn(matrix, SWT.RIGHT);
                total.setText(Messages.Column_total);
                total.setWidth(80);
            }
            matrix.setItemCount(computed.rowCount() + 1);
            matrix.clearAll();
        } finally {
            matrix.setRedraw(true);
        }
        String chosen = typeChoice.getSelectionIndex() > 0 ? typeChoice.getItem(typeChoice.getSelectionIndex()) : null;
        List<String> names = new ArrayList<>(List.of(NO_TYPE));
        for (int t = 0; t < computed.typeIds().size(); t++) {
            names.add(computed.typeName(t));
        }
        if (!names.equals(List.of(typeChoice.getItems()))) {
            typeChoice.setItems(names.toArray(String[]::new));
            typeChoice.select(chosen == null ? 0 : Math.max(0, names.indexOf(chosen)));
        }
        int pending = 0;
        for (int r = 0; r < computed.rowCount(); r++) {
            pending += computed.isPending(r) ? 1 : 0;
        }
        // One clause per key: each carries its own punctuation, so the sentence reads right in every language.
        status.setText(NLS.bind(Messages.CaseSummaryView_summary, new Object[] { project.getName(), computed.rowCount(),
                computed.total() })
                + (computed.filter().isEmpty() ? ""
                        : NLS.bind(Messages.CaseSummaryView_summaryFilter, Labels.describe(computed.filter())))
                + (pending == 0 ? "" : NLS.bind(Messages.CaseSummaryView_summaryPending, pending))
                + (problems.isEmpty() ? "" : NLS.bind(Messages.CaseSummaryView_summaryProblems, problems.size())));
    }

    /** Lists the chosen type's annotations under the current filter, loading the annotations first if needed. */
    private void listEntries() {
        cancel(listJob);
        int t = typeChoice.getSelectionIndex() - 1;
        CaseMatrix current = shown;
        if (current == null || t < 0 || t >= current.typeIds().size() || project == null) {
            entries = List.of();
            entriesTable.setItemCount(0);
            return;
        }
        String typeId = current.typeIds().get(t);
        AnnotationFilter filter = currentFilter();
        CaseStatistics counted = stats;
        if (counted != null && counted.filter().equals(filter)) {
            listJob = Job.create(NLS.bind(Messages.CaseSummaryView_listJob, current.typeName(t)), monitor -> {
                try {
                    showEntries(counted, typeId, counted.entries(typeId, monitor));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            });
            listJob.schedule();
            return;
        }
        listJob = withAnnotations(0, filter,
                NLS.bind(Messages.CaseSummaryView_listInJob, current.typeName(t), "{0}"),
                (computed, monitor) -> showEntries(computed, typeId, computed.entries(typeId, monitor)));
    }

    private void showEntries(CaseStatistics from, String typeId, List<CaseStatistics.Entry> list) {
        entriesTable.getDisplay().asyncExec(() -> {
            if (entriesTable.isDisposed() || shown == null) {
                return;
            }
            int t = typeChoice.getSelectionIndex() - 1;
            if (t < 0 || t >= shown.typeIds().size() || !typeId.equals(shown.typeIds().get(t))
                    || !from.filter().equals(currentFilter())) {
                return; // the choice or the filter changed meanwhile
            }
            stats = from; // the next listing under this filter needs no recount
            entries = list;
            entriesTable.setItemCount(0);
            entriesTable.setItemCount(list.size());
        });
    }

    private void fillMatrixItem(TableItem item, int row) {
        CaseMatrix s = shown;
        if (s == null || row > s.rowCount()) {
            return;
        }
        int types = s.typeIds().size();
        boolean totals = row == s.rowCount();
        boolean pending = !totals && s.isPending(row);
        item.setText(0, totals ? Messages.Column_total : s.rowLabel(row));
        for (int t = 0; t < types; t++) {
            int n = totals ? s.typeTotal(t) : s.count(row, t);
            item.setText(t + 1, pending ? "…" : Integer.toString(n));
            if (!totals && n > 0) {
                item.setBackground(t + 1, paint.heat(columnColors[t], n, s.maxCell()));
            }
        }
        item.setText(types + 1, pending ? "…" : Integer.toString(totals ? s.total() : s.articleTotal(row)));
        if (totals) {
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
    }

    /** The columns' type colours as every view draws them: the codebook's, or the preference's for a built-in type. */
    private RGB[] typeColors(CaseMatrix computed) {
        RGB[] colors = new RGB[computed.typeIds().size()];
        for (int t = 0; t < colors.length; t++) {
            AnnotationType type = caseCodebook == null ? null
                    : Codebooks.find(caseCodebook, computed.typeIds().get(t)).orElse(null);
            colors[t] = type != null ? TypeColors.rgb(type) : TypeColors.parse(computed.typeColor(t));
        }
        return colors;
    }

    /** After a type-colour preference changed: the cells in the new shades. */
    private void repaintColours() {
        if (shown != null && !matrix.isDisposed()) {
            columnColors = typeColors(shown);
            matrix.clearAll();
        }
    }

    private void fillEntryItem(TableItem item, int row) {
        if (row >= entries.size()) {
            return;
        }
        CaseStatistics.Entry e = entries.get(row);
        item.setText(0, CaseStatistics.label(e.article()));
        String title = Labels.sectionTitle(e.sectionTitle());
        String section = e.sectionNumber().isEmpty() ? title : e.sectionPath() + " " + title;
        item.setText(1, section.strip());
        item.setText(2, e.quote().replaceAll("\\s+", " "));
    }

    private void openArticle(int row) {
        CaseMatrix s = shown;
        if (s != null && row >= 0 && row < s.rowCount()) {
            open(s.rowPath(row), -1, -1);
        }
    }

    private void openEntry(int row) {
        if (row >= 0 && row < entries.size()) {
            CaseStatistics.Entry e = entries.get(row);
            open(e.article().articlePath(), e.annotation().getBegin(), e.annotation().getEnd());
        }
    }

    /** Opens the workspace file of an article path; reveals [begin, end) when begin >= 0. */
    private void open(Path article, int begin, int end) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(article.toUri());
        if (files.length == 0) {
            return;
        }
        try {
            var editor = IDE.openEditor(getSite().getPage(), files[0]);
            GlossaEditorContext context = editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
            if (context != null && begin >= 0) {
                context.reveal(begin, end);
            }
        } catch (PartInitException e) {
            getSite().getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        IProject selected = CaseResources.projectOf(selection);
        if (selected != null && !selected.equals(project)) {
            show(selected);
        }
    }

    private void resourceChanged(IResourceChangeEvent event) {
        IProject current = project;
        IResourceDelta delta = event.getDelta();
        if (current == null || delta == null) {
            return;
        }
        IResourceDelta projectDelta = delta.findMember(current.getFullPath());
        if (projectDelta == null) {
            return;
        }
        boolean[] relevant = { false };
        try {
            projectDelta.accept(d -> {
                String name = d.getResource().getName();
                if (CaseResources.isArticle(d.getResource()) || name.endsWith(".glossa")) {
                    relevant[0] = true;
                }
                return !relevant[0];
            });
        } catch (CoreException e) {
            return;
        }
        if (relevant[0]) {
            matrix.getDisplay().asyncExec(() -> {
                if (!matrix.isDisposed()) {
                    refresh(800); // debounced: a save writes several files
                }
            });
        }
    }

    private static void cancel(Job job) {
        if (job != null) {
            job.cancel();
        }
    }

    /** For tests: true while opening, loading annotations or listing runs. */
    public boolean isBusy() {
        return busy(openJob) || busy(annotationsJob) || busy(listJob);
    }

    private static boolean busy(Job job) {
        return job != null && job.getState() != Job.NONE;
    }

}
