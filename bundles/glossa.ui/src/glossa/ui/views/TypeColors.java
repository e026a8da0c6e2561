package glossa.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import glossa.model.AnnotationType;

/**
 * Colours of annotation types for one view: the type's colour, swatch images for table cells and the shades of a
 * heat map. Images are owned here and freed by {@link #dispose()}; colours need no freeing.
 */
public final class TypeColors {

    private static final RGB FALLBACK = new RGB(0x99, 0x99, 0x99);
    private static final int SHADES = 8;

    private final Display display;
    private final Map<String, Image> swatches = new HashMap<>();
    private final Map<String, Color> shades = new HashMap<>();

    TypeColors(Display display) {
        this.display = display;
    }

    /**
     * Gives a tree or table the platform's list colours. Some themes leave view backgrounds dark and trees inherit
     * them, which hides the default black text; the system list colours follow the platform theme either way.
     */
    public static void useListColours(org.eclipse.swt.widgets.Control control) {
        control.setBackground(control.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_LIST_BACKGROUND));
        control.setForeground(control.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_LIST_FOREGROUND));
    }

    /** The type's colour (#RRGGBB), or grey. */
    public static RGB rgb(AnnotationType type) {
        String color = type == null ? null : type.getColor();
        if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
            int value = Integer.parseInt(color.substring(1), 16);
            return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
        }
        return FALLBACK;
    }

    /** A small square of the type's colour. */
    Image swatch(AnnotationType type) {
        return swatch(type, rgb(type));
    }

    /** A small square of the given colour (the type is only for the caller's readability). */
    Image swatch(AnnotationType type, RGB rgb) {
        return swatches.computeIfAbsent(rgb.toString(), key -> {
            Image image = new Image(display, 12, 12);
            GC gc = new GC(image);
            Color fill = new Color(rgb);
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, 12, 12);
            gc.setForeground(new Color(blend(rgb, new RGB(0, 0, 0), 0.35)));
            gc.drawRectangle(0, 0, 11, 11);
            gc.dispose();
            return image;
        });
    }

    /** A heat-map background: white for 0, the type's colour for {@code max}, in a few steps between. */
    Color heat(AnnotationType type, int count, int max) {
        if (count <= 0 || max <= 0) {
            return null;
        }
        int step = Math.max(1, (int) Math.ceil(SHADES * (double) count / max));
        RGB rgb = rgb(type);
        return shades.computeIfAbsent(rgb + "/" + step,
                key -> new Color(blend(new RGB(255, 255, 255), rgb, 0.15 + 0.85 * step / SHADES)));
    }

    public static RGB blend(RGB from, RGB to, double t) {
        return new RGB((int) Math.round(from.red + (to.red - from.red) * t),
                (int) Math.round(from.green + (to.green - from.green) * t),
                (int) Math.round(from.blue + (to.blue - from.blue) * t));
    }

    void dispose() {
        swatches.values().forEach(Image::dispose);
        swatches.clear();
        shades.clear();
    }
}
