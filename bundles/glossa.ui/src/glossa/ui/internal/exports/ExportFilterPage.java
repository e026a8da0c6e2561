package glossa.ui.internal.exports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SummaryRows;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.preferences.BoilerplatePreference;
import glossa.ui.internal.nls.Messages;

/**
 * Page (b): which annotations. The types and statuses start as the editor's filter has them (the one filter in force),
 * the sections all checked; the filter's authors and text, which this page does not edit, are kept as they are.
 */
public final class ExportFilterPage extends WizardPage {

    /** A top-level section and its 1-based position, the way {@code ExportOptions.sections()} names it. */
    record SectionChoice(int position, Section section) {
        String label() {
            String number = section.getNumber() == null ? "" : section.getNumber().strip();
            String title = section.getTitle() == null ? "" : Labels.sectionTitle(section.getTitle()).strip();
            String heading = (number + " " + title).strip();
            return heading.isEmpty() ? NLS.bind(Messages.ExportFilterPage_section, position) : heading;
        }
    }

    private final AnnotationFilter editorFilter;
    private final List<AnnotationType> types;
    private final List<SectionChoice> sections = new ArrayList<>();
    private final Map<AnnotationStatus, Button> statusButtons = new EnumMap<>(AnnotationStatus.class);
    private CheckboxTableViewer typeViewer;
    private CheckboxTableViewer sectionViewer;
    private Button fullText;
    private Button chaptersOnly;
    private Button boilerplate;
    private ReportKind kind;
    private Runnable fullTextListener = () -> { };

    ExportFilterPage(Document document, AnnotationFilter editorFilter) {
        super("filter", Messages.ExportFilterPage_title, null);
        setDescription(Messages.ExportFilterPage_description);
        this.editorFilter = editorFilter == null ? AnnotationFilter.ALL : editorFilter;
        this.types = Codebooks.allTypes(document.getCodebook());
        List<Section> roots = document.getSections();
        for (int i = 0; i < roots.size(); i++) {
            sections.add(new SectionChoice(i + 1, roots.get(i)));
        }
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(composite);

        Group typeGroup = group(composite, Messages.ExportFilterPage_types);
        typeViewer = CheckboxTableViewer.newCheckList(typeGroup, SWT.BORDER | SWT.V_SCROLL);
        typeViewer.setContentProvider(ArrayContentProvider.getInstance());
        typeViewer.setLabelProvider(LabelProvider.createTextProvider(o -> ((AnnotationType) o).getName()));
        typeViewer.setInput(types);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(typeViewer.getControl());
        for (AnnotationType type : types) {
            typeViewer.setChecked(type, editorFilter.isTypeVisible(type.getId()));
        }
        typeViewer.addCheckStateListener(e -> validate());

        Group sectionGroup = group(composite, Messages.ExportFilterPage_sections);
        GridDataFactory.fillDefaults().grab(true, true).span(1, 2).applyTo(sectionGroup);
        sectionViewer = CheckboxTableViewer.newCheckList(sectionGroup, SWT.BORDER | SWT.V_SCROLL);
        sectionViewer.setContentProvider(ArrayContentProvider.getInstance());
        sectionViewer.setLabelProvider(LabelProvider.createTextProvider(o -> ((SectionChoice) o).label()));
        sectionViewer.setInput(sections);
        sectionViewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return boilerplate == null || boilerplate.getSelection()
                        || !SummaryRows.isBoilerplate(((SectionChoice) element).section());
            }
        });
        sectionViewer.setAllChecked(true);
        sectionViewer.addCheckStateListener(e -> validate());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(sectionViewer.getControl());
        Composite sectionButtons = new Composite(sectionGroup, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(sectionButtons);
        button(sectionButtons, Messages.Button_selectAll, () -> sectionViewer.setAllChecked(true));
        button(sectionButtons, Messages.Button_deselectAll, () -> sectionViewer.setAllChecked(false));
        if (sections.isEmpty()) {
            new Label(sectionGroup, SWT.WRAP).setText(Messages.ExportFilterPage_noSections);
            sectionGroup.setEnabled(false);
        }

        Group statusGroup = group(composite, Messages.ExportFilterPage_status);
        boolean allStatuses = editorFilter.statuses().isEmpty();
        for (AnnotationStatus status : AnnotationStatus.values()) {
            Button button = new Button(statusGroup, SWT.CHECK);
            button.setText(Labels.status(status));
            button.setSelection(allStatuses || editorFilter.statuses().contains(status));
            button.addListener(SWT.Selection, e -> validate());
            statusButtons.put(status, button);
        }

        fullText = new Button(composite, SWT.CHECK);
        fullText.setText(Messages.ExportFilterPage_fullText);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(fullText);
        fullText.addListener(SWT.Selection, e -> fullTextListener.run());
        chaptersOnly = new Button(composite, SWT.CHECK);
        chaptersOnly.setText(Messages.ExportFilterPage_chaptersOnly);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(chaptersOnly);
        boilerplate = new Button(composite, SWT.CHECK);
        boilerplate.setText(Messages.ExportFilterPage_boilerplate);
        boilerplate.setSelection(BoilerplatePreference.isShown());
        boilerplate.addListener(SWT.Selection, e -> showPageFurniture());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(boilerplate);
        sectionViewer.refresh();

        String kept = keptCriteria();
        if (!kept.isEmpty()) {
            Label note = new Label(composite, SWT.WRAP);
            note.setText(NLS.bind(Messages.ExportFilterPage_alsoFromEditor, kept));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
        }
        setControl(composite);
        updateKind(kind == null ? ReportKind.first() : kind);
        validate();
    }

    private static Group group(Composite parent, String text) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        return group;
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            action.run();
            validate();
        });
    }

    private String keptCriteria() {
        List<String> parts = new ArrayList<>();
        if (!editorFilter.authors().isEmpty()) {
            parts.add(NLS.bind(Messages.ExportFilterPage_authors,
                    String.join(Messages.List_separator, editorFilter.authors().stream().sorted().toList())));
        }
        if (!editorFilter.text().isEmpty()) {
            parts.add(NLS.bind(Messages.ExportFilterPage_text, editorFilter.text()));
        }
        return String.join(Messages.Clause_separator, parts);
    }

    private void validate() {
        String problem = null;
        if (typeViewer.getCheckedElements().length == 0) {
            problem = Messages.ExportFilterPage_checkType;
        } else if (sectionCount() > 0 && sectionViewer.getCheckedElements().length == 0) {
            problem = Messages.ExportFilterPage_checkSection;
        } else if (statusButtons.values().stream().noneMatch(Button::getSelection)) {
            problem = Messages.ExportFilterPage_checkStatus;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The full-text box follows the chosen format: only HTML offers the choice. */
    void updateKind(ReportKind newKind) {
        kind = newKind;
        if (fullText != null && !fullText.isDisposed()) {
            fullText.setEnabled(newKind.offersTextChoice());
            fullText.setSelection(newKind.fullText());
        }
    }

    void onFullTextChanged(Runnable listener) {
        fullTextListener = listener;
    }

    /** The summary's depth: 1 when the analyst collapsed it to chapters, else every level. */
    public int levels() {
        return chaptersOnly != null && !chaptersOnly.isDisposed() && chaptersOnly.getSelection() ? 1
                : glossa.exchange.export.ExportOptions.ALL_LEVELS;
    }

    /** Whether page furniture is reported: the boilerplate toggle's state unless changed here. */
    public boolean boilerplate() {
        return boilerplate != null && !boilerplate.isDisposed() ? boilerplate.getSelection()
                : BoilerplatePreference.isShown();
    }

    /** For tests: ticks or clears the page-furniture box, as a click does. */
    public void setBoilerplate(boolean shown) {
        boilerplate.setSelection(shown);
        showPageFurniture();
    }

    /**
     * Page furniture is listed only while the box says it is reported; ticking the box lists it checked, since
     * reporting it and leaving it unchecked would contradict each other.
     */
    private void showPageFurniture() {
        sectionViewer.refresh();
        if (boilerplate.getSelection()) {
            sections.stream().filter(c -> SummaryRows.isBoilerplate(c.section()))
                    .forEach(c -> sectionViewer.setChecked(c, true));
        }
        validate();
    }

    boolean fullTextSelected() {
        return fullText.getSelection();
    }

    /** The filter for the export: the page's types and statuses, the editor filter's authors and text. */
    public AnnotationFilter filter() {
        Set<String> hidden = new HashSet<>(editorFilter.hiddenTypes());
        for (AnnotationType type : types) {
            if (typeViewer.getChecked(type)) {
                hidden.remove(type.getId());
            } else {
                hidden.add(type.getId());
            }
        }
        Set<AnnotationStatus> statuses = new LinkedHashSet<>();
        statusButtons.forEach((status, button) -> {
            if (button.getSelection()) {
                statuses.add(status);
            }
        });
        if (statuses.size() == statusButtons.size()) {
            statuses.clear(); // all checked means no restriction
        }
        return new AnnotationFilter(hidden, statuses, editorFilter.authors(), editorFilter.text());
    }

    /**
     * The checked sections as positions ("1", "2", …), or empty when all listed are checked (which also keeps text
     * outside any section; page furniture that is not listed is left out by {@link #boilerplate()}).
     */
    public Set<String> sections() {
        Object[] checked = sectionViewer.getCheckedElements();
        if (checked.length == sectionCount()) {
            return Set.of();
        }
        Set<String> positions = new LinkedHashSet<>();
        for (Object o : checked) {
            positions.add(Integer.toString(((SectionChoice) o).position()));
        }
        return positions;
    }

    public boolean isTypeChecked(String typeId) {
        return types.stream().anyMatch(t -> t.getId().equals(typeId) && typeViewer.getChecked(t));
    }

    public void setTypeChecked(String typeId, boolean checked) {
        types.stream().filter(t -> t.getId().equals(typeId)).forEach(t -> typeViewer.setChecked(t, checked));
        validate();
    }

    public boolean isStatusChecked(AnnotationStatus status) {
        return statusButtons.get(status).getSelection();
    }

    /** Checks exactly the sections at the given 1-based positions. */
    public void checkOnlySections(Set<Integer> positions) {
        for (SectionChoice choice : sections) {
            sectionViewer.setChecked(choice, positions.contains(choice.position()));
        }
        validate();
    }

    /** The number of sections listed: page furniture counts only while it is reported. */
    public int sectionCount() {
        return sectionViewer.getTable().getItemCount();
    }

    /** The labels of the sections listed, in document order. */
    public List<String> sectionLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < sectionViewer.getTable().getItemCount(); i++) {
            labels.add(((SectionChoice) sectionViewer.getElementAt(i)).label());
        }
        return labels;
    }
}
