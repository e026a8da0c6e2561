package glossa.ui.views;

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
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;

import glossa.core.annotations.BulkAnnotationCommands;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationCells;
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
    private static final int SEARCH_DELAY_MS = 250;

    private record ColumnSpec(String title, int width, AnnotationColumn column, String attribute) {
    }

    private static final List<ColumnSpec> COLUMNS = List.of(
            new ColumnSpec(Messages.Column_type, 130, AnnotationColumn.TYPE, null),
            new ColumnSpec(Messages.Column_section, 170, AnnotationColumn.SECTION, null),
            new ColumnSpec(Messages.Column_quote, 320, AnnotationColumn.QUOTE, null),
            new ColumnSpec(Messages.Column_actor, 110, AnnotationColumn.ATTRIBUTE, "actor"),
            new ColumnSpec(Messages.Column_attributes, 180, AnnotationColumn.ATTRIBUTE, null),
            new ColumnSpec(Messages.Column_memo, 180, AnnotationColumn.MEMO, null),
            new ColumnSpec(Messages.Column_author, 80, AnnotationColumn.AUTHOR, null),
            new ColumnSpec(Messages.Column_modified, 120, AnnotationColumn.MODIFIED, null),
            new ColumnSpec(Messages.Column_status, 80, AnnotationColumn.STATUS, null),
            new ColumnSpec(Messages.Column_confidence, 80, AnnotationColumn.CONFIDENCE, null));

    private Text search;
    private boolean settingSearch;
    private TableViewer viewer;
    private TableViewer relations;
    private TypePaint colors;
    private final FilterMenu filterMenu = new FilterMenu(this::context, () -> getSite().getShell());

    private AnnotationIndex index;
    private SortKey sortKey = SortKey.DOCUMENT_ORDER;
    private boolean suggestionsOnly;
    /** The sort in force before Suggestions Only was turned on, restored when it is turned off. */
    private SortKey sortBeforeSuggestions;
    private TableColumn sortColumnBeforeSuggestions;
    private int sortDirectionBeforeSuggestions;
    private int generation;
    private boolean building;
    private boolean changedWhileBuilding;
    private final Runnable searchApplier = this::applySearch;

    private final SelectionProvider selectionProvider = new SelectionProvider();

    @Override
    public void createPartControl(Composite parent) {
        colors = new TypePaint(parent, this::repaintColours);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);

        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.AnnotationsView_search);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(e -> {
            if (!settingSearch) {
                search.getDisplay().timerExec(SEARCH_DELAY_MS, searchApplier);
            }
        });

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTable(sash);
        createRelations(sash);
        sash.setWeights(82, 18);

        createActions();
        getSite().setSelectionProvider(selectionProvider);
        followActiveEditor();
    }

    private void createTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
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
        for (ColumnSpec spec : COLUMNS) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(spec.title());
            column.getColumn().setWidth(spec.width());
            column.getColumn().setMoveable(true);
            column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), spec));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Annotation a = (Annotation) element;
                    String text = spec.column() == AnnotationColumn.STATUS ? Labels.status(a.getStatus())
                            : AnnotationCells.text(a, spec.column(), spec.attribute(),
                                    index == null ? null : index.sections());
                    if (spec.column() == AnnotationColumn.SECTION) {
                        text = Labels.sectionTitle(text);
                    }
                    return text.replace('\n', ' ');
                }

                @Override
                public Image getImage(Object element) {
                    return spec.column() == AnnotationColumn.TYPE ? colors.swatch(((Annotation) element).getType()) : null;
                }
            });
        }
        viewer.setInput(this);
        viewer.addDoubleClickListener(e -> {
            List<Annotation> selected = selectedAnnotations();
            if (context() != null && !selected.isEmpty()) {
                context().reveal(selected.get(0));
            }
        });
        table.addListener(SWT.Selection, e -> selectionChanged());
    }

    private void createRelations(Composite parent) {
        relations = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        relations.getTable().setHeaderVisible(true);
        ListColours.apply(relations.getTable());
        TableViewerColumn column = new TableViewerColumn(relations, SWT.LEFT);
        column.getColumn().setText(Messages.AnnotationsView_relations);
        column.getColumn().setWidth(700);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((RelationRow) element).label();
            }

            @Override
            public Image getImage(Object element) {
                return colors.swatch(((RelationRow) element).other().getType());
            }
        });
        relations.setContentProvider(ArrayContentProvider.getInstance());
        relations.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof RelationRow row) {
                follow(row.other());
            }
        });
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
        relations.setInput(List.of());
        if (context() == null) {
            setContentDescription(annotationsLoading() ? LOADING : Messages.AnnotationsView_openArticle);
            setSearchText("");
            return;
        }
        setSearchText(context().filter().text());
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
        if (!context.filter().text().equals(search.getText().strip().toLowerCase(java.util.Locale.ROOT))) {
            setSearchText(context.filter().text());
        }
        rebuild();
    }

    private void setSearchText(String text) {
        settingSearch = true;
        try {
            search.setText(text);
        } finally {
            settingSearch = false;
        }
    }

    private void applySearch() {
        GlossaEditorContext context = context();
        if (context != null && !search.isDisposed()) {
            Filters.apply(context, Filters.withText(context.filter(), search.getText()));
        }
    }

    public boolean isSuggestionsOnly() {
        return suggestionsOnly;
    }

    /** Shows only the filter's suggestions, most confident first (see {@link SuggestionsOnly}), or everything again. */
    public void setSuggestionsOnly(boolean on) {
        if (on == suggestionsOnly) {
            return;
        }
        suggestionsOnly = on;
        Table table = viewer.getTable();
        if (on) {
            sortBeforeSuggestions = sortKey;
            sortColumnBeforeSuggestions = table.getSortColumn();
            sortDirectionBeforeSuggestions = table.getSortDirection();
            sortKey = SuggestionsOnly.BY_CONFIDENCE;
            table.setSortColumn(table.getColumn(COLUMNS.size() - 1));
            table.setSortDirection(SWT.DOWN);
        } else {
            sortKey = sortBeforeSuggestions;
            table.setSortColumn(sortColumnBeforeSuggestions);
            table.setSortDirection(sortDirectionBeforeSuggestions);
        }
        rebuild();
    }

    private void sortBy(TableColumn column, ColumnSpec spec) {
        Table table = viewer.getTable();
        boolean same = table.getSortColumn() == column;
        boolean ascending = !same || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        sortKey = new SortKey(spec.column(), spec.attribute(), ascending);
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
        AnnotationFilter filter = suggestionsOnly ? SuggestionsOnly.narrow(context.filter()) : context.filter();
        SortKey key = sortKey;
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
        AnnotationFilter shown = suggestionsOnly ? context().filter() : index.filter();
        String filter = shown.isEmpty() ? "" : NLS.bind(Messages.View_filterSuffix, Labels.describe(shown));
        setContentDescription(NLS.bind(suggestionsOnly ? Messages.AnnotationsView_suggestionsCount
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
        List<Annotation> selected = selectedAnnotations();
        relations.setInput(context() == null || selected.size() != 1 ? List.of()
                : RelationRow.of(context().article().document(), selected.get(0)));
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

    /** The view's selection for the workbench (Properties view, handlers): the selected annotations. */
    private final class SelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return new StructuredSelection(selectedAnnotations());
        }

        @Override
        public void setSelection(ISelection selection) {
            if (index != null && selection instanceof IStructuredSelection s) {
                int[] rows = s.stream().filter(Annotation.class::isInstance).mapToInt(a -> index.indexOf((Annotation) a))
                        .filter(i -> i >= 0).toArray();
                viewer.getTable().setSelection(rows);
                viewer.getTable().showSelection();
                selectionChanged();
            }
        }

        void fire() {
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener listener : List.copyOf(listeners)) {
                listener.selectionChanged(event);
            }
        }
    }
}
