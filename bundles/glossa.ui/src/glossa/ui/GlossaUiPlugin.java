package glossa.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The UI bundle's activator: owns its preference store and image registry. */
public class GlossaUiPlugin extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "glossa.ui";

    private static GlossaUiPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static GlossaUiPlugin getDefault() {
        return instance;
    }
}
