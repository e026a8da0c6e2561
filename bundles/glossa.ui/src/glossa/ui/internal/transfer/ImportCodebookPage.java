package glossa.ui.internal.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;
import glossa.ui.internal.nls.Labels;

/** Page 1 of the codebook import: into which codebook, from which file, in which format (the file's, by default). */
final class ImportCodebookPage extends CasePage {

    final CodebookChoice choice;
    Text file;

    ImportCodebookPage(IProject selected, CodebookChoice choice) {
        super("source", Messages.ImportCodebook_title, Messages.ImportCodebook_description, selected); //$NON-NLS-1$
        this.choice = choice;
    }

    @Override
    void fillBody(Composite body) {
        choice.addOwner(body, Messages.ImportCodebook_into, project() == null, this::ownerChanged);
        new Label(body, SWT.NONE).setText(Messages.ImportCodebook_file);
        file = new Text(body, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        file.setLayoutData(data);
        file.addListener(SWT.Modify, e -> fileChanged());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ExportCase_browse);
        browse.addListener(SWT.Selection, e -> browse());
        choice.addFormat(body, this::update);
        enableCase(!choice.ofArticle());
    }

    void ownerChanged() {
        enableCase(!choice.ofArticle());
        update();
    }

    /** A file whose extension names a codebook format chooses that format. */
    private void fileChanged() {
        FormatRegistry.instance().codebookFormatForFile(file.getText().strip()).ifPresent(choice::choose);
        update();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.ImportCodebook_title);
        List<CodebookFormat> formats = choice.formats();
        List<String> extensions = formats.stream().map(f -> "*." + f.extension()).toList(); //$NON-NLS-1$
        String[] filters = new String[formats.size() + 1];
        String[] names = new String[formats.size() + 1];
        filters[0] = String.join(";", extensions); //$NON-NLS-1$
        names[0] = Messages.ImportCodebook_allFormats;
        for (int i = 0; i < formats.size(); i++) {
            filters[i + 1] = extensions.get(i);
            names[i + 1] = Labels.codebookFormat(formats.get(i));
        }
        dialog.setFilterExtensions(filters);
        dialog.setFilterNames(names);
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
            if (dialog.getFilterIndex() > 0) {
                choice.choose(formats.get(dialog.getFilterIndex() - 1));
            }
        }
    }

    Path path() {
        return FileNames.absolute(file);
    }

    @Override
    boolean needsCase() {
        return !choice.ofArticle();
    }

    @Override
    String problem() {
        if (file == null || file.getText().isBlank()) {
            return Messages.ImportCodebook_noFile;
        }
        Path path = path();
        if (path == null) {
            return Messages.ImportCodebook_absolute;
        }
        return Files.isRegularFile(path) ? null : NLS.bind(Messages.ImportCodebook_missing, path);
    }
}
