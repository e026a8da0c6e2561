package glossa.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnnotationType;
import glossa.ui.internal.editor.TypeAppearance;
import glossa.ui.internal.nls.Messages;

/**
 * Colour and style of the built-in annotation types, stored under the keys their markerAnnotationSpecification
 * declares. Analyst-defined types keep their colour in the document's codebook.
 */
public class AnnotationAppearancePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Style names, in combo order, and how each maps onto the annotation preference keys. */
    private static final String[] STYLES = { Messages.Style_background, Messages.Style_box, Messages.Style_underline,
            Messages.Style_squiggle };

    private final List<Row> rows = new ArrayList<>();

    private record Row(String typeId, ColorSelector color, Combo style) {
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_description);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return TypeAppearance.store();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        for (AnnotationType type : DefaultCodebook.create().getTypes()) {
            new Label(area, SWT.NONE).setText(NLS.bind(Messages.Preferences_typeLabel, type.getName()));
            ColorSelector color = new ColorSelector(area);
            Combo style = new Combo(area, SWT.READ_ONLY);
            style.setItems(STYLES);
            style.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            rows.add(new Row(type.getId(), color, style));
        }
        load(false);
        return area;
    }

    private void load(boolean defaults) {
        IPreferenceStore store = getPreferenceStore();
        for (Row row : rows) {
            String id = row.typeId();
            row.color().setColorValue(defaults ? PreferenceConverter.getDefaultColor(store, TypeAppearance.colorKey(id))
                    : PreferenceConverter.getColor(store, TypeAppearance.colorKey(id)));
            boolean highlight = defaults ? store.getDefaultBoolean(TypeAppearance.highlightKey(id))
                    : store.getBoolean(TypeAppearance.highlightKey(id));
            String textStyle = defaults ? store.getDefaultString(TypeAppearance.textStyleKey(id))
                    : store.getString(TypeAppearance.textStyleKey(id));
            row.style().select(highlight ? 0 : switch (textStyle) {
                case "UNDERLINE" -> 2;
                case "SQUIGGLES" -> 3;
                default -> 1;
            });
        }
    }

    @Override
    protected void performDefaults() {
        load(true);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        for (Row row : rows) {
            String id = row.typeId();
            int style = row.style().getSelectionIndex();
            store.setValue(TypeAppearance.textStyleKey(id), switch (style) {
                case 2 -> "UNDERLINE";
                case 3 -> "SQUIGGLES";
                default -> "BOX";
            });
            store.setValue(TypeAppearance.textKey(id), style != 0);
            store.setValue(TypeAppearance.highlightKey(id), style == 0);
            // The colour last: listeners repaint once everything is in place.
            PreferenceConverter.setValue(store, TypeAppearance.colorKey(id), row.color().getColorValue());
        }
        return true;
    }
}
