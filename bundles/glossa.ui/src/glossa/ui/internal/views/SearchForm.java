package glossa.ui.internal.views;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import glossa.search.ArticleDate;
import glossa.search.SearchFilter;
import glossa.search.SearchQuery;
import glossa.ui.internal.search.Messages;

/**
 * The Search view's form: the query with its toggles, the filters (article glob, section, coding, type) and the
 * dates. Enter in any field, or the Search button, asks for a search; a query or a date that cannot be read is named
 * through {@code problem}.
 */
final class SearchForm {

    private final Text query;
    private final Button regex;
    private final Button wholeWord;
    private final Text articles;
    private final Text section;
    private final Combo coding;
    private final Text type;
    private final Text since;
    private final Text until;
    private final Consumer<String> problem;

    SearchForm(Composite parent, Runnable search, Consumer<String> problem) {
        this.problem = problem;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(5, false));
        new Label(row, SWT.NONE).setText(Messages.SearchView_query);
        query = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        query.setMessage(Messages.SearchView_queryHint);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, e -> search.run());
        regex = new Button(row, SWT.CHECK);
        regex.setText(Messages.SearchView_regex);
        wholeWord = new Button(row, SWT.CHECK);
        wholeWord.setText(Messages.SearchView_wholeWord);
        wholeWord.setSelection(true);
        Button go = new Button(row, SWT.PUSH);
        go.setText(Messages.SearchView_search);
        go.addListener(SWT.Selection, e -> search.run());

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
            field.addListener(SWT.DefaultSelection, e -> search.run());
        }
    }

    private static Text dateField(Composite parent, String hint) {
        Text field = new Text(parent, SWT.BORDER);
        field.setMessage(hint);
        field.setToolTipText(Messages.SearchView_dateTooltip);
        field.setLayoutData(new GridData(130, SWT.DEFAULT));
        return field;
    }

    /** Sets the query and its toggles. */
    void setQuery(String text, boolean isRegex, boolean whole) {
        query.setText(text);
        regex.setSelection(isRegex);
        wholeWord.setSelection(whole);
    }

    /** Sets the date fields. */
    void setDates(String from, String to) {
        since.setText(from == null ? "" : from); //$NON-NLS-1$
        until.setText(to == null ? "" : to); //$NON-NLS-1$
    }

    /** The query the form describes, or null when it cannot be read (then {@code problem} was told why). */
    SearchQuery query() {
        try {
            SearchQuery searchQuery = new SearchQuery(query.getText(), regex.getSelection(), wholeWord.getSelection(),
                    SearchQuery.DEFAULT_NEAR);
            searchQuery.patterns();
            return searchQuery;
        } catch (IllegalArgumentException e) {
            problem.accept(NLS.bind(Messages.SearchView_badQuery, e.getMessage()));
            return null;
        }
    }

    /** The filters the form describes, or null when a date cannot be read (then {@code problem} was told which). */
    SearchFilter filter() {
        LocalDate from;
        LocalDate to;
        try {
            from = date(since);
            to = date(until);
        } catch (IllegalArgumentException e) {
            return null; // date() said why
        }
        SearchFilter.Coding codingChoice = SearchFilter.Coding.values()[Math.max(0, coding.getSelectionIndex())];
        String typeId = type.getText().isBlank() ? null : type.getText().strip();
        return new SearchFilter(blankToNull(articles.getText()), blankToNull(section.getText()), typeId,
                codingChoice, from, to);
    }

    void setFocus() {
        query.setFocus();
    }

    /** The date in a field, null when it is empty; a value that is no date is named through {@code problem}. */
    private LocalDate date(Text field) {
        String value = field.getText().strip();
        try {
            return value.isEmpty() ? null : ArticleDate.parseArgument(value);
        } catch (IllegalArgumentException e) {
            problem.accept(NLS.bind(Messages.SearchView_badDate, value));
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
