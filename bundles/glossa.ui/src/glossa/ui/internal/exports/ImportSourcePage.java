package glossa.ui.internal.exports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import glossa.exchange.FormatRegistry;
import glossa.exchange.ImportFormat;
import glossa.exchange.imports.Importer;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/** Import page 1: the file to read, and its format (guessed from the extension). */
public final class ImportSourcePage extends WizardPage {

    private Text file;
    private final Map<ImportFormat, Button> formatButtons = new LinkedHashMap<>();

    ImportSourcePage() {
        super("source", Messages.ImportAnnotations_title, null);
        setDescription(NLS.bind(Messages.ImportSourcePage_description,
                Labels.enumerate(formats().stream().map(Labels::importFormat).toList())));
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
        new Label(composite, SWT.NONE).setText(Messages.ImportSourcePage_fromFile);
        file = new Text(composite, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
        file.addListener(SWT.Modify, e -> {
            guessFormat();
            validate();
        });
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText(Messages.Button_browse);
        browse.addListener(SWT.Selection, e -> browse());
        Group format = new Group(composite, SWT.NONE);
        format.setText(Messages.ImportSourcePage_format);
        GridLayoutFactory.swtDefaults().applyTo(format);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(format);
        for (ImportFormat f : formats()) {
            Button button = new Button(format, SWT.RADIO);
            button.setText(Labels.importFormat(f));
            button.setSelection(formatButtons.isEmpty());
            formatButtons.put(f, button);
        }
        setControl(composite);
        validate();
        setErrorMessage(null); // no complaint before the analyst typed anything
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.ImportSourcePage_dialogTitle);
        List<String> patterns = formats().stream().flatMap(f -> f.extensions().stream()).map(e -> "*." + e).toList();
        dialog.setFilterExtensions(new String[] { String.join(";", patterns), "*.*" });
        dialog.setFilterNames(new String[] {
                NLS.bind(Messages.ImportSourcePage_exports, String.join(", ", patterns)), Messages.Files_all });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void guessFormat() {
        FormatRegistry.instance().importFormatForFile(file.getText().strip()).ifPresent(guessed -> formatButtons
                .forEach((f, button) -> button.setSelection(f == guessed)));
    }

    private void validate() {
        Path path = path();
        String problem = null;
        if (path == null) {
            problem = Messages.ImportSourcePage_chooseFile;
        } else if (!Files.isRegularFile(path)) {
            problem = NLS.bind(Messages.ImportSourcePage_notAFile, path);
        } else if (!Files.isReadable(path)) {
            problem = NLS.bind(Messages.ImportSourcePage_cannotRead, path);
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    public Path path() {
        String text = file == null ? "" : file.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public void setPath(Path path) {
        file.setText(path.toString());
    }

    /** The chosen format. */
    public ImportFormat format() {
        return formatButtons.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
                .findFirst().orElse(formats().get(0));
    }

    Importer importer() {
        return format().newImporter();
    }

    private static List<ImportFormat> formats() {
        return FormatRegistry.instance().importFormats();
    }
}
