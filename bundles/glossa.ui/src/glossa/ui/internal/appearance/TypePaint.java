package glossa.ui.internal.appearance;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import glossa.model.AnnotationType;

/**
 * The SWT side of {@link TypeColors} for one control: swatch images of type colours and heat-map cell backgrounds.
 * The images live as long as the control. When a type-colour preference changes, {@code onChange} runs on the UI
 * thread so the owner repaints in the new colours; images already shown stay valid (they are keyed by colour and
 * freed only with the control).
 */
public final class TypePaint {

    private static final int SIZE = 12;

    private final Display display;
    private final Runnable onChange;
    private final Map<RGB, Image> swatches = new HashMap<>();
    private final Map<RGB, Color> colors = new HashMap<>();
    private final IPropertyChangeListener listener = this::preferenceChanged;
    private boolean disposed;

    /** @param onChange what repaints the owner after a colour preference changed; null for nothing */
    public TypePaint(Control owner, Runnable onChange) {
        this.display = owner.getDisplay();
        this.onChange = onChange;
        TypeColors.store().addPropertyChangeListener(listener);
        owner.addDisposeListener(e -> dispose());
    }

    /** A small square of the type's colour. */
    public Image swatch(AnnotationType type) {
        return swatch(TypeColors.rgb(type));
    }

    /** A small square of {@code rgb} with a darker border. */
    public Image swatch(RGB rgb) {
        return swatches.computeIfAbsent(rgb, key -> {
            Image image = new Image(display, SIZE, SIZE);
            GC gc = new GC(image);
            gc.setBackground(color(rgb));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setForeground(color(TypeColors.blend(rgb, new RGB(0, 0, 0), 0.35)));
            gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
            gc.dispose();
            return image;
        });
    }

    /** The heat-map background of {@code count} of the type ({@link TypeColors#heat}); null for none. */
    public Color heat(AnnotationType type, int count, int max) {
        return heat(TypeColors.rgb(type), count, max);
    }

    /** The heat-map background of {@code count} in {@code base}'s scale; null for none. */
    public Color heat(RGB base, int count, int max) {
        RGB shade = TypeColors.heat(base, count, max);
        return shade == null ? null : color(shade);
    }

    /** The colour {@code rgb}, shared for the control's lifetime. */
    public Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, Color::new);
    }

    private void preferenceChanged(PropertyChangeEvent event) {
        if (onChange == null || !TypeColors.isColorKey(event.getProperty()) || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!disposed) {
                onChange.run();
            }
        });
    }

    private void dispose() {
        disposed = true;
        TypeColors.store().removePropertyChangeListener(listener);
        swatches.values().forEach(Image::dispose);
        swatches.clear();
        colors.clear();
    }
}
