package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * The platform's annotation painter files an annotation under text styles (a background) or drawings (a frame, an
 * underline) when it is added, and does not file it again on a "changed" event. An annotation whose painting changes
 * kind — a background that becomes a frame when an earlier one overlaps it, a retype to an underlined type, and back
 * with undo — must still paint without errors (before the fix: a ClassCastException in the painter's runnable).
 */
class PainterRestyleTest {

    @TempDir
    Path dir;

    private final LoggedErrors errors = new LoggedErrors();
    private GlossaEditor editor;
    private GlossaEditorContext context;

    @BeforeEach
    void open() throws Exception {
        errors.start();
        editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        context = EditorTestSupport.context(editor);
    }

    @AfterEach
    void close() {
        EditorTestSupport.page().closeAllEditors(false);
        errors.stopAndAssertNone();
    }

    private Annotation add(AnnotationType type, int begin, int end) {
        Document document = context.article().document();
        Annotation a = AnnotationFactory.create(context.article().text(), type, begin, end, "tester");
        assertTrue(context.execute(AddCommand.create(context.editingDomain(), document, Literals.DOCUMENT__ANNOTATIONS, a)));
        paint();
        return a;
    }

    /** Lets the bridge flush and the painter run, then asks for a full text presentation, as a scroll would. */
    private void paint() {
        EditorTestSupport.settle();
        editor.viewer().invalidateTextPresentation();
        editor.viewer().getTextWidget().redraw();
        EditorTestSupport.settle();
    }

    private String jfaceType(Annotation a) {
        IAnnotationModel model = EditorTestSupport.jface(editor);
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof GlossaAnnotation g && g.model() == a) {
                return g.getType();
            }
        }
        return null;
    }

    @Test
    void aBackgroundThatBecomesAFrameOrAnUnderlineStillPaints() {
        Document document = context.article().document();
        AnnotationType claim = type(document, "claim");
        int begin = context.article().text().indexOf("DeepSeek");
        Annotation later = add(claim, begin + 2, begin + 8);
        String alone = jfaceType(later);
        add(claim, begin, begin + 5); // starts earlier and overlaps: "later" is now layered, painted as a frame
        String layered = jfaceType(later);
        assertTrue(layered != null && !layered.equals(alone), "the overlapped annotation changed its painting: "
                + alone + " -> " + layered);
        assertTrue(context.execute(SetCommand.create(context.editingDomain(), later, Literals.ANNOTATION__TYPE,
                type(document, "policy-measure"))));
        paint();
        assertTrue(EditorTestSupport.page().getActiveEditor() == editor);
        editor.getAction(org.eclipse.ui.actions.ActionFactory.UNDO.getId()).run();
        paint();
        editor.getAction(org.eclipse.ui.actions.ActionFactory.UNDO.getId()).run();
        paint();
        assertEquals(alone, jfaceType(later), "undo brings back the background");
    }

    private static AnnotationType type(Document document, String id) {
        for (var it = document.getCodebook().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AnnotationType t && t.getId().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no type " + id);
    }
}
