package glossa.ui.internal.views;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Messages;

/**
 * The Annotations view's search box: it edits the text of the document's one filter, a moment after typing stops, so
 * the editor's highlights and the export follow it; and it shows the filter's text when the filter changes elsewhere.
 */
final class FilterSearchBox {

    private static final int DELAY_MS = 250;

    private final Text text;
    private final Supplier<GlossaEditorContext> context;
    private final Runnable apply = this::apply;
    private boolean setting;

    FilterSearchBox(Composite parent, Supplier<GlossaEditorContext> context) {
        this.context = context;
        text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.AnnotationsView_search);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> {
            if (!setting) {
                text.getDisplay().timerExec(DELAY_MS, apply);
            }
        });
    }

    /** Shows {@code filterText} without applying it again. */
    void show(String filterText) {
        setting = true;
        try {
            text.setText(filterText);
        } finally {
            setting = false;
        }
    }

    /** Shows the filter's text unless the box already says the same. */
    void follow(String filterText) {
        if (!filterText.equals(text.getText().strip().toLowerCase(Locale.ROOT))) {
            show(filterText);
        }
    }

    private void apply() {
        GlossaEditorContext current = context.get();
        if (current != null && !text.isDisposed()) {
            Filters.apply(current, Filters.withText(current.filter(), text.getText()));
        }
    }
}
