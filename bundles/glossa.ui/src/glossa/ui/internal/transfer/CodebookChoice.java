package glossa.ui.internal.transfer;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Labels;

/**
 * The fields the codebook wizards share: whose codebook (the case's shared one or the open article's) and the format,
 * every {@link FormatRegistry#codebookFormats() codebook format of the registry} in its order, so a contributed
 * format is offered without a change here.
 */
final class CodebookChoice {

    private final GlossaEditorContext article;
    private final List<CodebookFormat> formats = FormatRegistry.instance().codebookFormats();
    private Button ofCase;
    private Button ofArticle;
    private Combo formatChoice;

    /** {@code article}: the active editor's, or null when none is open. */
    CodebookChoice(GlossaEditorContext article) {
        this.article = article;
    }

    /** Adds "label: (•) case ( ) article" to a three-column grid; {@code changed} runs on every change. */
    void addOwner(Composite body, String label, boolean preferArticle, Runnable changed) {
        new Label(body, SWT.NONE).setText(label);
        Composite choices = new Composite(body, SWT.NONE);
        choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        choices.setLayout(layout);
        ofCase = new Button(choices, SWT.RADIO);
        ofCase.setText(Messages.Codebook_ofCase);
        ofArticle = new Button(choices, SWT.RADIO);
        ofArticle.setText(article == null ? Messages.Codebook_noArticle
                : NLS.bind(Messages.Codebook_ofArticle, article.article().articlePath().getFileName()));
        ofArticle.setEnabled(article != null);
        boolean toArticle = article != null && preferArticle;
        ofCase.setSelection(!toArticle);
        ofArticle.setSelection(toArticle);
        ofCase.addListener(SWT.Selection, e -> changed.run());
        ofArticle.addListener(SWT.Selection, e -> changed.run());
    }

    /** Adds "Format: [combo]" to a three-column grid; {@code changed} runs when another format is chosen. */
    void addFormat(Composite body, Runnable changed) {
        new Label(body, SWT.NONE).setText(Messages.Codebook_format);
        formatChoice = new Combo(body, SWT.READ_ONLY);
        formatChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (CodebookFormat format : formats) {
            formatChoice.add(Labels.codebookFormat(format));
        }
        formatChoice.select(0);
        formatChoice.addListener(SWT.Selection, e -> changed.run());
    }

    /** Whether the open article's codebook is chosen (else the case's). */
    boolean ofArticle() {
        return ofArticle != null && ofArticle.getSelection();
    }

    /** Chooses the open article's codebook ({@code true}) or the case's (tests, and a file's own choice). */
    void chooseArticle(boolean chosen) {
        if (chosen && article == null) {
            return;
        }
        ofArticle.setSelection(chosen);
        ofCase.setSelection(!chosen);
    }

    GlossaEditorContext article() {
        return article;
    }

    List<CodebookFormat> formats() {
        return formats;
    }

    CodebookFormat format() {
        return formats.get(Math.max(0, formatChoice.getSelectionIndex()));
    }

    /** Chooses a format as the analyst would (tests; the import follows the file's extension with it). */
    void choose(CodebookFormat format) {
        int index = formats.indexOf(format);
        if (index >= 0) {
            formatChoice.select(index);
        }
    }

    /** The names of the formats as the combo lists them (tests, and the screenshot). */
    List<String> formatNames() {
        return List.of(formatChoice.getItems());
    }
}
