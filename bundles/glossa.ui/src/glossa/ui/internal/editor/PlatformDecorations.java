package glossa.ui.internal.editor;

import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.MarkerAnnotationPreferences;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * What the platform paints in the Glossa editor: every annotation type it knows except Glossa's own (those are
 * {@link GlossaHighlighter}'s), the current line and the print margin.
 */
final class PlatformDecorations {

    private PlatformDecorations() {
    }

    static void configure(SourceViewerDecorationSupport support, String symbolicFontName) {
        for (Object o : new MarkerAnnotationPreferences().getAnnotationPreferences()) {
            AnnotationPreference preference = (AnnotationPreference) o;
            if (!String.valueOf(preference.getAnnotationType()).startsWith(TypeAppearance.PREFIX)) {
                support.setAnnotationPreference(preference);
            }
        }
        support.setCursorLinePainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE,
                AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE_COLOR);
        support.setMarginPainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN,
                AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLOR,
                AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLUMN);
        support.setSymbolicFontName(symbolicFontName);
    }
}
