package glossa.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationCells;
import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.exchange.export.SummaryTable;
import glossa.model.Annotation;
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
    private TreeViewer details;
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

    /** A lower-pane group: the annotations of one type in the selected section. */
    public record TypeGroup(AnnotationType type, List<Annotation> annotations) {
    }

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
        createDetails(sash);
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

    private void createDetails(Composite parent) {
        details = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        details.getTree().setHeaderVisible(true);
        ListColours.apply(details.getTree());
        details.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> l ? l.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object element) {
                if (element instanceof TypeGroup g) {
                    return g.annotations().toArray();
                }
                if (element instanceof Annotation a && context() != null) {
                    return RelationRow.of(context().article().document(), a).toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof TypeGroup || (element instanceof Annotation a && context() != null
                        && !RelationRow.of(context().article().document(), a).isEmpty());
            }
        });
        TreeViewerColumn quote = new TreeViewerColumn(details, SWT.LEFT);
        quote.getColumn().setText(Messages.SectionSummary_annotationsOfSection);
        quote.getColumn().setWidth(300);
        quote.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof TypeGroup g) {
                    return NLS.bind(Messages.SectionSummary_group, g.type().getName(), g.annotations().size());
                }
                if (element instanceof Annotation a) {
                    return "\u300C" + oneLine(a.getQuote()) + "\u300D";
                }
                return element instanceof RelationRow r ? r.label() : "";
            }

            @Override
            public Image getImage(Object element) {
                if (element instanceof TypeGroup g) {
                    return colors.swatch(g.type());
                }
                return element instanceof RelationRow r ? colors.swatch(r.other().getType()) : null;
            }
        });
        TreeViewerColumn memo = new TreeViewerColumn(details, SWT.LEFT);
        memo.getColumn().setText(Messages.Column_memo);
        memo.getColumn().setWidth(200);
        memo.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Annotation a && a.getMemo() != null ? oneLine(a.getMemo()) : "";
            }
        });
        details.addDoubleClickListener(e -> {
            GlossaEditorContext context = context();
            if (context == null || !(e.getSelection() instanceof IStructuredSelection s)) {
                return;
            }
            if (s.getFirstElement() instanceof Annotation a) {
                context.reveal(a);
            } else if (s.getFirstElement() instanceof RelationRow r) {
                context.reveal(r.other());
            } else if (s.getFirstElement() instanceof TypeGroup g) {
                details.setExpandedState(g, !details.getExpandedState(g));
            }
        });
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
            details.setInput(null);
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

    /** The selected section's annotations that pass the filter, grouped by type in codebook order. */
    private void showDetails() {
        Section section = selectedSection();
        GlossaEditorContext context = context();
        if (context == null || section == null) {
            details.setInput(List.of());
            return;
        }
        Object[] expanded = details.getExpandedElements();
        Map<AnnotationType, List<Annotation>> groups = new LinkedHashMap<>();
        for (AnnotationType type : stats.types()) {
            groups.put(type, new ArrayList<>());
        }
        AnnotationFilter filter = context.filter();
        for (Annotation a : context.article().document().getAnnotations()) {
            if (a.getBegin() >= section.getBegin() && a.getBegin() < section.getEnd() && groups.containsKey(a.getType())
                    && filter.test(a)) {
                groups.get(a.getType()).add(a);
            }
        }
        List<TypeGroup> input = new ArrayList<>();
        groups.forEach((type, list) -> {
            if (!list.isEmpty()) {
                list.sort((x, y) -> Integer.compare(x.getBegin(), y.getBegin()));
                input.add(new TypeGroup(type, list));
            }
        });
        details.getTree().setRedraw(false);
        try {
            details.setInput(input);
            if (expanded.length == 0) {
                details.expandToLevel(2);
            } else {
                for (TypeGroup g : input) {
                    for (Object e : expanded) {
                        if (e instanceof TypeGroup old && old.type() == g.type()) {
                            details.setExpandedState(g, true);
                        }
                    }
                }
            }
        } finally {
            details.getTree().setRedraw(true);
        }
        details.getTree().getColumn(0).setText(NLS.bind(Messages.SectionSummary_annotationsOf,
                Labels.sectionTitle(AnnotationCells.sectionLabel(section))));
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
        return details;
    }

    public void selectSection(Section section) {
        sections.setSelection(new StructuredSelection(section), true);
    }

    private Point chartSize() {
        Point size = chart.control().getSize();
        return new Point(Math.max(480, size.x), Math.max(240, size.y));
    }

    void copyChart() {
        if (chart.data() == null) {
            return;
        }
        Point size = chartSize();
        Image image = SectionChart.toImage(chart.control().getDisplay(), chart.data(), size.x, size.y);
        Clipboard clipboard = new Clipboard(chart.control().getDisplay());
        try {
            clipboard.setContents(new Object[] { image.getImageData() }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
            image.dispose();
        }
    }

    void saveChart() {
        if (chart.data() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { Messages.SectionSummary_png, Messages.SectionSummary_svg });
        dialog.setFileName(Messages.SectionSummary_fileName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            saveChart(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.SectionSummary_saveChart,
                    NLS.bind(Messages.SectionSummary_cannotSave, chosen, e.getMessage()));
        }
    }

    /** Writes the chart atomically, as SVG when the name ends in .svg, else as PNG. */
    void saveChart(Path target) throws IOException {
        Point size = chartSize();
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".glossa-chart", ".tmp");
        try {
            if (target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                Files.writeString(temp, SvgChart.write(chart.data(), size.x, size.y), StandardCharsets.UTF_8);
            } else {
                SectionChart.savePng(chart.control().getDisplay(), chart.data(), size.x, size.y, temp.toString());
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
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

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ');
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
