package glossa.ui.internal.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import glossa.convert.Converter;
import glossa.convert.ConverterRegistry;
import glossa.convert.SourceConversion;
import glossa.ui.internal.nls.Messages;

/**
 * File &gt; Import Source…: the sources to convert (web pages, PDFs, Word files), each with the article it becomes
 * beside it. OK converts them in a {@link SourceImportJob}.
 */
public final class ImportSourceDialog extends TitleAreaDialog {

    private final List<Path> sources = new ArrayList<>();
    private org.eclipse.swt.widgets.List list;

    public ImportSourceDialog(Shell parent, List<Path> initial) {
        super(parent);
        sources.addAll(initial);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public List<Path> sources() {
        return List.copyOf(sources);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SourceImport_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.SourceImport_title);
        setMessage(NLS.bind(Messages.SourceImport_message, String.join(", ", ConverterRegistry.instance().extensions())));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.SourceImport_sources);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        list = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 200).applyTo(list);
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.SourceImport_add);
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> addFiles());
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.SourceImport_remove);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            int[] selected = list.getSelectionIndices();
            for (int i = selected.length - 1; i >= 0; i--) {
                sources.remove(selected[i]);
            }
            refresh();
        });
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.SourceImport_note);
        GridDataFactory.fillDefaults().span(2, 1).hint(560, SWT.DEFAULT).applyTo(note);
        refresh();
        return area;
    }

    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.SourceImport_title);
        List<String> patterns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Converter converter : ConverterRegistry.instance().converters()) {
            String pattern = String.join(";", converter.extensions().stream().map(e -> "*." + e).toList());
            patterns.add(pattern);
            names.add(converter.label() + " (" + pattern + ")");
            all.add(pattern);
        }
        patterns.add(0, String.join(";", all));
        names.add(0, Messages.SourceImport_allSources);
        dialog.setFilterExtensions(patterns.toArray(String[]::new));
        dialog.setFilterNames(names.toArray(String[]::new));
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                Path path = Path.of(dialog.getFilterPath(), name);
                if (!sources.contains(path)) {
                    sources.add(path);
                }
            }
            refresh();
        }
    }

    private void refresh() {
        if (list == null || list.isDisposed()) {
            return;
        }
        list.removeAll();
        for (Path source : sources) {
            list.add(source.getFileName() + "  \u2192  " + SourceConversion.defaultArticle(source).getFileName()
                    + "      " + source.toAbsolutePath().getParent());
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!sources.isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.SourceImport_convert);
        refresh();
    }
}
