package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.context;
import static glossa.ui.tests.EditorTestSupport.jface;
import static glossa.ui.tests.EditorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.BrokenSidecarPolicy;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaDocumentProvider;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.editor.TypeAppearance;

/** The annotating editor driven like an analyst would: real key strokes, workbench undo/redo, save and reopen. */
class GlossaEditorTest {

    @TempDir
    Path dir;

    private final LoggedErrors errors = new LoggedErrors();

    @BeforeEach
    void listen() {
        errors.start();
    }

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        GlossaDocumentProvider.brokenSidecarPolicy = BrokenSidecarPolicy.ASK;
        EditorTestSupport.settle();
        errors.stopAndAssertNone();
    }




    private static List<GlossaAnnotation> drawn(GlossaEditor editor) {
        List<GlossaAnnotation> drawn = new ArrayList<>();
        jface(editor).getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof GlossaAnnotation g) {
                drawn.add(g);
            }
        });
        return drawn;
    }

    /** Selects {@code span} (first occurrence) and presses Ctrl+{@code key}; returns the span's offset. */
    private static int annotateByKey(GlossaEditor editor, String span, char key) {
        int at = text(editor).get().indexOf(span);
        assertTrue(at >= 0, span + " is in the sample");
        editor.selectAndReveal(at, span.length());
        EditorTestSupport.focus(editor);
        EditorTestSupport.pressCtrl(key);
        return at;
    }

    @Test
    void ctrl1AnnotatesDrawsUndoesMovesOrphansAndSurvivesReopening() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        assertEquals(0, document.getAnnotations().size(), "a fresh article has no annotations");

        String span = "技术出口管制";
        int at = annotateByKey(editor, span, '1');

        assertEquals(1, document.getAnnotations().size(), "Ctrl+1 added one annotation");
        Annotation claim = document.getAnnotations().get(0);
        assertEquals("claim", claim.getType().getId());
        assertEquals(at, claim.getBegin());
        assertEquals(at + span.length(), claim.getEnd());
        assertEquals(span, claim.getQuote());
        assertTrue(editor.isDirty(), "an annotation change makes the editor dirty");

        List<GlossaAnnotation> drawn = drawn(editor);
        assertEquals(1, drawn.size(), "one annotation in the JFace model");
        assertEquals("glossa.annotation.claim", drawn.get(0).getType());
        assertEquals(new Position(at, span.length()), jface(editor).getPosition(drawn.get(0)));
        EditorTestSupport.settle();
        RGB claimColour = new RGB(0xF5, 0xC5, 0x42);
        assertTrue(EditorTestSupport.pixelsOfColour(editor.viewer().getTextWidget(), at, span.length(), claimColour) > 20,
                "the span is painted in the claim colour");

        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(0, document.getAnnotations().size(), "undo removes the annotation");
        assertEquals(0, drawn(editor).size(), "and its highlight");
        assertEquals(0, EditorTestSupport.pixelsOfColour(editor.viewer().getTextWidget(), at, span.length(), claimColour),
                "no claim colour is left on the span");
        EditorTestSupport.executeCommand(EditorTestSupport.REDO);
        assertEquals(List.of(claim), document.getAnnotations(), "redo brings it back");
        assertEquals(1, drawn(editor).size());

        // A second annotation, which will stay anchored.
        String keep = "人才流动限制";
        int keepAt = annotateByKey(editor, keep, '2');
        Annotation measure = document.getAnnotations().get(1);
        assertEquals("policy-measure", measure.getType().getId());

        // Text typed before both annotations moves them.
        text(editor).replace(0, 0, "【编者按】");
        assertEquals(at + 5, claim.getBegin(), "the claim moved with the text");
        assertEquals(at + 5 + span.length(), claim.getEnd());
        assertEquals(keepAt + 5, measure.getBegin());
        assertEquals(span, claim.getQuote(), "the quote stays");

        // Deleting the claim's text orphans it: kept, not drawn.
        text(editor).replace(claim.getBegin(), span.length(), "");
        assertEquals(AnnotationStatus.ORPHANED, claim.getStatus());
        assertEquals(AnchorState.ORPHANED, claim.getAnchor());
        assertTrue(document.getAnnotations().contains(claim), "an orphaned annotation is never dropped");
        assertEquals(List.of(measure), drawn(editor).stream().map(GlossaAnnotation::model).toList());
        assertEquals(keepAt + 5 - span.length(), measure.getBegin(), "the other annotation moved back");

        editor.doSave(null);
        EditorTestSupport.settle();
        assertFalse(editor.isDirty(), "saved");
        assertTrue(Files.exists(AnnotatedArticle.sidecarOf(article)), "the sidecar was written");
        String saved = Files.readString(article, StandardCharsets.UTF_8);
        assertTrue(saved.startsWith("【编者按】"), "the edited text was saved in its encoding");
        int measureBegin = measure.getBegin();

        EditorTestSupport.page().closeEditor(editor, false);
        EditorTestSupport.settle();
        GlossaEditor reopened = EditorTestSupport.open(article);
        Document again = context(reopened).article().document();
        assertNotEquals(document, again, "a new document was read from disk");
        assertEquals(2, again.getAnnotations().size(), "both annotations survived");
        Annotation orphan = again.getAnnotations().stream().filter(a -> a.getType().getId().equals("claim")).findFirst()
                .orElseThrow();
        assertEquals(AnnotationStatus.ORPHANED, orphan.getStatus());
        assertEquals(span, orphan.getQuote());
        Annotation kept = again.getAnnotations().stream().filter(a -> a.getType().getId().equals("policy-measure"))
                .findFirst().orElseThrow();
        assertEquals(measureBegin, kept.getBegin());
        assertEquals(keep, text(reopened).get().substring(kept.getBegin(), kept.getEnd()));
        assertEquals(1, drawn(reopened).size(), "only the anchored one is drawn");
        assertFalse(reopened.isDirty());
    }

    @Test
    void undoingTheDeletionThatOrphanedAnAnnotationRestoresIt() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        Document document = context(editor).article().document();
        String span = "技术出口管制";
        int at = annotateByKey(editor, span, '1');
        Annotation claim = document.getAnnotations().get(0);
        RGB claimColour = new RGB(0xF5, 0xC5, 0x42);

        // Exactly the annotated text, then (after undo and redo) a wider deletion around it.
        for (int[] around : new int[][] { { 0, 0 }, { 3, 2 } }) {
            text(editor).replace(at - around[0], span.length() + around[0] + around[1], "");
            assertEquals(AnnotationStatus.ORPHANED, claim.getStatus());
            assertEquals(AnchorState.ORPHANED, claim.getAnchor());
            assertTrue(drawn(editor).isEmpty(), "an orphan is not drawn");

            EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
            assertEquals(span, text(editor).get(at, span.length()), "undo brought the text back");
            assertEquals(AnnotationStatus.CONFIRMED, claim.getStatus(), "and the annotation with it");
            assertEquals(AnchorState.EXACT, claim.getAnchor());
            assertEquals(at, claim.getBegin());
            assertEquals(at + span.length(), claim.getEnd());
            assertEquals(span, claim.getQuote());
            List<GlossaAnnotation> drawn = drawn(editor);
            assertEquals(List.of(claim), drawn.stream().map(GlossaAnnotation::model).toList(), "drawn again");
            assertEquals(new Position(at, span.length()), jface(editor).getPosition(drawn.get(0)));
            editor.selectAndReveal(0, 0); // undo selected the restored text; the selection would cover the colour
            EditorTestSupport.settle();
            assertTrue(EditorTestSupport.pixelsOfColour(editor.viewer().getTextWidget(), at, span.length(),
                    claimColour) > 20, "painted in the claim colour again");

            EditorTestSupport.executeCommand(EditorTestSupport.REDO);
            assertEquals(AnnotationStatus.ORPHANED, claim.getStatus(), "redo orphans it again");
            EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
            assertEquals(AnnotationStatus.CONFIRMED, claim.getStatus(), "and undo restores it again");
            assertEquals(at, claim.getBegin());
        }
        assertEquals(List.of(claim), document.getAnnotations());
    }

    @Test
    void textEditsAndAnnotationsUndoInTheOrderTheyHappened() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        Document document = context(editor).article().document();
        String original = text(editor).get();

        text(editor).replace(0, 0, "甲");
        int at = annotateByKey(editor, "DeepSeek", '3');
        Annotation counter = document.getAnnotations().get(0);
        assertEquals("counter-strategy", counter.getType().getId());
        int length = text(editor).getLength();
        text(editor).replace(length, 0, "乙");

        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(original.length() + 1, text(editor).getLength(), "first undo: the last text edit");
        assertEquals(1, document.getAnnotations().size());
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(0, document.getAnnotations().size(), "second undo: the annotation");
        assertTrue(text(editor).get().startsWith("甲"), "the earlier text edit is still there");
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(original, text(editor).get(), "third undo: the first text edit");
        EditorTestSupport.executeCommand(EditorTestSupport.REDO);
        EditorTestSupport.executeCommand(EditorTestSupport.REDO);
        assertEquals(List.of(counter), document.getAnnotations(), "redo replays in order");
        assertEquals(at, counter.getBegin());
    }

    @Test
    void selectionIsTrimmedAndFilterHidesHighlights() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        String span = "人工智能领域";
        int at = text(editor).get().indexOf(span);
        editor.selectAndReveal(at - 1, span.length() + 1); // one character too many on the left
        // Replace that character by blanks so that the selection starts with whitespace.
        text(editor).replace(at - 1, 1, " ");
        editor.selectAndReveal(at - 1, span.length() + 1);
        EditorTestSupport.focus(editor);
        EditorTestSupport.pressCtrl('1');
        Annotation claim = context.article().document().getAnnotations().get(0);
        assertEquals(at, claim.getBegin(), "leading whitespace is trimmed");
        assertEquals(span, claim.getQuote());

        context.setFilter(new AnnotationFilter(Set.of("claim"), Set.of(), Set.of(), ""));
        EditorTestSupport.settle();
        assertEquals(TypeAppearance.HIDDEN, drawn(editor).get(0).getType(), "a hidden type is not painted");
        assertEquals(0, EditorTestSupport.pixelsOfColour(editor.viewer().getTextWidget(), at, span.length(),
                new RGB(0xF5, 0xC5, 0x42)));
        context.setFilter(AnnotationFilter.ALL);
        assertEquals("glossa.annotation.claim", drawn(editor).get(0).getType());
    }

    @Test
    void brokenSidecarIsNeverOverwritten() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        String broken = "<?xml version=\"1.0\"?>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\">\n  <oops\n";
        Files.writeString(sidecar, broken);

        List<String> problems = new ArrayList<>();
        GlossaDocumentProvider.brokenSidecarPolicy = (path, problem) -> {
            problems.add(glossa.ui.internal.io.ArticleFiles.location(problem));
            return BrokenSidecarPolicy.Choice.READ_ONLY;
        };
        GlossaEditor readOnly = EditorTestSupport.open(article);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(sidecar + ":"), "the problem names file:line:col: " + problems.get(0));
        assertFalse(readOnly.isEditable(), "opened read-only");
        assertFalse(context(readOnly).isEditable());
        EditorTestSupport.page().closeEditor(readOnly, false);
        EditorTestSupport.settle();
        assertEquals(broken, Files.readString(sidecar), "the broken sidecar is untouched");

        GlossaDocumentProvider.brokenSidecarPolicy = (path, problem) -> BrokenSidecarPolicy.Choice.SET_ASIDE;
        GlossaEditor fresh = EditorTestSupport.open(article);
        assertTrue(fresh.isEditable());
        assertFalse(Files.exists(sidecar), "the broken sidecar was moved aside");
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().contains(".glossa.broken-")).findFirst().orElse(null);
            assertNotNull(aside, "kept aside");
            assertEquals(broken, Files.readString(aside));
        }
    }

    /**
     * An annotation whose layer changes under an existing one changes how it is painted: from a background (the
     * painter's highlight list) to a frame (a drawing strategy) and back. The painter keeps each annotation in the
     * list its type had when it first saw it; the bridge used to change the type of the annotation in the model and
     * announce it as changed, and the painter then failed on the next presentation (ClassCastException: Frame is not
     * an ITextStyleStrategy), in the runnable it posts.
     */
    @Test
    void anAnnotationTurningLayeredAndBackIsRepaintedWithoutErrors() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        String span = "技术出口管制";
        int at = annotateByKey(editor, span, '1');
        Annotation under = document.getAnnotations().get(0);
        RGB claimColour = new RGB(0xF5, 0xC5, 0x42);
        editor.selectAndReveal(0, 0);
        EditorTestSupport.settle();
        // The part of its span the second annotation will not cover.
        int tail = at + 2;
        int tailLength = span.length() - 2;
        int background = EditorTestSupport.pixelsOfColour(editor.viewer().getTextWidget(), tail, tailLength,
                claimColour);
        assertTrue(background > 20, "painted as a background");

        // A claim starting two characters earlier and overlapping it: the first one becomes the upper layer.
        editor.selectAndReveal(at - 2, 4);
        EditorTestSupport.focus(editor);
        EditorTestSupport.pressCtrl('1');
        assertEquals(2, document.getAnnotations().size());
        Annotation over = document.getAnnotations().get(1);
        assertEquals(at - 2, over.getBegin());
        editor.selectAndReveal(0, 0);
        EditorTestSupport.settle();
        assertEquals(List.of(), errors.errors(), "no errors logged after it turned layered");
        assertEquals("glossa.annotation.claim.layered", face(editor, under).getType());
        assertEquals("glossa.annotation.claim", face(editor, over).getType());
        int frame = EditorTestSupport.pixelsOfColour(editor.viewer().getTextWidget(), tail, tailLength, claimColour);
        assertTrue(frame > 0 && frame < background, "now framed, not filled: " + frame + " vs " + background);

        // Retype the layered one, undo that, then undo the overlapping claim: it is the bottom layer again.
        AnnotationType measure = Codebooks.find(document.getCodebook(), "policy-measure").orElseThrow();
        assertTrue(context.execute(AnnotationCommands.changeType(context.editingDomain(), List.of(under), measure)));
        EditorTestSupport.settle();
        assertEquals("glossa.annotation.policy-measure.layered", face(editor, under).getType());
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals("glossa.annotation.claim.layered", face(editor, under).getType());
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(List.of(under), document.getAnnotations(), "undo removed the overlapping claim");
        editor.selectAndReveal(0, 0);
        EditorTestSupport.settle();
        assertEquals(List.of(), errors.errors(), "no errors logged after it turned back");
        assertEquals("glossa.annotation.claim", face(editor, under).getType());
        assertTrue(EditorTestSupport.awaitPixelsOfColour(editor.viewer().getTextWidget(), tail, tailLength,
                claimColour, background) >= background, "painted as a background again");

        // Redo, then delete the overlapping claim.
        EditorTestSupport.executeCommand(EditorTestSupport.REDO);
        assertEquals("glossa.annotation.claim.layered", face(editor, under).getType());
        assertTrue(context.execute(AnnotationCommands.delete(context.editingDomain(), document, List.of(over))));
        editor.selectAndReveal(0, 0);
        EditorTestSupport.settle();
        assertEquals(List.of(), errors.errors(), "no errors logged after the delete");
        assertEquals("glossa.annotation.claim", face(editor, under).getType());
        assertEquals(List.of(face(editor, under)), drawn(editor), "the model holds its current face only");
        assertTrue(EditorTestSupport.awaitPixelsOfColour(editor.viewer().getTextWidget(), tail, tailLength,
                claimColour, background) >= background, "painted as a background after the delete");
    }

    /** The JFace annotation the editor paints for {@code annotation}; it must be in the JFace model. */
    private static GlossaAnnotation face(GlossaEditor editor, Annotation annotation) {
        GlossaAnnotation g = editor.bridge().shownAnnotation(annotation);
        assertNotNull(g, "painted");
        assertNotNull(jface(editor).getPosition(g), "in the JFace model");
        return g;
    }
}
