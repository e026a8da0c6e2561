package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchActionConstants;

import glossa.core.annotations.BulkAnnotationCommands;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.AnnotationIndex;
import glossa.core.query.SortKey;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.appearance.ListColours;
import glossa.ui.internal.appearance.TypePaint;

/**
 * Every annotation of the active editor's document that passes the filter, in a virtual table over an
 * {@link AnnotationIndex}: only the visible rows are ever materialised, sorting and filtering run in a background job,
 * and model changes update the index row by row. The search box edits the text of the one filter, so the editor's
 * highlights and the export follow it. Below the table, the selected annotation's relations; double-click one to go
 * to the related annotation.
 */
public class AnnotationsView extends EditorFollowingView {

    public static final String ID = "glossa.ui.views.annotations";

    /** More changes than this at once are cheaper to re-sort than to file one by one. */
    private static final int INCREMENTAL_LIMIT = 200;

    private FilterSearchBox search;
    private TableViewer viewer;
    private RelationsPane relations;
    private TypePaint colors;
    private final FilterMenu filterMenu = new FilterMenu(this::context, () -> getSite().getShell());

    private AnnotationIndex index;
    private AnnotationOrder order;
    private int generation;
    private boolean building;
    private boolean changedWhileBuilding;

    private final AnnotationSelection selectionProvider = new AnnotationSelection(this::selectedAnnotations,
            this::select);

    @Override
    public void createPartControl(Composite parent) {
        colors = new TypePaint(parent, this::repaintColours);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);

        search = new FilterSearchBox(parent, this::context);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTable(sash);
        relations = new RelationsPane(sash, colors, this::follow);
        sash.setWeights(82, 18);

        createActions();
        getSite().setSelectionProvider(selectionProvider);
        followActiveEditor();
    }

    private void createTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        order = new AnnotationOrder(table);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        ListColours.apply(table);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int row) {
                if (index != null && row < index.size()) {
                    viewer.replace(index.get(row), row);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            }
        });
        AnnotationColumns.create(viewer, () -> index, colors, this::sortBy);
        viewer.setInput(this);
        viewer.addDoubleClickListener(e -> {
            List<Annotation> selected = selectedAnnotations();
            if (context() != null && !selected.isEmpty()) {
                context().reveal(selected.get(0));
            }
        });
        table.addListener(SWT.Selection, e -> selectionChanged());
    }

    /**
     * Delete (the platform's Edit &gt; Delete) and Change Type are commands: plugin.xml contributes them to this
     * view's context menu ({@code popup:} the view id, registered here) with DeleteAnnotationsHandler and
     * ChangeTypeHandler; ChangeTypeItems lists the types.
     */
    private void createActions() {
        MenuManager contextMenu = new MenuManager();
        contextMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        contextMenu.add(new Separator());
        contextMenu.add(filterMenu.subMenu());
        viewer.getTable().setMenu(contextMenu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(contextMenu, selectionProvider);

        getViewSite().getActionBars().getToolBarManager().add(filterMenu.dropDown());
        getViewSite().getActionBars().getMenuManager().add(filterMenu.subMenu());
        getViewSite().getActionBars().updateActionBars();
    }

    /** The active types of the shown document, for Change Type; empty without a document. */
    List<AnnotationType> retypeChoices() {
        GlossaEditorContext context = context();
        return context == null ? List.of() : Codebooks.activeTypes(context.article().document().getCodebook());
    }

    Image swatch(AnnotationType type) {
        return colors.swatch(type);
    }

    /** Changes the type of the selected annotations, one undoable command; false when nothing changed. */
    boolean retypeSelected(String typeId) {
        GlossaEditorContext context = context();
        List<Annotation> selected = selectedAnnotations();
        if (context == null || selected.isEmpty()) {
            return false;
        }
        AnnotationType type = Codebooks.find(context.article().document().getCodebook(), typeId).orElse(null);
        return type != null
                && ViewCommands.execute(context, BulkAnnotationCommands.retype(context.editingDomain(), selected, type));
    }

    static final String LOADING = Messages.View_loading;

    @Override
    protected void contextChanged() {
        index = null;
        generation++;
        building = false;
        viewer.getTable().setItemCount(0);
        relations.show(null, List.of());
        if (context() == null) {
            setContentDescription(annotationsLoading() ? LOADING : Messages.AnnotationsView_openArticle);
            search.show("");
            return;
        }
        search.show(context().filter().text());
        setContentDescription(Messages.AnnotationsView_sorting);
        rebuild();
    }

    /** The index the table shows (for tests and the status line); null while none is built. */
    public AnnotationIndex index() {
        return index;
    }

    /** Whether the table shows the current filter and document (no rebuild pending). */
    public boolean isUpToDate() {
        return context() == null || (index != null && !building);
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    protected void filterChanged() {
        GlossaEditorContext context = context();
        if (context == null) {
            return;
        }
        search.follow(context.filter().text());
        rebuild();
    }

    public boolean isSuggestionsOnly() {
        return order.suggestionsOnly();
    }

    /** Shows only the filter's suggestions, most confident first (see {@link SuggestionsOnly}), or everything again. */
    public void setSuggestionsOnly(boolean on) {
        if (order.setSuggestionsOnly(on)) {
            rebuild();
        }
    }

    private void sortBy(TableColumn column, AnnotationColumn what, String attribute) {
        order.sortBy(column, what, attribute);
        rebuild();
    }

    /** Filters and sorts a snapshot of the annotations in a background job, then shows the result. */
    private void rebuild() {
        GlossaEditorContext context = context();
        if (context == null) {
            return;
        }
        int gen = ++generation;
        building = true;
        changedWhileBuilding = false;
        Document document = context.article().document();
        List<Annotation> snapshot = Arrays.asList(document.getAnnotations().toArray(new Annotation[0]));
        SectionIndex sections = SectionIndex.of(document);
        AnnotationFilter filter = order.suggestionsOnly() ? SuggestionsOnly.narrow(context.filter()) : context.filter();
        SortKey key = order.key();
        Display display = viewer.getControl().getDisplay();
        Job job = Job.create(Messages.AnnotationsView_sortJob, monitor -> {
            AnnotationIndex built = AnnotationIndex.build(snapshot, sections, filter, key);
            display.asyncExec(() -> {
                if (gen == generation && !viewer.getControl().isDisposed()) {
                    install(built);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void install(AnnotationIndex built) {
        List<Annotation> selected = selectedAnnotations();
        index = built;
        building = false;
        refreshRows(selected);
        if (changedWhileBuilding) {
            rebuild();
        }
    }

    @Override
    protected void documentChanged(DocumentChanges changes) {
        if (context() == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (changes.relationsChanged() || !changes.removed().isEmpty() || !changes.changed().isEmpty()) {
            updateRelations();
        }
        if (changes.annotationCount() == 0 && !changes.structureChanged()) {
            return;
        }
        if (building) {
            changedWhileBuilding = true;
            return;
        }
        if (index == null || changes.structureChanged() || changes.annotationCount() > INCREMENTAL_LIMIT) {
            rebuild();
            return;
        }
        List<Annotation> selected = selectedAnnotations();
        changes.removed().forEach(index::remove);
        changes.changed().forEach(index::update);
        changes.added().forEach(index::add);
        refreshRows(selected);
    }

    /** Tells the virtual table the new row count; only the rows on screen are asked for again. */
    private void refreshRows(List<Annotation> selected) {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            table.setItemCount(index.size());
            table.clearAll();
            int[] rows = selected.stream().mapToInt(index::indexOf).filter(i -> i >= 0).toArray();
            table.setSelection(rows);
        } finally {
            table.setRedraw(true);
        }
        Document document = context().article().document();
        // Suggestions Only says so itself; the suffix then names the user's own filter, not the narrowed one.
        AnnotationFilter shown = order.suggestionsOnly() ? context().filter() : index.filter();
        String filter = shown.isEmpty() ? "" : NLS.bind(Messages.View_filterSuffix, Labels.describe(shown));
        setContentDescription(NLS.bind(order.suggestionsOnly() ? Messages.AnnotationsView_suggestionsCount
                : Messages.AnnotationsView_count, String.format("%,d", index.size()),
                String.format("%,d", document.getAnnotations().size())) + filter);
        selectionChanged();
    }

    /** The selected annotations, read through the index so rows never materialised count too. */
    public List<Annotation> selectedAnnotations() {
        List<Annotation> selected = new ArrayList<>();
        if (index == null || viewer.getControl().isDisposed()) {
            return selected;
        }
        for (int row : viewer.getTable().getSelectionIndices()) {
            if (row < index.size()) {
                selected.add(index.get(row));
            }
        }
        return selected;
    }

    private void selectionChanged() {
        updateRelations();
        selectionProvider.fire();
    }

    private void updateRelations() {
        relations.show(context() == null ? null : context().article().document(), selectedAnnotations());
    }

    /** Reveals the annotation in the editor and selects its row (clearing the filter's hold on it is the user's call). */
    private void follow(Annotation annotation) {
        GlossaEditorContext context = context();
        if (context == null) {
            return;
        }
        context.reveal(annotation);
        int row = index == null ? -1 : index.indexOf(annotation);
        if (row >= 0) {
            viewer.getTable().setSelection(row);
            viewer.getTable().showSelection();
            selectionChanged();
        }
    }

    void deleteSelected() {
        List<Annotation> selected = selectedAnnotations();
        GlossaEditorContext context = context();
        if (context != null && !selected.isEmpty()) {
            execute(BulkAnnotationCommands.delete(context.editingDomain(), context.article().document(), selected));
        }
    }

    private void execute(Command command) {
        ViewCommands.execute(context(), command);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        generation++;
        super.dispose();
    }

    /** After a type-colour preference changed: the swatches again. */
    private void repaintColours() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
            relations.refresh();
        }
    }

    /** Selects the annotations {@code selection} names (the workbench's setSelection). */
    private void select(ISelection selection) {
        if (index != null && selection instanceof IStructuredSelection s) {
            int[] rows = s.stream().filter(Annotation.class::isInstance).mapToInt(a -> index.indexOf((Annotation) a))
                    .filter(i -> i >= 0).toArray();
            viewer.getTable().setSelection(rows);
            viewer.getTable().showSelection();
            selectionChanged();
        }
    }
}
