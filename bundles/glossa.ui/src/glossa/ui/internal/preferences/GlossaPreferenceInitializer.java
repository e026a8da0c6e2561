package glossa.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.texteditor.AbstractTextEditor;

import glossa.ui.GlossaUiPlugin;

/** Editor defaults of Glossa that differ from the platform's: articles are long paragraphs, so wrap them. */
public class GlossaPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = GlossaUiPlugin.getDefault().getPreferenceStore();
        store.setDefault(AbstractTextEditor.PREFERENCE_WORD_WRAP_ENABLED, true);
        store.setDefault(BoilerplatePreference.KEY, false);
    }
}
