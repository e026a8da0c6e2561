package glossa.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Whether the welcome opens by itself: once, on a first start with an empty workspace and no article on the command
 * line. The system property {@code glossa.welcome=false} turns it off (the UI tests set it).
 */
public final class FirstRun {

    static final String SHOWN = "welcomeShown";

    private FirstRun() {
    }

    /** The rule itself, apart from where its inputs come from. */
    public static boolean shouldShow(boolean shownBefore, int projects, int articlesOnCommandLine, String property) {
        return !"false".equals(property) && !shownBefore && projects == 0 && articlesOnCommandLine == 0;
    }

    /** Decides for this start and remembers that the welcome was shown. */
    static boolean claim(int articlesOnCommandLine) {
        ScopedPreferenceStore preferences = new ScopedPreferenceStore(InstanceScope.INSTANCE, "glossa.app");
        boolean show = shouldShow(preferences.getBoolean(SHOWN),
                ResourcesPlugin.getWorkspace().getRoot().getProjects().length, articlesOnCommandLine,
                System.getProperty("glossa.welcome"));
        if (show) {
            preferences.setValue(SHOWN, true);
            try {
                preferences.save();
            } catch (java.io.IOException e) {
                org.eclipse.core.runtime.ILog.of(FirstRun.class).warn("Cannot remember the welcome", e);
            }
        }
        return show;
    }
}
