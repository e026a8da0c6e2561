package glossa.ui.internal.preferences;

import org.eclipse.jface.preference.IPreferenceStore;

import glossa.ui.GlossaUiPlugin;

/**
 * The one "show page furniture" toggle: whether sections of kind {@code boilerplate} (navigation, bylines, footers)
 * and their annotations appear in the Section Summary, its chart and table, and in reports. Off by default; the
 * editor and the Outline always show them.
 */
public final class BoilerplatePreference {

    /** The preference key in the UI bundle's store. */
    public static final String KEY = "glossa.ui.showBoilerplate";

    private BoilerplatePreference() {
    }

    public static boolean isShown() {
        IPreferenceStore store = store();
        return store != null && store.getBoolean(KEY);
    }

    public static void setShown(boolean shown) {
        IPreferenceStore store = store();
        if (store != null) {
            store.setValue(KEY, shown);
        }
    }

    private static IPreferenceStore store() {
        GlossaUiPlugin plugin = GlossaUiPlugin.getDefault();
        return plugin == null ? null : plugin.getPreferenceStore();
    }
}
