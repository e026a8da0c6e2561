package glossa.ui.internal.views;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

import glossa.ui.GlossaUiPlugin;

/** The views' tool bar images (16×16 PNGs in icons/). */
final class ViewImages {

    static final ImageDescriptor FILTER = image("filter.png");
    static final ImageDescriptor CHART = image("chart.png");

    private ViewImages() {
    }

    private static ImageDescriptor image(String name) {
        return ResourceLocator.imageDescriptorFromBundle(GlossaUiPlugin.PLUGIN_ID, "icons/" + name)
                .orElse(ImageDescriptor.getMissingImageDescriptor());
    }
}
