package glossa.ui.internal.handlers;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.HighlightStyle;
import glossa.ui.internal.appearance.TypeColors;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.appearance.TypePaint;

/** A keyboard popup: type to filter the active types, Enter picks, the last row creates a new type. */
final class TypePicker extends PopupDialog {

    record Choice(AnnotationType type, boolean isNew) {
    }

    private static final Object NEW_TYPE = new Object();

    private final Document document;
    private final boolean offerNewType;
    private final Consumer<Choice> onChoice;
    private Text filter;
    private Table table;
    private TypePaint paint;

    TypePicker(Shell parent, Document document, boolean offerNewType, Consumer<Choice> onChoice) {
        super(parent, PopupDialog.INFOPOPUP_SHELLSTYLE, true, false, false, false, false, null,
                Messages.TypePicker_hint);
        this.document = document;
        this.offerNewType = offerNewType;
        this.onChoice = onChoice;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        filter = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.SEARCH);
        filter.setMessage(Messages.TypePicker_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 180;
        data.widthHint = 280;
        table.setLayoutData(data);
        paint = new TypePaint(table, null);
        fill("");
        filter.addModifyListener(e -> fill(filter.getText()));
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                int i = table.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                if (i >= 0 && i < table.getItemCount()) {
                    table.setSelection(i);
                }
                e.doit = false;
            }
        });
        filter.addListener(SWT.DefaultSelection, e -> choose());
        table.addListener(SWT.DefaultSelection, e -> choose());
        return area;
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }

    private void fill(String text) {
        table.removeAll();
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<AnnotationType> types = Codebooks.activeTypes(document.getCodebook());
        for (AnnotationType type : types) {
            if (needle.isEmpty() || type.getName().toLowerCase(Locale.ROOT).contains(needle)
                    || type.getId().contains(needle)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(type.getName() + (type.getShortcut() == null ? "" : "    " + shortcut(type.getShortcut())));
                item.setImage(paint.swatch(type));
                item.setData(type);
            }
        }
        if (offerNewType) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(needle.isEmpty() ? Messages.TypePicker_newType : NLS.bind(Messages.TypePicker_newNamed, text.strip()));
            item.setData(NEW_TYPE);
        }
        if (table.getItemCount() > 0) {
            table.setSelection(0);
        }
    }

    private static String shortcut(String sequence) {
        return sequence.replace("M1+", "Ctrl+");
    }

    private void choose() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        Object data = table.getItem(index).getData();
        String typed = filter.getText().strip();
        Shell parent = getParentShell();
        close();
        if (data instanceof AnnotationType type) {
            onChoice.accept(new Choice(type, false));
        } else if (data == NEW_TYPE) {
            AnnotationType type = askNewType(parent, typed);
            if (type != null) {
                onChoice.accept(new Choice(type, true));
            }
        }
    }

    private AnnotationType askNewType(Shell parent, String initialName) {
        IInputValidator validator = name -> {
            if (name.isBlank()) {
                return Messages.TypePicker_enterName;
            }
            return Codebooks.find(document.getCodebook(), idOf(name)).isPresent() 
                    ? Messages.TypePicker_exists : null;
        };
        InputDialog nameDialog = new InputDialog(parent, Messages.TypePicker_newTitle, Messages.TypePicker_newMessage, initialName,
                validator);
        if (nameDialog.open() != Window.OK) {
            return null;
        }
        ColorDialog colorDialog = new ColorDialog(parent);
        colorDialog.setText(NLS.bind(Messages.TypePicker_colour, nameDialog.getValue().strip()));
        colorDialog.setRGB(new RGB(0xB0, 0x7A, 0xD9));
        RGB rgb = colorDialog.open();
        if (rgb == null) {
            return null;
        }
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setName(nameDialog.getValue().strip());
        type.setId(idOf(type.getName()));
        type.setColor(TypeColors.hex(rgb));
        type.setStyle(HighlightStyle.BACKGROUND);
        return type;
    }

    static String idOf(String name) {
        String id = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_/]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "");
        return id.isEmpty() ? "type-" + Integer.toHexString(name.hashCode()) : id;
    }

}
