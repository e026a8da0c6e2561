package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.editor.TypeAppearance;
import glossa.ui.internal.suggest.RecommenderPrecision;

/**
 * Suggestions in the editor, driven by real key events: Annotate &gt; Suggest adds them (one undo step) as dashed
 * outlines; Ctrl+Alt+. goes to one, Enter accepts it, Delete rejects it (hidden, never proposed again), Ctrl+2 accepts
 * as another type, and Ctrl+Z undoes each decision. Away from a suggestion Enter types a line break as always.
 */
class SuggestionsEditorTest {

    /** Written for this test (not the held-out sample): each line has a cue the default rules know. */
    private static final String ARTICLE = "芯片出口管制的新动向\n\n"
            + "商务部宣布对三家企业实施出口管制，并禁止向其出售先进芯片。\n"
            + "今天的会议在北京举行，来宾众多。\n"
            + "多家公司表示将加快国产芯片的自主研发，摆脱对进口的依赖。\n"
            + "政府还要求银行收紧对相关企业的贷款审查。\n";

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void suggestionsAreAcceptedAndRejectedByKeyboardAloneAndUndone() throws Exception {
        Path article = dir.resolve("export-controls.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Document document = context.article().document();
        EditorTestSupport.focus(editor);

        EditorTestSupport.executeCommand("glossa.ui.suggest");
        assertTrue(TestSupport.waitUntil(() -> suggestions(document).size() >= 3, 30_000),
                "Suggest adds suggestions: " + document.getAnnotations());
        int offered = suggestions(document).size();
        assertEquals(offered, document.getAnnotations().size(), "nothing but suggestions yet");
        EditorTestSupport.settle();

        // Drawn as dashed outlines: some pixels of the type's colour, far from a filled background.
        Annotation first = suggestions(document).get(0);
        GlossaAnnotation face = editor.bridge().shownAnnotation(first);
        assertEquals(TypeAppearance.suggestedType(first.getType().getId()), face.getType());
        StyledText widget = editor.viewer().getTextWidget();
        RGB colour = TypeAppearance.rgb(first.getType());
        int length = first.getEnd() - first.getBegin();
        int painted = EditorTestSupport.awaitPixelsOfColour(widget, first.getBegin(), length, colour, 20);
        var bounds = widget.getTextBounds(first.getBegin(), first.getEnd() - 1);
        assertTrue(painted >= 20, "the outline is drawn in the type's colour: " + painted);
        assertTrue(painted < bounds.width * bounds.height / 3, "an outline, not a fill: " + painted + " of "
                + bounds.width * bounds.height);
        // The picture for docs/suggestions.md, once the outlines are painted.
        EditorTestSupport.saveWindowPng(editor.getSite().getShell(),
                Path.of(System.getProperty("glossa.repo", ".")).resolve("docs/suggestions-editor.png"));

        // Away from suggestions, Enter is a line break.
        int plain = ARTICLE.indexOf("来宾");
        editor.selectAndReveal(plain, 0);
        EditorTestSupport.settle();
        int textLength = EditorTestSupport.text(editor).getLength();
        press(0, SWT.CR, '\r');
        assertTrue(TestSupport.waitUntil(() -> EditorTestSupport.text(editor).getLength() == textLength + 1, 3_000),
                "Enter off a suggestion types a line break");
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(ARTICLE, EditorTestSupport.text(editor).get());

        // Ctrl+Alt+. to the first suggestion after the caret, Enter accepts it as it is.
        editor.selectAndReveal(0, 0);
        press(SWT.CTRL | SWT.ALT, '.', '.');
        Annotation accepted = suggestionAtSelection(editor, document);
        assertNotNull(accepted, "Ctrl+Alt+. selects a suggestion");
        String acceptedType = accepted.getType().getId();
        String state = keyState(editor);
        press(0, SWT.CR, '\r');
        assertTrue(TestSupport.waitUntil(() -> accepted.getStatus() == AnnotationStatus.CONFIRMED, 3_000),
                () -> "Enter accepts; before: " + state + "; after: " + keyState(editor));
        assertEquals(acceptedType, accepted.getType().getId());
        assertEquals(ARTICLE, EditorTestSupport.text(editor).get(), "Enter on a suggestion types nothing");

        // The next one: Delete rejects it; it is hidden and the text stays.
        press(SWT.CTRL | SWT.ALT, '.', '.');
        Annotation rejected = suggestionAtSelection(editor, document);
        assertNotNull(rejected, "Ctrl+Alt+. goes on to the next suggestion");
        press(0, SWT.DEL, (char) 0x7F);
        assertTrue(TestSupport.waitUntil(() -> rejected.getStatus() == AnnotationStatus.REJECTED, 3_000),
                "Delete rejects");
        assertEquals(ARTICLE, EditorTestSupport.text(editor).get(), "Delete on a suggestion deletes no text");
        assertTrue(TestSupport.waitUntil(() -> !visibleInJFace(editor, rejected), 3_000),
                "a rejected suggestion is hidden");

        // The next one: Ctrl+1 (or Ctrl+2) accepts it as another type than the suggested one.
        press(SWT.CTRL | SWT.ALT, '.', '.');
        Annotation retyped = suggestionAtSelection(editor, document);
        assertNotNull(retyped);
        String retypedFrom = retyped.getType().getId();
        char key = "claim".equals(retypedFrom) ? '2' : '1';
        String retypedTo = key == '2' ? "policy-measure" : "claim";
        EditorTestSupport.pressCtrl(key);
        assertTrue(TestSupport.waitUntil(() -> retyped.getStatus() == AnnotationStatus.CONFIRMED, 3_000),
                "Ctrl+" + key + " accepts");
        assertEquals(retypedTo, retyped.getType().getId(), "accepted as the type of the key");
        assertEquals(offered, document.getAnnotations().size(), "Ctrl+1/2 on a suggestion adds no annotation");

        // Each decision counts for its recommender's precision: 2 accepted of 3.
        int decided = RecommenderPrecision.of(document).stream().mapToInt(RecommenderPrecision.Tally::decided).sum();
        int acceptedCount = RecommenderPrecision.of(document).stream()
                .mapToInt(RecommenderPrecision.Tally::accepted).sum();
        assertEquals(3, decided);
        assertEquals(2, acceptedCount);

        // Ctrl+Z undoes the decisions one by one.
        EditorTestSupport.pressCtrl('z');
        assertTrue(TestSupport.waitUntil(() -> retyped.getStatus() == AnnotationStatus.SUGGESTED, 3_000));
        assertEquals(retypedFrom, retyped.getType().getId(), "undo gives the suggestion its type back");
        EditorTestSupport.pressCtrl('z');
        assertTrue(TestSupport.waitUntil(() -> rejected.getStatus() == AnnotationStatus.SUGGESTED, 3_000));
        assertTrue(TestSupport.waitUntil(() -> visibleInJFace(editor, rejected), 3_000), "undo shows it again");
        EditorTestSupport.pressCtrl('z');
        assertTrue(TestSupport.waitUntil(() -> accepted.getStatus() == AnnotationStatus.SUGGESTED, 3_000));

        // Reject again, run Suggest again: the rejected span is not proposed a second time.
        editor.selectAndReveal(rejected.getEnd() + 1, 0);
        EditorTestSupport.settle();
        press(SWT.CTRL | SWT.ALT, ',', ',');
        assertEquals(rejected.getBegin(), editor.selectedRange()[0], () -> "Ctrl+Alt+, goes back: " + keyState(editor));
        press(0, SWT.DEL, (char) 0x7F);
        assertTrue(TestSupport.waitUntil(() -> rejected.getStatus() == AnnotationStatus.REJECTED, 3_000),
                () -> "rejects again: " + describe(document) + " / " + keyState(editor));
        int before = document.getAnnotations().size();
        EditorTestSupport.executeCommand("glossa.ui.suggest");
        TestSupport.waitUntil(() -> false, 3_000); // the job and its apply step
        long sameSpan = document.getAnnotations().stream().filter(a -> a.getBegin() == rejected.getBegin()
                && a.getEnd() == rejected.getEnd() && a.getType() == rejected.getType()).count();
        assertEquals(1, sameSpan, "the rejected span is not proposed again");
        assertEquals(before, document.getAnnotations().size(), "nothing new to propose");

        // Suggest itself is one undo step: undoing the re-rejection, then the suggestions, leaves none.
        EditorTestSupport.pressCtrl('z');
        EditorTestSupport.pressCtrl('z');
        assertTrue(TestSupport.waitUntil(() -> document.getAnnotations().isEmpty(), 3_000),
                "undo removes all suggestions at once: " + document.getAnnotations());
    }

    private static String keyState(GlossaEditor editor) {
        return "focus " + Display.getCurrent().getFocusControl() + " on text "
                + (Display.getCurrent().getFocusControl() == editor.viewer().getTextWidget()) + " selection "
                + editor.selectedRange()[0] + "-" + editor.selectedRange()[1] + " contexts "
                + org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.contexts.IContextService.class)
                        .getActiveContextIds()
                + " text length " + EditorTestSupport.text(editor).getLength();
    }

    private static String describe(Document document) {
        StringBuilder sb = new StringBuilder();
        for (Annotation a : document.getAnnotations()) {
            sb.append(a.getType().getId()).append(' ').append(a.getBegin()).append('-').append(a.getEnd()).append(' ')
                    .append(a.getStatus()).append("; ");
        }
        return sb.toString();
    }

    private static List<Annotation> suggestions(Document document) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : document.getAnnotations()) {
            if (a.getStatus() == AnnotationStatus.SUGGESTED) {
                found.add(a);
            }
        }
        found.sort((a, b) -> Integer.compare(a.getBegin(), b.getBegin()));
        return found;
    }

    private static Annotation suggestionAtSelection(GlossaEditor editor, Document document) {
        int caret = editor.selectedRange()[0];
        for (Annotation a : suggestions(document)) {
            if (a.getBegin() == caret) {
                return a;
            }
        }
        return null;
    }

    private static boolean visibleInJFace(GlossaEditor editor, Annotation annotation) {
        IAnnotationModel model = EditorTestSupport.jface(editor);
        for (Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof GlossaAnnotation g && g.model() == annotation && !g.isHidden()) {
                return true;
            }
        }
        return false;
    }

    /** Posts a key stroke with modifiers through the OS event queue, as a user types it. */
    private static void press(int modifiers, int keyCode, char character) {
        Display display = Display.getCurrent();
        KeyStrokeTime.next(display);
        List<Integer> mods = new ArrayList<>();
        for (int m : new int[] { SWT.CTRL, SWT.ALT, SWT.SHIFT }) {
            if ((modifiers & m) != 0) {
                mods.add(m);
            }
        }
        for (int m : mods) {
            post(display, SWT.KeyDown, m, '\0');
        }
        post(display, SWT.KeyDown, keyCode, character);
        post(display, SWT.KeyUp, keyCode, character);
        for (int i = mods.size() - 1; i >= 0; i--) {
            post(display, SWT.KeyUp, mods.get(i), '\0');
        }
        EditorTestSupport.settle();
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new IllegalStateException("Display.post refused a key event");
        }
    }
}
