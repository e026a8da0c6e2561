package glossa.ui.internal.views;

import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import glossa.core.filter.AnnotationFilter;
import glossa.model.AnnotationStatus;
import glossa.ui.internal.nls.Messages;

/**
 * The Case Summary's row of controls: the filter (text, status, author) and the type whose annotations the lower
 * table lists. A filter edit asks for a recount after a delay (typing is debounced), a type choice for a new list.
 */
final class CaseFilterBar {

    private static final String[] STATUS_LABELS = { Messages.CaseSummaryView_allStatuses, Messages.Status_confirmed,
            Messages.Status_suggested, Messages.Status_orphaned, Messages.Status_rejected };
    private static final String NO_TYPE = Messages.CaseSummaryView_noType;

    private final Text textFilter;
    private final Combo statusFilter;
    private final Text authorFilter;
    private final Combo typeChoice;

    /**
     * @param recount the filter changed: recount after the given delay in ms
     * @param listType the chosen type changed
     */
    CaseFilterBar(Composite parent, LongConsumer recount, Runnable listType) {
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
        textFilter.addModifyListener(e -> recount.accept(300));
        authorFilter.addModifyListener(e -> recount.accept(300));
        statusFilter.addModifyListener(e -> recount.accept(0));
        typeChoice.addModifyListener(e -> listType.run());
    }

    /** The filter the controls describe. */
    AnnotationFilter filter() {
        int s = statusFilter.getSelectionIndex();
        Set<AnnotationStatus> statuses = s <= 0 ? Set.of() : Set.of(AnnotationStatus.get(s - 1));
        String author = authorFilter.getText().strip();
        return new AnnotationFilter(Set.of(), statuses, author.isEmpty() ? Set.of() : Set.of(author),
                textFilter.getText());
    }

    /** Sets the filter controls (the caller recounts). */
    void setFilter(String text, AnnotationStatus onlyStatus, String author) {
        textFilter.setText(text == null ? "" : text);
        statusFilter.select(onlyStatus == null ? 0 : onlyStatus.getValue() + 1);
        authorFilter.setText(author == null ? "" : author);
    }

    /** The chosen type's column in the table, or -1 for none. */
    int chosenColumn() {
        return typeChoice.getSelectionIndex() - 1;
    }

    /** Chooses the type of {@code column} (-1: none), without telling anyone. */
    void choose(int column) {
        typeChoice.select(column < 0 ? 0 : column + 1);
    }

    /** Offers the types named, keeping the chosen one when it is still there. */
    void offerTypes(List<String> typeNames) {
        String chosen = typeChoice.getSelectionIndex() > 0 ? typeChoice.getItem(typeChoice.getSelectionIndex()) : null;
        List<String> names = new java.util.ArrayList<>(List.of(NO_TYPE));
        names.addAll(typeNames);
        if (!names.equals(List.of(typeChoice.getItems()))) {
            typeChoice.setItems(names.toArray(String[]::new));
            typeChoice.select(chosen == null ? 0 : Math.max(0, names.indexOf(chosen)));
        }
    }
}
