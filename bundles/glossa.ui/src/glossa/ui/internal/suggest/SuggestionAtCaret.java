package glossa.ui.internal.suggest;

import java.util.List;

import glossa.model.Annotation;
import glossa.ui.internal.editor.AnnotationModelBridge;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;

/** The open suggestion under the caret of a Glossa editor (the innermost one), if any. */
public final class SuggestionAtCaret {

    private SuggestionAtCaret() {
    }

    public static Annotation find(GlossaEditor editor) {
        AnnotationModelBridge bridge = editor.bridge();
        if (bridge == null || editor.isLoadingAnnotations()) {
            return null;
        }
        List<GlossaAnnotation> at = bridge.visibleAt(editor.selectedRange()[0]);
        for (int i = at.size() - 1; i >= 0; i--) {
            if (SuggestionCommands.isSuggestion(at.get(i).model())) {
                return at.get(i).model();
            }
        }
        return null;
    }
}
