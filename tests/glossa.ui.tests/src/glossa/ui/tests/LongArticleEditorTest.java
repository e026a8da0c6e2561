package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.context;
import static glossa.ui.tests.EditorTestSupport.jface;
import static glossa.ui.tests.EditorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.filter.AnnotationFilter;
import glossa.benchdata.SyntheticDocuments;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.AnnotationModelBridge;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.editor.OverviewMark;
import glossa.ui.internal.editor.TypeAppearance;

/**
 * A long article with many annotations: only the annotations near the visible text are in the JFace model (the
 * painter and the overview ruler work per annotation in it), yet every annotation follows text edits, is painted
 * when scrolled to, and is shown coarsely in the overview ruler.
 */
class LongArticleEditorTest {

    /** About 100,000 characters: many screens, several times the model's margin. */
    private static final int BYTES = 300_000;
    private static final int ANNOTATIONS = 2_000;

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
        EditorTestSupport.settle();
        errors.stopAndAssertNone();
    }

    private GlossaEditor openLongArticle() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        Path article = SyntheticDocuments.writeArticle(dir.resolve("long.txt"), sample, BYTES, ANNOTATIONS);
        GlossaEditor editor = EditorTestSupport.open(article);
        assertTrue(TestSupport.waitUntil(() -> !editor.isLoadingAnnotations(), 60_000), "the annotations are loaded");
        editor.selectAndReveal(0, 0);
        EditorTestSupport.settle();
        return editor;
    }




    private static List<Annotation> inModel(GlossaEditor editor) {
        List<Annotation> drawn = new ArrayList<>();
        jface(editor).getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof GlossaAnnotation g) {
                drawn.add(g.model());
            }
        });
        return drawn;
    }

    private static List<OverviewMark> marks(GlossaEditor editor) {
        List<OverviewMark> marks = new ArrayList<>();
        jface(editor).getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof OverviewMark m) {
                marks.add(m);
            }
        });
        return marks;
    }

    /** The last annotation of the text that is painted as a background (not overlapping an earlier one). */
    private static Annotation lastBackground(GlossaEditor editor) {
        List<Annotation> all = context(editor).article().document().getAnnotations();
        for (int i = all.size() - 1; i >= 0; i--) {
            GlossaAnnotation g = editor.bridge().shownAnnotation(all.get(i));
            if (g != null && !g.isLayered() && !g.isHidden()) {
                return all.get(i);
            }
        }
        throw new AssertionError("no background annotation");
    }

    /** Scrolls to {@code annotation} and waits until it is painted (the painter applies model changes later). */
    private static void revealAndAwaitPaint(GlossaEditor editor, Annotation annotation) {
        editor.selectAndReveal(annotation.getBegin(), 0);
        StyledText widget = editor.viewer().getTextWidget();
        TestSupport.waitUntil(() -> background(widget, annotation.getBegin()) != null, 10_000);
        EditorTestSupport.settle();
    }

    private static RGB background(StyledText widget, int offset) {
        StyleRange range = widget.getStyleRangeAtOffset(offset);
        return range == null || range.background == null ? null : range.background.getRGB();
    }

    @Test
    void farAnnotationsArePaintedWhenScrolledToAndShownInTheOverviewRuler() throws Exception {
        GlossaEditor editor = openLongArticle();
        AnnotationModelBridge bridge = editor.bridge();
        int length = text(editor).getLength();
        int[] range = bridge.modelRange();
        assertEquals(0, range[0], "at the top the model starts at the text's start");
        assertTrue(range[1] < length / 2, "but does not reach far: " + range[1] + " of " + length);

        Annotation far = lastBackground(editor);
        assertTrue(far.getBegin() > range[1]);
        assertFalse(inModel(editor).contains(far), "an annotation far below is not in the JFace model");
        assertTrue(inModel(editor).size() < ANNOTATIONS / 2, "nor are most others: " + inModel(editor).size());
        String farType = far.getType().getId();
        assertTrue(marks(editor).stream().anyMatch(m -> m.typeId().equals(farType)
                && jface(editor).getPosition(m).getOffset() > range[1]),
                "the overview ruler has marks of its type down there");
        for (OverviewMark mark : marks(editor)) {
            assertEquals(TypeAppearance.overviewType(mark.typeId()), mark.getType());
        }

        revealAndAwaitPaint(editor, far);
        assertTrue(inModel(editor).contains(far), "scrolled to: in the model");
        GlossaAnnotation g = editor.bridge().shownAnnotation(far);
        assertEquals(new Position(far.getBegin(), far.getEnd() - far.getBegin()), jface(editor).getPosition(g));
        assertEquals(TypeAppearance.rgb(far.getType()), background(editor.viewer().getTextWidget(), far.getBegin()),
                "and painted in its type's colour");
        Annotation first = context(editor).article().document().getAnnotations().get(0);
        assertFalse(inModel(editor).contains(first), "the first annotation, now far above, left the model");

        editor.selectAndReveal(first.getBegin(), 0);
        EditorTestSupport.settle();
        assertTrue(inModel(editor).contains(first), "back at the top: the first annotation is in the model again");
        assertFalse(inModel(editor).contains(far));
    }

    @Test
    void typingBeforeAllAnnotationsMovesEveryOneAndUndoMovesThemBack() throws Exception {
        GlossaEditor editor = openLongArticle();
        Document document = context(editor).article().document();
        List<int[]> before = new ArrayList<>();
        for (Annotation a : document.getAnnotations()) {
            before.add(new int[] { a.getBegin(), a.getEnd() });
        }

        text(editor).replace(0, 0, "【编者按】");
        for (int i = 0; i < before.size(); i++) {
            Annotation a = document.getAnnotations().get(i);
            assertEquals(before.get(i)[0] + 5, a.getBegin(), "annotation " + i + " moved with the text");
            assertEquals(before.get(i)[1] + 5, a.getEnd());
        }
        Annotation far = lastBackground(editor);
        revealAndAwaitPaint(editor, far);
        assertEquals(new Position(far.getBegin(), far.getEnd() - far.getBegin()),
                jface(editor).getPosition(editor.bridge().shownAnnotation(far)), "painted at its new place");
        assertEquals(TypeAppearance.rgb(far.getType()), background(editor.viewer().getTextWidget(), far.getBegin()));

        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        for (int i = 0; i < before.size(); i++) {
            Annotation a = document.getAnnotations().get(i);
            assertEquals(before.get(i)[0], a.getBegin(), "undo moved annotation " + i + " back");
            assertEquals(before.get(i)[1], a.getEnd());
        }
        revealAndAwaitPaint(editor, far); // undo showed the undone edit, at the top
        assertEquals(new Position(far.getBegin(), far.getEnd() - far.getBegin()),
                jface(editor).getPosition(editor.bridge().shownAnnotation(far)), "and back at its old place");
        assertEquals(TypeAppearance.rgb(far.getType()), background(editor.viewer().getTextWidget(), far.getBegin()));
    }

    @Test
    void deletingTheTextOfAnAnnotationOffScreenOrphansItAndUndoRestoresIt() throws Exception {
        GlossaEditor editor = openLongArticle();
        Annotation far = lastBackground(editor);
        int begin = far.getBegin();
        int end = far.getEnd();
        String quote = far.getQuote();
        assertFalse(inModel(editor).contains(far));

        text(editor).replace(begin, end - begin, "");
        assertEquals(AnnotationStatus.ORPHANED, far.getStatus(), "its text is gone: orphaned");
        assertEquals(AnchorState.ORPHANED, far.getAnchor());
        assertEquals(null, editor.bridge().shownAnnotation(far));

        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(AnnotationStatus.CONFIRMED, far.getStatus(), "undo restores it");
        assertEquals(begin, far.getBegin());
        assertEquals(end, far.getEnd());
        assertEquals(quote, far.getQuote());
        EditorTestSupport.settle();
        revealAndAwaitPaint(editor, far);
        assertTrue(inModel(editor).contains(far), "and paints it when scrolled to");
        assertEquals(TypeAppearance.rgb(far.getType()), background(editor.viewer().getTextWidget(), begin));
    }

    @Test
    void filteringATypeHidesItNearAndFar() throws Exception {
        GlossaEditor editor = openLongArticle();
        GlossaEditorContext context = context(editor);
        assertTrue(marks(editor).stream().anyMatch(m -> m.typeId().equals("claim")));

        context.setFilter(new AnnotationFilter(Set.of("claim"), Set.of(), Set.of(), ""));
        EditorTestSupport.settle();
        assertTrue(marks(editor).stream().noneMatch(m -> m.typeId().equals("claim")), "no claim marks in the ruler");
        assertTrue(marks(editor).stream().anyMatch(m -> m.typeId().equals("policy-measure")), "other types stay");
        Annotation farClaim = null;
        List<Annotation> all = context.article().document().getAnnotations();
        for (int i = all.size() - 1; farClaim == null; i--) {
            if (all.get(i).getType().getId().equals("claim")) {
                farClaim = all.get(i);
            }
        }
        editor.selectAndReveal(farClaim.getBegin(), 0);
        Annotation claim = farClaim;
        TestSupport.waitUntil(() -> inModel(editor).contains(claim), 10_000);
        EditorTestSupport.settle();
        assertTrue(inModel(editor).contains(farClaim));
        assertEquals(TypeAppearance.HIDDEN, editor.bridge().shownAnnotation(farClaim).getType(),
                "a claim scrolled into view is hidden too");
        for (int offset = farClaim.getBegin(); offset < farClaim.getEnd(); offset++) {
            assertFalse(TypeAppearance.rgb(farClaim.getType()).equals(background(editor.viewer().getTextWidget(), offset)),
                    "not painted in the claim colour");
        }

        context.setFilter(AnnotationFilter.ALL);
        EditorTestSupport.settle();
        String type = editor.bridge().shownAnnotation(farClaim).getType();
        assertTrue(type.startsWith(TypeAppearance.jfaceType("claim", false)), "painted as a claim again: " + type);
        assertTrue(marks(editor).stream().anyMatch(m -> m.typeId().equals("claim")), "claim marks are back");
    }

    @Test
    void aShortArticleHasAllItsAnnotationsInTheModelAndTheRulerShowsMarks() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        Path article = SyntheticDocuments.writeArticle(dir.resolve("short.txt"), sample, 0, 200);
        GlossaEditor editor = EditorTestSupport.open(article);
        assertTrue(TestSupport.waitUntil(() -> !editor.isLoadingAnnotations(), 60_000));
        long painted = context(editor).article().document().getAnnotations().stream()
                .filter(a -> editor.bridge().shownAnnotation(a) != null).count();
        assertTrue(painted > 150, "most of the 200 annotations are painted: " + painted);
        assertEquals(painted, inModel(editor).size(), "all of them are in the model");
        // The ruler draws marks only (one per type and stretch), also for a short article: its paint walks them,
        // not the annotations in the model.
        assertTrue(!marks(editor).isEmpty() && marks(editor).size() <= painted, "marks stand for the annotations");
    }
}
