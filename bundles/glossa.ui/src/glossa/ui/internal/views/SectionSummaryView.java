package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.exchange.export.SummaryTable;
import glossa.model.AnnotationType;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.preferences.BoilerplatePreference;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.appearance.ListColours;
import glossa.ui.internal.appearance.TypePaint;

/**
 * "What does each section claim, propose and counter?" The section tree with one column per annotation type and a
 * total, shaded like a heat map (parents count their sub-sections); a bar chart per top-level section and type; and,
 * for the selected section, its annotations grouped by type with their relations. Double-click a section, an
 * annotation or a relation to reveal it in the editor. Everything follows the one filter.
 */
public class SectionSummaryView extends EditorFollowingView {

    public static final String ID = "glossa.ui.views.sectionSummary";

    private TreeViewer sections;
    private SectionDetailsPane details;
    private SectionChart chart;
    private Label filterLabel;
    private TypePaint colors;
    private SectionStatistics stats;
    private final FilterMenu filterMenu = new FilterMenu(this::context, () -> getSite().getShell());
    private final List<TreeViewerColumn> typeColumns = new ArrayList<>();
    private final IPropertyChangeListener boilerplateListener = e -> {
        if (BoilerplatePreference.KEY.equals(e.getProperty())) {
            boilerplateToggled();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        colors = new TypePaint(parent, this::recomputeStructure); // new swatches, shades and bars
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        parent.setLayout(layout);
        filterLabel = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(filterLabel);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createSectionTree(sash);
        chart = new SectionChart(sash);
        details = new SectionDetailsPane(sash, colors, this::context);
        sash.setWeights(40, 25, 35);
        createActions();
        GlossaUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(boilerplateListener);
        followActiveEditor();
    }

    /** The boilerplate toggle changed (this view's menu, or the preference): show or hide page furniture. */
    private void boilerplateToggled() {
        GlossaEditorContext context = context();
        if (sections.getControl().isDisposed() || context == null || stats == null) {
            return;
        }
        sections.refresh();
        sections.expandAll();
        showCounts(context);
    }

    private void createSectionTree(Composite parent) {
        sections = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        sections.getTree().setHeaderVisible(true);
        sections.getTree().setLinesVisible(true);
        ListColours.apply(sections.getTree());
        sections.setUseHashlookup(true);
        sections.setContentProvider(new SectionTreeContentProvider());
        sections.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return BoilerplatePreference.isShown() || !SummaryRows.isBoilerplate((Section) element);
            }
        });
        TreeViewerColumn name = new TreeViewerColumn(sections, SWT.LEFT);
        name.getColumn().setText(Messages.Column_section);
        name.getColumn().setWidth(170);
        name.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                return SectionTreeContentProvider.label((Section) element);
            }
        });
        sections.addSelectionChangedListener(e -> showDetails());
        sections.addDoubleClickListener(e -> {
            GlossaEditorContext context = context();
            if (context != null && e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Section section) {
                context.reveal(section.getBegin(), section.getBegin());
            }
        });
    }

    /** One column per type, plus Total; rebuilt when the codebook changes. */
    private void createCountColumns(List<AnnotationType> types) {
        for (TreeViewerColumn column : typeColumns) {
            column.getColumn().dispose();
        }
        typeColumns.clear();
        for (AnnotationType type : types) {
            typeColumns.add(countColumn(type.getName(), type));
        }
        typeColumns.add(countColumn(Messages.Column_total, null));
    }

    private TreeViewerColumn countColumn(String title, AnnotationType type) {
        TreeViewerColumn column = new TreeViewerColumn(sections, SWT.RIGHT);
        column.getColumn().setText(title);
        // Narrow: the view usually sits beside the editor; the header's tooltip and swatch name the type.
        column.getColumn().setWidth(type == null ? 52 : 64);
        if (type != null) {
            column.getColumn().setImage(colors.swatch(type));
            column.getColumn().setToolTipText(type.getName() + ": " + type.getDescription());
        }
        column.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                return stats == null ? "" : Integer.toString(count((Section) element));
            }

            @Override
            public Color getForeground(Object element) {
                // Zeros recede, so the counts stand out.
                return stats != null && count((Section) element) == 0
                        ? sections.getTree().getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW)
                        : super.getForeground(element);
            }

            @Override
            public Color getBackground(Object element) {
                Color heat = stats == null || type == null ? null : colors.heat(type, count((Section) element), stats.maxCell());
                return heat != null ? heat : super.getBackground(element);
            }

            private int count(Section section) {
                return type == null ? stats.total(section) : stats.count(section, type);
            }
        });
        return column;
    }

    /**
     * Copy Chart, Save Chart As…, Copy Table and Save Table As… are commands (plugin.xml: CopyChartHandler,
     * SaveChartHandler, CopySummaryTableHandler, SaveSummaryTableHandler).
     */
    private void createActions() {
        getViewSite().getActionBars().getToolBarManager().add(filterMenu.dropDown());
        getViewSite().getActionBars().getMenuManager().add(filterMenu.subMenu());
    }

    @Override
    protected void contextChanged() {
        if (context() == null) {
            stats = null;
            sections.setInput(null);
            details.viewer().setInput(null);
            chart.setData(null);
            filterLabel.setText(annotationsLoading() ? AnnotationsView.LOADING : Messages.SectionSummary_openArticle);
            return;
        }
        recomputeStructure();
    }

    @Override
    protected void filterChanged() {
        recompute(null);
    }

    @Override
    protected void documentChanged(DocumentChanges changes) {
        if (changes.structureChanged()) {
            recomputeStructure();
        } else {
            recompute(changes);
        }
    }

    private void recomputeStructure() {
        GlossaEditorContext context = context();
        if (context == null) {
            return;
        }
        rebuild(context, count(context));
    }

    /** New columns and rows for {@code counted} (the codebook or the sections may have changed), then the rest. */
    private void rebuild(GlossaEditorContext context, SectionStatistics counted) {
        stats = counted;
        sections.getTree().setRedraw(false);
        try {
            createCountColumns(stats.types());
            sections.setInput(context.article().document());
            sections.expandAll(); // labels the rows with the counts just set: no refresh needed
        } finally {
            sections.getTree().setRedraw(true);
        }
        showCounts(context);
    }

    /**
     * Recounts after {@code changes} (null: the filter changed). One pass over the annotations (O(n log s)), shared
     * with the Outline; then only the rows whose counts changed are relabelled (after typing, which moves every
     * annotation, none), and the chart and the selected section's list only if a count or a relation changed.
     */
    private void recompute(DocumentChanges changes) {
        GlossaEditorContext context = context();
        if (context == null || sections.getControl().isDisposed()) {
            return;
        }
        SectionStatistics counted = SectionCounts.after(context, changes);
        if (counted.types().size() + 1 != typeColumns.size()) {
            rebuild(context, counted);
            return;
        }
        List<Section> rows = SectionCounts.changedRows(stats, counted);
        stats = counted;
        if (rows == null) {
            sections.refresh(true);
        } else if (!rows.isEmpty()) {
            sections.update(rows.toArray(), null);
        }
        if (rows == null || !rows.isEmpty() || changes == null || changes.relationsChanged()) {
            showCounts(context);
        }
    }

    private static SectionStatistics count(GlossaEditorContext context) {
        return SectionStatistics.compute(context.article().document(), context.filter());
    }

    /** The chart, the label and the selected section's list for the current {@link #stats}. */
    private void showCounts(GlossaEditorContext context) {
        AnnotationFilter filter = context.filter();
        chart.setData(ChartData.of(stats, BoilerplatePreference.isShown()));
        filterLabel.setText(NLS.bind(Messages.SectionSummary_count, String.format("%,d", stats.total()))
                + (filter.isEmpty() ? "" : NLS.bind(Messages.View_filterSuffix, Labels.describe(filter))));
        showDetails();
    }

    /** The selected section's annotations that pass the filter, grouped by type. */
    private void showDetails() {
        details.show(selectedSection(), stats);
    }

    private Section selectedSection() {
        return sections.getStructuredSelection().getFirstElement() instanceof Section s ? s : null;
    }

    /** For tests: the statistics shown. */
    public SectionStatistics statistics() {
        return stats;
    }

    public TreeViewer sectionViewer() {
        return sections;
    }

    /** For tests: what the chart shows. */
    public ChartData chartData() {
        return chart.data();
    }

    public TreeViewer detailViewer() {
        return details.viewer();
    }

    public void selectSection(Section section) {
        sections.setSelection(new StructuredSelection(section), true);
    }

    void copyChart() {
        new ChartExport(chart).copy();
    }

    void saveChart() {
        new ChartExport(chart).saveAs(getSite().getShell());
    }

    /** Writes the chart atomically, as SVG when the name ends in .svg, else as PNG. */
    void saveChart(Path target) throws IOException {
        new ChartExport(chart).save(target);
    }

    /**
     * The summary as shown, for Copy Table and Save Table As…: the rows of the tree in order, a collapsed chapter
     * without its points, with the Level column and the grand total (boilerplate left out, as in the reports, unless
     * the boilerplate toggle shows it).
     */
    public SummaryTable table() {
        if (stats == null || context() == null) {
            return null;
        }
        List<SummaryRows.Row> shown = new ArrayList<>();
        for (SummaryRows.Row row : SummaryRows.of(stats, stats.topLevelSections(), stats.types(),
                SummaryRows.ALL_LEVELS, BoilerplatePreference.isShown())) {
            if (ancestorsExpanded(row.section())) {
                shown.add(row);
            }
        }
        List<String> typeNames = stats.types().stream().map(AnnotationType::getName).toList();
        return new SummaryTable(Messages.Column_section, Messages.Column_level, typeNames, Messages.Column_total, shown);
    }

    private boolean ancestorsExpanded(Section section) {
        for (Object parent = section.eContainer(); parent instanceof Section p; parent = p.eContainer()) {
            if (!sections.getExpandedState(p)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void setFocus() {
        sections.getControl().setFocus();
    }

    @Override
    public void dispose() {
        GlossaUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(boilerplateListener);
        super.dispose();
    }
}
