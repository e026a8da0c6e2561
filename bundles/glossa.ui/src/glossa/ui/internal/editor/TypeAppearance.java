package glossa.ui.internal.editor;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.EditorsUI;

import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnnotationType;
import glossa.model.HighlightStyle;

/**
 * How an annotation type looks. The three built-in types are declared in plugin.xml
 * ({@code markerAnnotationSpecification}) and their colour and style live in the editors' preference store under the
 * keys below, set on the Glossa preference page; analyst-defined types take colour and style from the codebook.
 */
public final class TypeAppearance {

    public static final String PREFIX = "glossa.annotation.";
    public static final String LAYERED_SUFFIX = ".layered";
    public static final String OVERVIEW_SUFFIX = ".overview";
    /** The JFace type of filtered-out annotations: nothing is registered to paint it. */
    public static final String HIDDEN = PREFIX + "hidden";

    public static final Set<String> BUILT_IN = Set.of(DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE,
            DefaultCodebook.COUNTER_STRATEGY);

    private TypeAppearance() {
    }

    public static String jfaceType(String typeId, boolean layered) {
        return PREFIX + typeId + (layered ? LAYERED_SUFFIX : "");
    }

    public static final String SUGGESTED_SUFFIX = ".suggested";

    /** The JFace type of a suggestion (status SUGGESTED) of a type: drawn as a dashed outline in the type's colour. */
    public static String suggestedType(String typeId) {
        return PREFIX + typeId + SUGGESTED_SUFFIX;
    }

    /** The JFace type of the overview ruler's marks for a type far from the visible text (see {@link OverviewMark}). */
    public static String overviewType(String typeId) {
        return PREFIX + typeId + OVERVIEW_SUFFIX;
    }

    public static String colorKey(String typeId) {
        return "glossa." + typeId + ".color";
    }

    public static String highlightKey(String typeId) {
        return "glossa." + typeId + ".highlight";
    }

    public static String textKey(String typeId) {
        return "glossa." + typeId + ".text";
    }

    public static String textStyleKey(String typeId) {
        return "glossa." + typeId + ".textStyle";
    }

    public static String overviewKey(String typeId) {
        return "glossa." + typeId + ".overview";
    }

    public static boolean isPreferenceKey(String key) {
        return key != null && key.startsWith("glossa.");
    }

    public static IPreferenceStore store() {
        return EditorsUI.getPreferenceStore();
    }

    /** The colour the editor paints the type in. */
    public static RGB rgb(AnnotationType type) {
        if (type == null) {
            return new RGB(128, 128, 128);
        }
        if (type.isBuiltIn() && BUILT_IN.contains(type.getId()) && store().contains(colorKey(type.getId()))) {
            return PreferenceConverter.getColor(store(), colorKey(type.getId()));
        }
        return parse(type.getColor());
    }

    /** The painting style of the type's bottom layer. */
    public static HighlightStyle style(AnnotationType type) {
        if (type == null) {
            return HighlightStyle.BOX;
        }
        if (type.isBuiltIn() && BUILT_IN.contains(type.getId()) && store().contains(highlightKey(type.getId()))) {
            if (store().getBoolean(highlightKey(type.getId()))) {
                return HighlightStyle.BACKGROUND;
            }
            String style = store().getString(textStyleKey(type.getId())).toUpperCase(Locale.ROOT);
            return switch (style) {
                case "UNDERLINE", "IBEAM" -> HighlightStyle.UNDERLINE;
                case "SQUIGGLES", "PROBLEM_UNDERLINE" -> HighlightStyle.SQUIGGLE;
                default -> HighlightStyle.BOX;
            };
        }
        return type.getStyle() == null ? HighlightStyle.BACKGROUND : type.getStyle();
    }

    public static RGB parse(String hex) {
        if (hex != null && hex.matches("#[0-9A-Fa-f]{6}")) {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new RGB((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
        }
        return new RGB(128, 128, 128);
    }

    public static String hex(RGB rgb) {
        return String.format("#%02X%02X%02X", rgb.red, rgb.green, rgb.blue);
    }
}
