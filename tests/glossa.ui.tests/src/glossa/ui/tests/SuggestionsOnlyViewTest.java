package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.AnnotationsView;
import glossa.ui.internal.views.SuggestionsOnlyHandler;

/**
 * The Annotations view's Suggestions Only toggle, run as its toolbar button runs it: only suggestions, most confident
 * first (equal confidences in document order), with their confidence shown; off again, every annotation as before.
 */
class SuggestionsOnlyViewTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void suggestionsOnlyListsSuggestionsByConfidenceAndTurnsOffAgain() throws Exception {
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Document document = context.article().document();
        String text = EditorTestSupport.text(editor).get();

        // In document order: a confirmed claim, then suggestions at 40%, 90% and again 40%.
        Annotation confirmed = add(context, text, 10, 20, "claim", null);
        Annotation lowFirst = add(context, text, 40, 50, "policy-measure", 0.4);
        Annotation high = add(context, text, 70, 80, "claim", 0.9);
        Annotation lowLast = add(context, text, 100, 110, "counter-strategy", 0.4);
        assertEquals(AnnotationStatus.CONFIRMED, confirmed.getStatus());

        AnnotationsView view = (AnnotationsView) EditorTestSupport.page().showView(AnnotationsView.ID);
        EditorTestSupport.page().activate(view);
        assertTrue(TestSupport.waitUntil(() -> view.isUpToDate() && view.index() != null
                && view.index().size() == document.getAnnotations().size(), 10_000));
        List<Annotation> before = view.index().annotations().stream().toList();
        String descriptionBefore = view.getContentDescription();
        assertTrue(before.contains(confirmed), "everything is listed: " + before);
        assertEquals(byBegin(before), before, "in document order");

        EditorTestSupport.executeCommand(SuggestionsOnlyHandler.COMMAND_ID);
        assertTrue(view.isSuggestionsOnly());
        assertTrue(TestSupport.waitUntil(() -> view.isUpToDate() && view.index().size() == 3, 10_000),
                () -> "only the suggestions: " + view.index().annotations());
        assertEquals(List.of(high, lowFirst, lowLast), view.index().annotations().stream().toList(),
                "most confident first, ties in document order");
        assertEquals(List.of("90%", "40%", "40%"), confidenceCells(view));
        assertTrue(view.getContentDescription().startsWith("Suggestions only, most confident first: 3 of "),
                view.getContentDescription());

        // Accepting a suggestion takes it off the list at once.
        context.execute(org.eclipse.emf.edit.command.SetCommand.create(context.editingDomain(), high,
                Literals.ANNOTATION__STATUS, AnnotationStatus.CONFIRMED));
        EditorTestSupport.settle();
        assertTrue(TestSupport.waitUntil(() -> view.isUpToDate() && view.index().size() == 2, 10_000));
        assertEquals(List.of(lowFirst, lowLast), view.index().annotations().stream().toList());
        org.eclipse.core.commands.operations.OperationHistoryFactory.getOperationHistory().undo(context.undoContext(),
                null, null);
        assertEquals(AnnotationStatus.SUGGESTED, high.getStatus(), "the acceptance is undone");
        EditorTestSupport.settle();

        EditorTestSupport.executeCommand(SuggestionsOnlyHandler.COMMAND_ID);
        assertFalse(view.isSuggestionsOnly());
        assertTrue(TestSupport.waitUntil(() -> view.isUpToDate()
                && view.index().size() == document.getAnnotations().size(), 10_000));
        List<Annotation> after = view.index().annotations().stream().toList();
        assertEquals(before, after, "off again: every annotation, in document order");
        assertEquals(descriptionBefore, view.getContentDescription());
        assertEquals("", confidenceCells(view).get(after.indexOf(confirmed)), "no confidence for a confirmed one");
    }

    /** Adds one annotation through the editor's command stack; a confidence makes it a suggestion. */
    private static Annotation add(GlossaEditorContext context, String text, int begin, int end, String typeId,
            Double confidence) {
        Document document = context.article().document();
        Annotation annotation = AnnotationFactory.create(text,
                Codebooks.find(document.getCodebook(), typeId).orElseThrow(), begin, end, "test");
        if (confidence != null) {
            annotation.setStatus(AnnotationStatus.SUGGESTED);
            annotation.setConfidence(confidence);
            annotation.setRecommender("test");
        }
        assertTrue(context.execute(AddCommand.create(context.editingDomain(), document, Literals.DOCUMENT__ANNOTATIONS,
                annotation)));
        EditorTestSupport.settle();
        return annotation;
    }

    private static List<Annotation> byBegin(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(Comparator.comparingInt(Annotation::getBegin));
        return sorted;
    }

    /** The Confidence column's cells as the table shows them (the virtual table fills each row on request). */
    private static List<String> confidenceCells(AnnotationsView view) {
        Table table = view.viewer().getTable();
        int column = table.getColumnCount() - 1;
        assertEquals("Confidence", table.getColumn(column).getText());
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < table.getItemCount(); row++) {
            cells.add(table.getItem(row).getText(column));
        }
        return cells;
    }
}
