package glossa.ui.internal.exports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import glossa.core.imports.CsvImporter;
import glossa.core.imports.Importer;
import glossa.core.imports.WebAnnotationImporter;

/** Import page 1: the file to read, and its format (guessed from the extension). */
public final class ImportSourcePage extends WizardPage {

    private Text file;
    private Button jsonld;
    private Button csv;

    ImportSourcePage() {
        super("source", "Import Annotations", null);
        setDescription("Choose a W3C Web Annotation (JSON-LD) or CSV file exported by Glossa.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
        new Label(composite, SWT.NONE).setText("&From file:");
        file = new Text(composite, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
        file.addListener(SWT.Modify, e -> {
            guessFormat();
            validate();
        });
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText("B&rowse…");
        browse.addListener(SWT.Selection, e -> browse());
        Group format = new Group(composite, SWT.NONE);
        format.setText("Format");
        GridLayoutFactory.swtDefaults().applyTo(format);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(format);
        jsonld = new Button(format, SWT.RADIO);
        jsonld.setText("W3C Web Annotation (JSON-LD)");
        jsonld.setSelection(true);
        csv = new Button(format, SWT.RADIO);
        csv.setText("CSV (one row per annotation)");
        setControl(composite);
        validate();
        setErrorMessage(null); // no complaint before the analyst typed anything
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Import Annotations From");
        dialog.setFilterExtensions(new String[] { "*.jsonld;*.json;*.csv", "*.*" });
        dialog.setFilterNames(new String[] { "Glossa exports (JSON-LD, CSV)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void guessFormat() {
        String name = file.getText().strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            jsonld.setSelection(false);
            csv.setSelection(true);
        } else if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            csv.setSelection(false);
            jsonld.setSelection(true);
        }
    }

    private void validate() {
        Path path = path();
        String problem = null;
        if (path == null) {
            problem = "Choose the file to import.";
        } else if (!Files.isRegularFile(path)) {
            problem = path + " does not exist or is not a file.";
        } else if (!Files.isReadable(path)) {
            problem = path + " cannot be read.";
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

    public boolean isCsv() {
        return csv.getSelection();
    }

    Importer importer() {
        return isCsv() ? new CsvImporter() : new WebAnnotationImporter();
    }
}
