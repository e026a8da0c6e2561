package glossa.ui.internal.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
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

import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseStatistics;
import glossa.core.filter.AnnotationFilter;
import glossa.model.AnnotationStatus;
import glossa.ui.GlossaEditorContext;

/**
 * The Case Summary: for the project selected in the workbench, annotation counts per article and type (heat-shaded
 * like the Section Summary), and for a chosen type every annotation across the articles with article, section and
 * quote. Filterable by status, author and text. Loading and counting run in jobs; both tables are virtual, so 200
 * articles with 200,000 annotations stay responsive. Double-click opens the article (at the annotation).
 */
public final class CaseSummaryView extends ViewPart {

    public static final String ID = "glossa.ui.views.caseSummary";

    private static final String[] STATUS_LABELS = { "All statuses", "Confirmed", "Suggested", "Orphaned" };

    private LocalResourceManager resources;
    private Label status;
    private Text textFilter;
    private Combo statusFilter;
    private Text authorFilter;
    private Combo typeChoice;
    private Table matrix;
    private Table entriesTable;

    private IProject project;
    private CaseArticles.Loaded loaded;
    private CaseStatistics stats;
    private List<CaseStatistics.Entry> entries = List.of();
    private Job loadJob;
    private Job countJob;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final IResourceChangeListener resourceListener = this::resourceChanged;

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filters.setLayout(new GridLayout(8, false));
        new Label(filters, SWT.NONE).setText("Text:");
        textFilter = new Text(filters, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        textFilter.setMessage("quote, memo or attribute");
        textFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText("Status:");
        statusFilter = new Combo(filters, SWT.READ_ONLY);
        statusFilter.setItems(STATUS_LABELS);
        statusFilter.select(0);
        new Label(filters, SWT.NONE).setText("Author:");
        authorFilter = new Text(filters, SWT.SEARCH | SWT.BORDER);
        authorFilter.setLayoutData(new GridData(120, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText("Type:");
        typeChoice = new Combo(filters, SWT.READ_ONLY);
        typeChoice.setLayoutData(new GridData(160, SWT.DEFAULT));
        textFilter.addModifyListener(e -> recount(300));
        authorFilter.addModifyListener(e -> recount(300));
        statusFilter.addModifyListener(e -> recount(0));
        typeChoice.addModifyListener(e -> listEntries());

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("Select a case (project) in the Project Explorer.");

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
        for (String[] column : new String[][] { { "Article", "200" }, { "Section", "160" }, { "Quote", "600" } }) {
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
        cancel(loadJob);
        cancel(countJob);
        super.dispose();
    }

    /** The case shown, or null. */
    public IProject project() {
        return project;
    }

    /** The statistics shown (tests and handlers), or null while loading. */
    public CaseStatistics statistics() {
        return stats;
    }

    public List<CaseStatistics.Entry> entries() {
        return entries;
    }

    /** Shows {@code newProject}'s case, loading it in a job. */
    public void show(IProject newProject) {
        project = newProject;
        refresh(0);
    }

    /** Reloads the shown case from disk after {@code delay} ms. */
    public void refresh(long delay) {
        cancel(loadJob);
        cancel(countJob);
        if (project == null || !project.isOpen() || project.getLocation() == null) {
            return;
        }
        IProject target = project;
        Path root = target.getLocation().toFile().toPath();
        AnnotationFilter filter = currentFilter();
        status.setText("Loading " + target.getName() + "…");
        loadJob = Job.create("Loading case " + target.getName(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            try {
                CaseArticles.Loaded result = CaseArticles.load(root, progress.split(8));
                if (result.codebookChanged()) {
                    result.codebook().save();
                }
                CaseStatistics computed = CaseStatistics.compute(result.articles(), result.codebook().codebook(), filter,
                        progress.split(2));
                asyncShow(target, result, computed);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "glossa.ui", "Cannot load case " + target.getName() + ": "
                        + e.getMessage(), e);
            }
        });
        loadJob.setUser(false);
        loadJob.schedule(delay);
    }

    private void asyncShow(IProject target, CaseArticles.Loaded result, CaseStatistics computed) {
        matrix.getDisplay().asyncExec(() -> {
            if (matrix.isDisposed() || target != project) {
                return;
            }
            loaded = result;
            showStatistics(computed);
        });
    }

    private void recount(long delay) {
        if (loaded == null) {
            return;
        }
        cancel(countJob);
        CaseArticles.Loaded current = loaded;
        AnnotationFilter filter = currentFilter();
        countJob = Job.create("Counting case annotations", monitor -> {
            try {
                CaseStatistics computed = CaseStatistics.compute(current.articles(), current.codebook().codebook(),
                        filter, monitor);
                matrix.getDisplay().asyncExec(() -> {
                    if (!matrix.isDisposed() && current == loaded) {
                        showStatistics(computed);
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        countJob.schedule(delay);
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

    private void showStatistics(CaseStatistics computed) {
        stats = computed;
        matrix.setRedraw(false);
        try {
            for (TableColumn column : matrix.getColumns()) {
                column.dispose();
            }
            TableColumn article = new TableColumn(matrix, SWT.LEFT);
            article.setText("Article");
            article.setWidth(260);
            for (int t = 0; t < stats.typeIds().size(); t++) {
                TableColumn c = new TableColumn(matrix, SWT.RIGHT);
                c.setText(stats.typeName(t));
                c.setToolTipText(stats.typeIds().get(t));
                c.setWidth(110);
            }
            TableColumn total = new TableColumn(matrix, SWT.RIGHT);
            total.setText("Total");
            total.setWidth(80);
            matrix.setItemCount(0);
            matrix.setItemCount(stats.articles().size() + 1);
        } finally {
            matrix.setRedraw(true);
        }
        String chosen = typeChoice.getSelectionIndex() >= 0 ? typeChoice.getItem(typeChoice.getSelectionIndex()) : null;
        List<String> names = new ArrayList<>();
        for (int t = 0; t < stats.typeIds().size(); t++) {
            names.add(stats.typeName(t));
        }
        typeChoice.setItems(names.toArray(String[]::new));
        int index = chosen == null ? 0 : Math.max(0, names.indexOf(chosen));
        if (!names.isEmpty()) {
            typeChoice.select(index);
        }
        int problems = loaded == null ? 0 : loaded.problems().size();
        status.setText(project.getName() + ": " + stats.articles().size() + " articles, " + stats.total()
                + " annotations" + (stats.filter().isEmpty() ? "" : " (filter: " + stats.filter().describe() + ")")
                + (problems == 0 ? "" : "; " + problems + " articles could not be read"));
        listEntries();
    }

    private void listEntries() {
        CaseStatistics current = stats;
        int t = typeChoice.getSelectionIndex();
        if (current == null || t < 0 || t >= current.typeIds().size()) {
            entries = List.of();
            entriesTable.setItemCount(0);
            return;
        }
        String typeId = current.typeIds().get(t);
        Job.create("Listing " + current.typeName(t), monitor -> {
            try {
                List<CaseStatistics.Entry> list = current.entries(typeId, monitor);
                entriesTable.getDisplay().asyncExec(() -> {
                    if (!entriesTable.isDisposed() && current == stats) {
                        entries = list;
                        entriesTable.setItemCount(0);
                        entriesTable.setItemCount(list.size());
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        }).schedule();
    }

    private void fillMatrixItem(TableItem item, int row) {
        CaseStatistics s = stats;
        if (s == null) {
            return;
        }
        int types = s.typeIds().size();
        boolean totals = row == s.articles().size();
        item.setText(0, totals ? "Total" : CaseStatistics.label(s.articles().get(row)));
        for (int t = 0; t < types; t++) {
            int n = totals ? s.typeTotal(t) : s.count(row, t);
            item.setText(t + 1, Integer.toString(n));
            if (!totals && n > 0) {
                item.setBackground(t + 1, heat(s.typeColor(t), n, s.maxCell()));
            }
        }
        item.setText(types + 1, Integer.toString(totals ? s.total() : s.articleTotal(row)));
        if (totals) {
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
    }

    /** The type's colour, paler for smaller counts: eight steps from 15 % to 75 % over white. */
    private Color heat(String hex, int n, int max) {
        RGB rgb = parse(hex);
        int step = Math.min(7, (int) Math.floor(8.0 * n / Math.max(1, max)));
        double alpha = 0.15 + 0.6 * step / 7.0;
        RGB mixed = new RGB(mix(rgb.red, alpha), mix(rgb.green, alpha), mix(rgb.blue, alpha));
        return resources.create(ColorDescriptor.createFrom(mixed));
    }

    private static int mix(int channel, double alpha) {
        return (int) Math.round(255 * (1 - alpha) + channel * alpha);
    }

    private static RGB parse(String hex) {
        if (hex != null && hex.matches("#[0-9A-Fa-f]{6}")) {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new RGB(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
        }
        return new RGB(0x9E, 0x9E, 0x9E);
    }

    private void fillEntryItem(TableItem item, int row) {
        if (row >= entries.size()) {
            return;
        }
        CaseStatistics.Entry e = entries.get(row);
        item.setText(0, CaseStatistics.label(e.article()));
        String section = e.sectionNumber().isEmpty() ? e.sectionTitle() : e.sectionPath() + " " + e.sectionTitle();
        item.setText(1, section.strip());
        item.setText(2, e.quote().replaceAll("\\s+", " "));
    }

    private void openArticle(int row) {
        if (stats != null && row >= 0 && row < stats.articles().size()) {
            open(stats.articles().get(row).articlePath(), -1, -1);
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

    /** For tests: waits until loading and counting are done, then lets queued UI updates run. */
    public boolean isBusy() {
        return (loadJob != null && loadJob.getState() != Job.NONE) || (countJob != null && countJob.getState() != Job.NONE);
    }

}
