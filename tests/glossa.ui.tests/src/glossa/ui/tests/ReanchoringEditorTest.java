package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.context;
import static glossa.ui.tests.EditorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.EditorReanchoring;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.ReanchoringView;
import glossa.ui.internal.views.ReviewRow;

/**
 * Re-anchoring in the editor: on opening an article whose text changed, and on reloading after a change on disk, both
 * through glossa.core's re-anchorer as one undoable step; the Re-anchoring review view and its actions; a 1 MB line.
 */
class ReanchoringEditorTest {

    private static final String MOVING = "限制其申请联邦科研基金";
    private static final String DELETED = "降低了对西方数据集的依赖";

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
        EditorReanchoring.backgroundAnnotations = 2_000;
        EditorTestSupport.settle();
        errors.stopAndAssertNone();
    }

    /** The fuzzy quote: 24 characters from the sample, one of which the revision changes. */
    private static String fuzzyQuote(String text) {
        int at = text.indexOf("技术出口管制");
        return text.substring(at, at + 24);
    }

    /** Annotates three quotes with glossa.core, saves, then revises the text on disk (outside Glossa). */
    private Path annotatedThenRevised() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(article, null);
        String text = a.text();
        for (String quote : List.of(MOVING, DELETED, fuzzyQuote(text))) {
            int begin = text.indexOf(quote);
            a.document().getAnnotations().add(AnnotationFactory.create(text,
                    Codebooks.find(a.document().getCodebook(), DefaultCodebook.CLAIM).orElseThrow(), begin,
                    begin + quote.length(), "tester"));
        }
        store.save(a, false, null);
        String fuzzy = fuzzyQuote(text);
        int f = text.indexOf(fuzzy) + 12;
        String revised = text.substring(0, f) + "某" + text.substring(f + 1);
        int cut = revised.indexOf(DELETED);
        revised = "编者按:本文有修订。\n\n" + revised.substring(0, cut) + revised.substring(cut + DELETED.length());
        Files.writeString(article, revised, StandardCharsets.UTF_8);
        return article;
    }



    private static Annotation byQuote(Document document, String quote) {
        return document.getAnnotations().stream().filter(a -> quote.equals(a.getQuote())).findFirst().orElseThrow();
    }

    private static ReanchoringView review() {
        // The editor shows the review on a later turn of the event loop; a busy machine may need more than one.
        TestSupport.waitUntil(() -> EditorTestSupport.page().findView(ReanchoringView.ID) != null, 10_000);
        ReanchoringView view = (ReanchoringView) EditorTestSupport.page().findView(ReanchoringView.ID);
        assertNotNull(view, "the review is shown after a re-anchoring with non-exact results");
        return view;
    }

    private static void select(ReanchoringView view, Annotation annotation) {
        ReviewRow row = view.rows().stream().filter(r -> r.annotation() == annotation).findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(row), true);
    }

    @Test
    void openingAChangedArticleReanchorsAsOneUndoableStepAndTheReviewActsOnIt() throws Exception {
        Path article = annotatedThenRevised();
        String revised = Files.readString(article);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        Annotation moved = byQuote(document, MOVING);
        Annotation orphan = byQuote(document, DELETED);
        Annotation fuzzy = document.getAnnotations().get(2);

        assertEquals(revised.indexOf(MOVING), moved.getBegin(), "moved to its new place");
        assertEquals(AnchorState.MOVED, moved.getAnchor());
        assertEquals(AnnotationStatus.ORPHANED, orphan.getStatus(), "kept as orphan");
        assertEquals(AnchorState.FUZZY, fuzzy.getAnchor());
        assertTrue(fuzzy.getAnchorScore() > 0.5 && fuzzy.getAnchorScore() < 1, "score " + fuzzy.getAnchorScore());
        assertTrue(editor.isDirty(), "re-anchored annotations are a change to save");
        assertFalse(context.article().textChangedSinceAnnotated());
        assertNotNull(context.lastReanchoring());

        ReanchoringView view = review();
        assertEquals(3, view.rows().size(), "moved, fuzzy and orphaned are listed: " + view.rows());
        ReviewRow fuzzyRow = view.rows().stream().filter(r -> r.annotation() == fuzzy).findFirst().orElseThrow();
        assertEquals(fuzzyQuote(Files.readString(Path.of(System.getProperty("glossa.sample")))), fuzzyRow.oldQuote(),
                "the old quote, side by side with");
        assertTrue(fuzzyRow.newText().contains("某"), "the new text: " + fuzzyRow.newText());

        // The whole re-anchoring is one undo step.
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(AnchorState.EXACT, moved.getAnchor());
        assertEquals(AnnotationStatus.CONFIRMED, orphan.getStatus());
        assertEquals(MOVING.length(), moved.getEnd() - moved.getBegin());
        assertFalse(editor.isDirty());
        EditorTestSupport.executeCommand(EditorTestSupport.REDO);
        assertEquals(revised.indexOf(MOVING), moved.getBegin());
        assertEquals(AnnotationStatus.ORPHANED, orphan.getStatus());

        // Accept the fuzzy place: undoable.
        select(view, fuzzy);
        assertTrue(view.acceptSelected());
        assertEquals(AnnotationStatus.CONFIRMED, fuzzy.getStatus());
        assertEquals(AnchorState.EXACT, fuzzy.getAnchor());
        assertEquals(revised.substring(fuzzy.getBegin(), fuzzy.getEnd()), fuzzy.getQuote());
        assertEquals(2, view.rows().size(), "accepted: no longer listed");
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(AnchorState.FUZZY, fuzzy.getAnchor());
        assertEquals(3, view.rows().size());

        // Re-place the orphan on a selection (with blanks around it: trimmed like a new annotation).
        String place = "数据集";
        int at = revised.indexOf(place);
        EditorTestSupport.page().activate(editor);
        editor.selectAndReveal(at, place.length());
        select(view, orphan);
        assertTrue(view.replaceSelected());
        assertEquals(at, orphan.getBegin());
        assertEquals(at + place.length(), orphan.getEnd());
        assertEquals(place, orphan.getQuote());
        assertEquals(AnnotationFactory.prefixOf(revised, at), orphan.getPrefix());
        assertEquals(AnnotationStatus.CONFIRMED, orphan.getStatus());
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(AnnotationStatus.ORPHANED, orphan.getStatus());
        assertEquals(DELETED, orphan.getQuote());

        // Delete only on the analyst's word, and undoably: through the view's Delete command, as its toolbar and
        // context menu run it; the handlers follow the selection (an orphan cannot be accepted).
        EditorTestSupport.page().activate(view);
        select(view, orphan);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        assertFalse(commands.getCommand(ReanchoringView.ACCEPT_COMMAND).isEnabled(), "an orphan cannot be accepted");
        assertTrue(commands.getCommand(ReanchoringView.REPLACE_COMMAND).isEnabled());
        EditorTestSupport.executeCommand(ReanchoringView.DELETE_COMMAND);
        assertFalse(document.getAnnotations().contains(orphan));
        EditorTestSupport.page().activate(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertTrue(document.getAnnotations().contains(orphan));
    }

    @Test
    void reloadAfterAChangeOnDiskReanchorsWithCoreAsOneStep() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        String text = Files.readString(article);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(article, null);
        int begin = text.indexOf(MOVING);
        a.document().getAnnotations().add(AnnotationFactory.create(text,
                Codebooks.find(a.document().getCodebook(), DefaultCodebook.CLAIM).orElseThrow(), begin,
                begin + MOVING.length(), "tester"));
        store.save(a, false, null);
        GlossaEditor editor = EditorTestSupport.open(article);
        Annotation annotation = context(editor).article().document().getAnnotations().get(0);
        assertEquals(AnchorState.EXACT, annotation.getAnchor());
        assertFalse(editor.isDirty());

        String preface = "编者按:本文于今日更新。\n\n";
        Files.writeString(article, preface + text, StandardCharsets.UTF_8);
        GlossaEditor.documentProvider().synchronize(editor.getEditorInput()); // what "reload" does
        EditorTestSupport.settle();
        assertEquals(preface + text, text(editor).get());
        assertEquals(begin + preface.length(), annotation.getBegin(), "found again by glossa.core's re-anchorer");
        assertEquals(AnchorState.MOVED, annotation.getAnchor());
        assertTrue(editor.isDirty());

        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(begin, annotation.getBegin(), "one undo reverts the whole re-anchoring");
        assertEquals(preface + text, text(editor).get(), "and not the reloaded text");
    }

    @Test
    void largeReanchoringRunsInABackgroundJobAndAppliesOnTheUiThread() throws Exception {
        EditorReanchoring.backgroundAnnotations = 0;
        Path article = annotatedThenRevised();
        String revised = Files.readString(article);
        GlossaEditor editor = EditorTestSupport.open(article);
        Display display = Display.getCurrent();
        Document document = context(editor).article().document();
        // On a busy machine the job may not be scheduled yet when the editor has opened: wait for its result too.
        TestSupport.waitUntil(() -> Job.getJobManager().find(EditorReanchoring.FAMILY).length > 0
                || byQuote(document, MOVING).getAnchor() != AnchorState.EXACT, 20_000);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (Job.getJobManager().find(EditorReanchoring.FAMILY).length > 0 && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        EditorTestSupport.settle();
        assertEquals(revised.indexOf(MOVING), byQuote(document, MOVING).getBegin());
        assertEquals(AnnotationStatus.ORPHANED, byQuote(document, DELETED).getStatus());
        assertTrue(editor.isDirty());
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(AnchorState.EXACT, byQuote(document, MOVING).getAnchor(), "one undoable step here too");
    }

    @Test
    @Timeout(120)
    void aOneMegabyteLineOpensWithoutWrapAndStaysEditable() throws Exception {
        StringBuilder line = new StringBuilder();
        String piece = "政策分析 policy analysis, 人工智能 AI; ";
        while (line.toString().getBytes(StandardCharsets.UTF_8).length < 1 << 20) {
            line.append(piece.repeat(1000));
        }
        line.append("结尾的句子");
        Path article = dir.resolve("one-line.txt");
        Files.writeString(article, line, StandardCharsets.UTF_8);
        assertTrue(Files.size(article) >= 1 << 20);

        GlossaEditor editor = EditorTestSupport.open(article);
        assertFalse(editor.isWordWrapEnabled(), "no word wrap on a line of a megabyte");
        IDocument text = text(editor);
        assertEquals(1, text.getNumberOfLines());

        EditorTestSupport.focus(editor);
        editor.selectAndReveal(0, 0);
        text.replace(0, 0, "甲");
        EditorTestSupport.settle();
        assertTrue(text.get().startsWith("甲政策"));

        int at = text.get().indexOf("结尾的句子");
        editor.selectAndReveal(at, 5);
        EditorTestSupport.focus(editor);
        EditorTestSupport.pressCtrl('1');
        Document document = context(editor).article().document();
        // Painting a megabyte-long line is slow: the key event may be handled after pressCtrl's short settle.
        TestSupport.waitUntil(() -> !document.getAnnotations().isEmpty(), 20_000);
        assertEquals(1, document.getAnnotations().size(), "annotating works on the long line");
        assertEquals("结尾的句子", document.getAnnotations().get(0).getQuote());
        assertNull(context(editor).lastReanchoring());
    }
}
