package glossa.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseMatrix;
import glossa.core.cases.CaseStatistics;
import glossa.core.filter.AnnotationFilter;
import glossa.model.AnnotationStatus;
import glossa.model.Codebook;
import glossa.ui.internal.appearance.TypePaint;
import glossa.ui.internal.io.ArticleOpener;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.cases.CaseResources;

/**
 * The Case Summary: for the project selected in the workbench, annotation counts per article and type (heat-shaded
 * like the Section Summary), and for a chosen type every annotation across the articles with article, section and
 * quote. Filterable by status, author and text.
 *
 * <p>Opening reads the case's summary cache ({@link CaseResources#summaryCacheOf}) and shows the table at once; a
 * job then re-reads only the articles changed since (rows fill in as they come) and rewrites the cache
 * ({@link CaseOpenJob}). Status and author filters recount from the summaries; the text filter and the per-type list
 * need the annotations, which are loaded in a cancellable job when first asked for ({@link CaseAnnotationsJob}). Both
 * tables are virtual; the controls are a {@link CaseFilterBar}, the counts a {@link CaseMatrixTable}, and a
 * {@link CaseChangeListener} asks for a refresh when the case's files change.</p>
 */
public final class CaseSummaryView extends ViewPart implements CaseOpenJob.Rows {

    public static final String ID = "glossa.ui.views.caseSummary";

    /** How the last open went: summaries taken from the cache, articles read, and why the cache was ignored. */
    public record OpenReport(int fromCache, int reloaded, String cacheProblem) {
    }

    private Label status;
    private CaseFilterBar bar;
    private CaseMatrixTable matrix;
    private CaseEntriesTable entriesTable;

    private IProject project;
    /** The case's articles and their summaries; UI thread only. */
    private CaseRows rows = CaseRows.NONE;
    private Codebook caseCodebook;
    private boolean reading;
    private OpenReport lastOpen;
    /** The annotations, loaded when the text filter or the per-type list first needs them; null until then. */
    private CaseArticles.Loaded loaded;
    private CaseMatrix shown;
    private CaseStatistics stats;
    private Job openJob;
    private Job annotationsJob;
    private Job listJob;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private IResourceChangeListener resourceListener;

    @Override
    public void createPartControl(Composite parent) {
        TypePaint paint = new TypePaint(parent, () -> matrix.repaint(caseCodebook));
        parent.setLayout(new GridLayout(1, false));
        bar = new CaseFilterBar(parent, this::recount, this::listEntries);

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(Messages.CaseSummaryView_selectCase);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        matrix = new CaseMatrixTable(sash, paint, this::openArticle);
        entriesTable = new CaseEntriesTable(sash, e -> open(e.article().articlePath(), e.annotation().getBegin(),
                e.annotation().getEnd()));
        sash.setWeights(55, 45);

        getSite().getPage().addPostSelectionListener(selectionListener);
        // A refresh debounced: a save writes several files.
        resourceListener = new CaseChangeListener(() -> project, matrix.table(), () -> refresh(800));
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    @Override
    public void setFocus() {
        matrix.table().setFocus();
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
        return entriesTable.entries();
    }

    /** The articles × types table widget (tests). */
    public Table matrixTable() {
        return matrix.table();
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
        status.setText(NLS.bind(Messages.CaseSummaryView_opening, project.getName()));
        openJob = CaseOpenJob.create(project, useCache, matrix.table().getDisplay(), this);
        openJob.setUser(false);
        openJob.schedule(delay);
    }

    @Override
    public boolean shows(IProject target) {
        return !matrix.table().isDisposed() && target == project;
    }

    @Override
    public boolean reading() {
        return reading;
    }

    @Override
    public void opened(OpenReport report) {
        lastOpen = report;
    }

    /** New rows (UI thread): shows them under the current filter. */
    @Override
    public void setRows(List<Path> articles, ArticleSummary[] newSummaries, Codebook codebook,
            List<CaseArticles.Problem> newProblems, boolean stillReading) {
        rows = new CaseRows(articles, newSummaries, newProblems);
        caseCodebook = codebook;
        reading = stillReading;
        recount(0);
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
            showMatrix(rows.table(caseCodebook, filter));
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

    /**
     * Loads the case's annotations unless they are loaded already, counts them under {@code filter} and runs
     * {@code then} ({@link CaseAnnotationsJob}); returns the job (scheduled), or null when the case is gone.
     */
    private Job withAnnotations(long delay, AnnotationFilter filter, String jobPattern, CaseAnnotationsJob.Task then) {
        IProject target = project;
        if (target == null || target.getLocation() == null) {
            return null; // closed or deleted meanwhile
        }
        if (loaded == null) {
            status.setText(NLS.bind(Messages.CaseSummaryView_loading, target.getName()));
        }
        return CaseAnnotationsJob.schedule(delay, target, loaded, filter, jobPattern, matrix.table().getDisplay(),
                done -> {
                    if (shows(target) && loaded == null) {
                        loaded = done;
                    }
                }, then);
    }

    private void asyncShowStatistics(CaseStatistics computed) {
        IProject target = project;
        matrix.table().getDisplay().asyncExec(() -> {
            if (shows(target) && computed.filter().equals(currentFilter())) {
                stats = computed;
                showMatrix(computed);
                listEntries();
            }
        });
    }

    /** The filter the controls describe. */
    AnnotationFilter currentFilter() {
        return bar.filter();
    }

    /** Sets the filter controls (tests, and a future "use the editor's filter"). */
    public void setFilter(String text, AnnotationStatus onlyStatus, String author) {
        bar.setFilter(text, onlyStatus, author);
        recount(0);
    }

    /** Chooses the type whose annotations the lower table lists (null: none), as the Type combo does. */
    public void listType(String typeId) {
        bar.choose(shown == null || typeId == null ? -1 : shown.column(typeId));
        listEntries();
    }

    private void showMatrix(CaseMatrix computed) {
        shown = computed;
        matrix.show(computed, caseCodebook);
        List<String> names = new ArrayList<>();
        for (int t = 0; t < computed.typeIds().size(); t++) {
            names.add(computed.typeName(t));
        }
        bar.offerTypes(names);
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
                + (rows.problems().isEmpty() ? ""
                        : NLS.bind(Messages.CaseSummaryView_summaryProblems, rows.problems().size())));
    }

    /** Lists the chosen type's annotations under the current filter, loading the annotations first if needed. */
    private void listEntries() {
        cancel(listJob);
        int t = bar.chosenColumn();
        CaseMatrix current = shown;
        if (current == null || t < 0 || t >= current.typeIds().size() || project == null) {
            entriesTable.show(List.of());
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
        entriesTable.table().getDisplay().asyncExec(() -> {
            if (entriesTable.table().isDisposed() || shown == null) {
                return;
            }
            int t = bar.chosenColumn();
            if (t < 0 || t >= shown.typeIds().size() || !typeId.equals(shown.typeIds().get(t))
                    || !from.filter().equals(currentFilter())) {
                return; // the choice or the filter changed meanwhile
            }
            stats = from; // the next listing under this filter needs no recount
            entriesTable.show(list);
        });
    }

    private void openArticle(int row) {
        CaseMatrix s = shown;
        if (s != null && row >= 0 && row < s.rowCount()) {
            open(s.rowPath(row), -1, -1);
        }
    }

    /** Opens the workspace file of an article path; reveals [begin, end) when begin >= 0. */
    private void open(Path article, int begin, int end) {
        IFile file = ArticleOpener.fileAt(article);
        if (file == null) {
            return;
        }
        try {
            ArticleOpener.open(getSite().getPage(), file, begin, end);
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
