package glossa.ui.internal.editor;

import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code glossa.ui.annotationsLoaded}: true for a Glossa editor whose annotations are installed. Annotation commands
 * are enabled only then (a large sidecar is loaded in the background after the text is shown); the editor asks for
 * a re-evaluation when its load ends.
 */
public final class EditorStateTester extends PropertyTester {

    static final String NAMESPACE = "glossa.ui";
    static final String ANNOTATIONS_LOADED = NAMESPACE + ".annotationsLoaded";

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return "annotationsLoaded".equals(property) && receiver instanceof GlossaEditor editor
                && !editor.isLoadingAnnotations() && editor.getAdapter(glossa.ui.GlossaEditorContext.class) != null;
    }
}
