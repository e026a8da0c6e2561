package glossa.ui.internal.appearance;

import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.EditorsUI;

import glossa.core.codebook.DefaultCodebook;
import glossa.core.codebook.TypeColor;
import glossa.model.AnnotationType;

/**
 * The one answer to "what colour is this annotation type drawn in", for the editor, every view, the charts and the
 * Case Summary, and the one heat scale they shade counts with.
 *
 * <p>The colour is the codebook's ({@code #RRGGBB}). For the three built-in types the annotation-colour preference the
 * editor honours overrides it: the {@code colorPreferenceKey}s of plugin.xml's {@code markerAnnotationSpecification}
 * ({@link #colorKey}), in the editors' preference store, set on Glossa's appearance page or the platform's
 * Annotations page. A colour that is missing or not {@code #RRGGBB} is drawn in {@link #FALLBACK}, the same grey the
 * reports use ({@link TypeColor#FALLBACK}).</p>
 */
public final class TypeColors {

    /** The colour of a type whose colour is missing or malformed. */
    public static final RGB FALLBACK = rgbOf(TypeColor.rgb(TypeColor.FALLBACK));

    /** The types whose colour a preference can override: the built-in ones declared in plugin.xml. */
    public static final Set<String> BUILT_IN = Set.of(DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE,
            DefaultCodebook.COUNTER_STRATEGY);

    /** The number of shades between white and the strongest heat-map cell. */
    public static final int HEAT_STEPS = 8;

    private static final RGB WHITE = new RGB(255, 255, 255);

    private TypeColors() {
    }

    /** The store holding the annotation-colour preferences: the editors' store, where the platform keeps them. */
    public static IPreferenceStore store() {
        return EditorsUI.getPreferenceStore();
    }

    /** The preference key of a built-in type's colour (plugin.xml's {@code colorPreferenceKey}). */
    public static String colorKey(String typeId) {
        return "glossa." + typeId + ".color";
    }

    /** Whether a preference change under {@code key} can change a type's colour. */
    public static boolean isColorKey(String key) {
        return key != null && key.startsWith("glossa.") && key.endsWith(".color");
    }

    /** The colour {@code type} is drawn in; {@link #FALLBACK} for null. */
    public static RGB rgb(AnnotationType type) {
        return type == null ? FALLBACK : rgb(type.getId(), type.isBuiltIn(), type.getColor());
    }

    /**
     * The colour of a type known only by its id, whether it is built in, and its codebook colour (a case summary
     * row holds no type objects).
     */
    public static RGB rgb(String typeId, boolean builtIn, String codebookColor) {
        if (builtIn && BUILT_IN.contains(typeId) && store().contains(colorKey(typeId))) {
            return PreferenceConverter.getColor(store(), colorKey(typeId));
        }
        return parse(codebookColor);
    }

    /** {@code #RRGGBB} (either case) as a colour, else {@link #FALLBACK}. */
    public static RGB parse(String hex) {
        return rgbOf(TypeColor.rgb(hex));
    }

    /** The codebook's form of a colour: {@code #RRGGBB}, upper case. */
    public static String hex(RGB rgb) {
        return String.format("#%02X%02X%02X", rgb.red, rgb.green, rgb.blue);
    }

    /**
     * The heat-map shade of a count: null (no shading) for 0, else {@code base} over white in one of
     * {@value #HEAT_STEPS} steps, from 15 % for the smallest counts to 75 % for {@code max}. It stops at 75 % so that
     * black text stays readable on dark type colours.
     */
    public static RGB heat(RGB base, int count, int max) {
        if (count <= 0 || max <= 0) {
            return null;
        }
        int step = Math.min(HEAT_STEPS, (int) Math.ceil(HEAT_STEPS * (double) count / max)); // 1 .. HEAT_STEPS
        return blend(WHITE, base, 0.15 + 0.60 * (step - 1) / (HEAT_STEPS - 1));
    }

    /** The colour {@code t} of the way from {@code from} to {@code to} (0: from, 1: to). */
    public static RGB blend(RGB from, RGB to, double t) {
        return new RGB((int) Math.round(from.red + (to.red - from.red) * t),
                (int) Math.round(from.green + (to.green - from.green) * t),
                (int) Math.round(from.blue + (to.blue - from.blue) * t));
    }

    private static RGB rgbOf(int value) {
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }
}
