package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * Next / Previous Annotation (Ctrl+. / Ctrl+,) and the annotations at the caret (hover, Properties, the commands on
 * the annotation under the caret) follow text order, checked against the document's annotations sorted here.
 */
class AnnotationNavigationTest {

    private static final String NEXT = "glossa.ui.nextAnnotation";
    private static final String PREVIOUS = "glossa.ui.previousAnnotation";
    /** Begin ascending, the longer first: the editor's text order. */
    private static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::getBegin)
            .thenComparing(Comparator.comparingInt((Annotation a) -> a.getEnd() - a.getBegin()).reversed());

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void nextAndPreviousWalkTheAnnotationsInTextOrderAndWrapAround() throws Exception {
        GlossaEditor editor = openSampleWith(40);
        List<Annotation> order = inTextOrder(editor);
        // Each step lands on the first annotation beginning after the caret (the longest of those beginning there).
        List<Annotation> starts = new ArrayList<>();
        for (Annotation a : order) {
            if (starts.isEmpty() || starts.get(starts.size() - 1).getBegin() != a.getBegin()) {
                starts.add(a);
            }
        }
        editor.selectAndReveal(0, 0);
        int from = starts.get(0).getBegin() == 0 ? 1 : 0;
        for (int i = from; i < starts.size(); i++) {
            EditorTestSupport.executeCommand(NEXT);
            assertEquals(List.of(starts.get(i).getBegin(), starts.get(i).getEnd()), selection(editor), "step " + i);
        }
        EditorTestSupport.executeCommand(NEXT);
        assertEquals(starts.get(0).getBegin(), editor.selectedRange()[0], "wraps to the first");
        EditorTestSupport.executeCommand(PREVIOUS);
        assertEquals(order.get(order.size() - 1).getBegin(), editor.selectedRange()[0], "wraps back to the last");
        for (int i = starts.size() - 2; i >= starts.size() - 6; i--) {
            EditorTestSupport.executeCommand(PREVIOUS);
            assertEquals(starts.get(i).getBegin(), editor.selectedRange()[0], "back " + i);
        }
    }

    @Test
    void annotationsAtAnOffsetAreTheCoveringOnesEnclosingFirst() throws Exception {
        GlossaEditor editor = openSampleWith(1500); // one every few characters: many overlap
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        List<Annotation> order = inTextOrder(editor);
        int checkedOverlaps = 0;
        for (Annotation a : order) {
            for (int offset : new int[] { a.getBegin(), a.getEnd() - 1, a.getEnd() }) {
                List<Annotation> expected = order.stream()
                        .filter(b -> b.getBegin() <= offset && offset < b.getEnd()).toList();
                List<Annotation> actual = context.annotationsAt(offset);
                // The same annotations, in text order (equal spans in any order among themselves).
                assertEquals(new HashSet<>(expected), new HashSet<>(actual), "at " + offset);
                assertEquals(spans(expected), spans(actual), "at " + offset);
                if (expected.size() > 1) {
                    checkedOverlaps++;
                }
            }
        }
        assertFalse(checkedOverlaps == 0, "the generated article has overlapping annotations");
    }

    private GlossaEditor openSampleWith(int annotations) throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        Path article = SyntheticDocuments.writeArticle(dir.resolve("nav.txt"), sample, 0, annotations);
        return EditorTestSupport.open(article);
    }

    private static List<Annotation> inTextOrder(GlossaEditor editor) {
        List<Annotation> order = new ArrayList<>(
                editor.getAdapter(GlossaEditorContext.class).article().document().getAnnotations());
        order.sort(TEXT_ORDER);
        return order;
    }

    private static List<List<Integer>> spans(List<Annotation> annotations) {
        return annotations.stream().map(a -> List.of(a.getBegin(), a.getEnd())).toList();
    }

    private static List<Integer> selection(GlossaEditor editor) {
        int[] range = editor.selectedRange();
        return List.of(range[0], range[1]);
    }
}
