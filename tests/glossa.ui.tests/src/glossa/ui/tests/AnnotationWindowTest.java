package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.benchdata.SyntheticDocuments;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.ui.internal.editor.AnnotationModelBridge;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaAnnotationModel;
import glossa.ui.internal.editor.OverviewMark;
import glossa.ui.internal.io.ArticleFiles;

/**
 * The bridge's window without an editor: an annotation is in the JFace model exactly when it overlaps the window,
 * before and after text edits before, inside and across the window's ends, and after the window moves; and every
 * annotation, in the model or not, follows the text in the EMF model.
 */
class AnnotationWindowTest {

    @TempDir
    Path dir;

    private org.eclipse.jface.text.Document text;
    private GlossaAnnotationModel model;
    private AnnotationModelBridge bridge;
    private AnnotatedArticle article;

    @BeforeEach
    void open() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        Path path = SyntheticDocuments.writeArticle(dir.resolve("long.txt"), sample, 300_000, 2_000);
        article = ArticleFiles.open(path, null);
        text = new org.eclipse.jface.text.Document(article.text());
        model = new GlossaAnnotationModel();
        model.connect(text);
        bridge = new AnnotationModelBridge(article.document(), text, model);
        bridge.showRange(50_000, 52_000);
        bridge.connect();
    }

    @AfterEach
    void close() {
        bridge.disconnect();
        model.disconnect(text);
    }

    private Set<Annotation> inModel() {
        Set<Annotation> in = new HashSet<>();
        model.getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof GlossaAnnotation g) {
                in.add(g.model());
            }
        });
        return in;
    }

    /** In the model exactly when overlapping the window, at the position the EMF annotation has. */
    private void assertWindow(String when) {
        int[] range = bridge.modelRange();
        Set<Annotation> in = inModel();
        int painted = 0;
        for (Annotation a : article.document().getAnnotations()) {
            GlossaAnnotation g = bridge.shownAnnotation(a);
            if (g == null) {
                assertFalse(in.contains(a), when + ": an annotation not painted is not in the model");
                continue;
            }
            painted++;
            boolean overlaps = a.getBegin() < range[1] && a.getEnd() > range[0];
            assertEquals(overlaps, in.contains(a), when + ": " + a.getBegin() + ".." + a.getEnd() + " against "
                    + range[0] + ".." + range[1]);
            if (overlaps) {
                assertEquals(new Position(a.getBegin(), a.getEnd() - a.getBegin()), model.getPosition(g), when);
            }
        }
        assertTrue(in.size() > 0 && in.size() < painted / 2, when + ": some, not most, in the model: " + in.size());
    }

    @Test
    void theModelHoldsExactlyTheAnnotationsOverlappingTheWindowThroughEditsAndMoves() throws Exception {
        int[] range = bridge.modelRange();
        assertTrue(range[0] > 0 && range[1] < text.getLength(), "a window inside the text");
        assertWindow("after connecting");
        assertTrue(marks() > 0, "far from the window the overview ruler has marks");

        text.replace(range[0] + 100, 5_000, ""); // inside the window, above the visible text
        assertWindow("after removing text inside the window");
        int[] now = bridge.modelRange();
        text.replace(now[1] - 10, 3_000, ""); // across the window's end
        assertWindow("after removing text across the window's end");
        text.replace(10, 0, "插入的文字".repeat(2_000)); // before the window
        assertWindow("after inserting text before the window");
        text.replace(bridge.modelRange()[0] - 50, 200, "替换"); // across the window's start
        assertWindow("after replacing text across the window's start");

        bridge.showRange(text.getLength() - 3_000, text.getLength() - 1_000);
        assertWindow("after moving to the end");
        bridge.showRange(0, 2_000);
        assertWindow("after moving to the start");
        assertEquals(0, bridge.modelRange()[0]);
    }

    @Test
    void everyAnnotationFollowsTheTextAndOrphansWhereverTheWindowIs() throws Exception {
        Annotation far = article.document().getAnnotations().get(1_990);
        assertFalse(inModel().contains(far));
        int begin = far.getBegin();
        int length = far.getEnd() - far.getBegin();
        text.replace(0, 0, "前言");
        assertEquals(begin + 2, far.getBegin(), "moved though not in the model");
        assertEquals(begin + 2 + length, far.getEnd());
        text.replace(far.getBegin(), length, "");
        assertEquals(AnnotationStatus.ORPHANED, far.getStatus(), "orphaned though not in the model");
        assertEquals(null, bridge.shownAnnotation(far));
        assertWindow("after orphaning far away");
    }

    @Test
    void aLongAnnotationFromFarBeforeTheWindowIsInTheModelWhereverItReaches() throws Exception {
        glossa.model.AnnotationType claim = glossa.core.codebook.Codebooks
                .find(article.document().getCodebook(), glossa.core.codebook.DefaultCodebook.CLAIM).orElseThrow();
        Annotation chapter = glossa.core.annotations.AnnotationFactory.create(text.get(), claim, 5_000, 80_000,
                "test");
        article.document().getAnnotations().add(chapter);
        bridge.flush();
        bridge.showRange(60_000, 62_000); // far from both its ends
        assertTrue(inModel().contains(chapter), "it overlaps the window, though it starts 55,000 before it");
        assertWindow("after moving into the long annotation");

        text.replace(10_000, 0, "加长".repeat(6_000)); // it grows by 12,000, more than any bound kept before
        int end = chapter.getEnd();
        assertEquals(92_000, end);
        bridge.showRange(0, 2_000);
        bridge.showRange(end - 1_000, end + 1_000);
        assertTrue(inModel().contains(chapter), "its grown end is in the window");
        assertWindow("after growing it and moving to its end");
        bridge.showRange(end + 20_000, end + 22_000);
        assertFalse(inModel().contains(chapter), "a window after its end leaves it out");
        assertWindow("after moving past its end");
    }

    private int marks() {
        int[] n = { 0 };
        model.getAnnotationIterator().forEachRemaining(a -> {
            if (a instanceof OverviewMark) {
                n[0]++;
            }
        });
        return n[0];
    }
}
