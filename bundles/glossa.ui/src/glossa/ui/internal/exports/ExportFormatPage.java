package glossa.ui.internal.exports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
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

import glossa.ui.internal.nls.Messages;

/**
 * Page (a): the format and the destination file. The file name defaults to the article's name with the format's
 * extension, in the folder used last time (dialog settings); the format is remembered too.
 */
public final class ExportFormatPage extends WizardPage {

    static final String SETTING_KIND = "kind";
    static final String SETTING_DIRECTORY = "directory";

    private final String baseName;
    private final Path articleDirectory;
    private final Map<ReportKind, Button> kindButtons = new LinkedHashMap<>();
    private ReportKind kind = ReportKind.first();
    private Text destination;
    private Runnable kindListener = () -> { };

    ExportFormatPage(Path article) {
        super("format", Messages.ExportReport_title, null);
        setDescription(Messages.ExportFormatPage_description);
        String name = article == null ? Messages.ExportFormatPage_defaultName : article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.baseName = dot > 0 ? name.substring(0, dot) : name;
        this.articleDirectory = article == null ? null : article.toAbsolutePath().getParent();
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);

        Group formats = new Group(composite, SWT.NONE);
        formats.setText(Messages.ExportFormatPage_format);
        GridLayoutFactory.swtDefaults().applyTo(formats);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(formats);
        for (ReportKind k : ReportKind.all()) {
            Button button = new Button(formats, SWT.RADIO);
            button.setText(k.label());
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    changeKind(k);
                }
            });
            kindButtons.put(k, button);
        }

        new Label(composite, SWT.NONE).setText(Messages.ExportFormatPage_toFile);
        destination = new Text(composite, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(destination);
        destination.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText(Messages.Button_browse);
        browse.addListener(SWT.Selection, e -> browse());

        IDialogSettings settings = getDialogSettings();
        kind = ReportKind.fromKey(settings == null ? null : settings.get(SETTING_KIND), ReportKind.first());
        kindButtons.get(kind).setSelection(true);
        String folder = settings == null ? null : settings.get(SETTING_DIRECTORY);
        Path directory = folder != null && Files.isDirectory(Path.of(folder)) ? Path.of(folder) : articleDirectory;
        String fileName = baseName + "." + kind.extension();
        destination.setText(directory == null ? fileName : directory.resolve(fileName).toString());
        setControl(composite);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText(Messages.ExportFormatPage_dialogTitle);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + kind.extension(), "*.*" });
        Path current = destinationPath();
        if (current != null) {
            if (current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
            }
            dialog.setFileName(current.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            destination.setText(chosen);
        }
    }

    /** A new format also gets its extension on the destination, when the name still has another known one. */
    private void changeKind(ReportKind newKind) {
        ReportKind old = kind;
        kind = newKind;
        String text = destination.getText();
        String oldSuffix = "." + old.extension();
        if (!old.extension().equals(newKind.extension()) && text.endsWith(oldSuffix)) {
            destination.setText(text.substring(0, text.length() - oldSuffix.length()) + "." + newKind.extension());
        }
        kindListener.run();
        validate();
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
        Path path = destinationPath();
        if (problem == null && path != null && Files.exists(path)) {
            setMessage(NLS.bind(Messages.ExportFormatPage_willReplace, path.getFileName()), IMessageProvider.WARNING);
        } else {
            setMessage(null);
        }
    }

    private String problem() {
        String text = destination.getText().strip();
        if (text.isEmpty()) {
            return Messages.ExportFormatPage_chooseFile;
        }
        Path path = destinationPath();
        if (path == null) {
            return NLS.bind(Messages.ExportFormatPage_invalidName, text);
        }
        if (Files.isDirectory(path)) {
            return NLS.bind(Messages.ExportFormatPage_isFolder, path);
        }
        Path parent = path.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return NLS.bind(Messages.ExportFormatPage_noFolder, parent);
        }
        return null;
    }

    /** The destination as an absolute path, or null when it is not a valid path. */
    public Path destinationPath() {
        if (destination == null) {
            return null;
        }
        String text = destination.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public ReportKind kind() {
        return kind;
    }

    /** Chooses a format as the analyst would, by its radio button. */
    public void setKind(ReportKind newKind) {
        kindButtons.forEach((k, b) -> b.setSelection(k == newKind));
        if (newKind != kind) {
            changeKind(newKind);
        }
    }

    public void setDestination(Path path) {
        destination.setText(path.toString());
    }

    void onKindChanged(Runnable listener) {
        kindListener = listener;
    }

    void saveSettings() {
        IDialogSettings settings = getDialogSettings();
        Path path = destinationPath();
        if (settings != null) {
            settings.put(SETTING_KIND, kind.key());
            if (path != null && path.getParent() != null) {
                settings.put(SETTING_DIRECTORY, path.getParent().toString());
            }
        }
    }
}
