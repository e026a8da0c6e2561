package glossa.ui.internal.editor;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.graphics.RGB;

import glossa.model.AnnotationType;
import glossa.model.HighlightStyle;
import glossa.ui.internal.appearance.TypeColors;

/**
 * How an annotation type looks in the editor: its JFace annotation types and its painting style. The three built-in
 * types are declared in plugin.xml ({@code markerAnnotationSpecification}) and their style lives in the editors'
 * preference store under the keys below, set on the Glossa preference page; analyst-defined types take their style
 * from the codebook. The colour comes from {@link TypeColors}, as in every view.
 */
public final class TypeAppearance {

    public static final String PREFIX = "glossa.annotation.";
    public static final String LAYERED_SUFFIX = ".layered";
    public static final String OVERVIEW_SUFFIX = ".overview";
    /** The JFace type of filtered-out annotations: nothing is registered to paint it. */
    public static final String HIDDEN = PREFIX + "hidden";

    public static final Set<String> BUILT_IN = TypeColors.BUILT_IN;

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
        return TypeColors.colorKey(typeId);
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
        return TypeColors.store();
    }

    /** The colour the editor paints the type in: {@link TypeColors#rgb}, as every view. */
    public static RGB rgb(AnnotationType type) {
        return TypeColors.rgb(type);
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
}
