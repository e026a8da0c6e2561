package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.context;
import static glossa.ui.tests.EditorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.MergeConflict;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.MergeConflictsView;

/**
 * Another writer saves the sidecar of an open article (issue 13): the save is a compare-and-swap that merges what it
 * has not seen, a clean editor reloads in place, a dirty one merges at once as one undo step, and conflicts are
 * resolved in the Merge Conflicts view.
 */
class SidecarMergeEditorTest {

    static final String CLAIM = "GPT-4";
    static final String POLICY = "禁止持有AI相关学位的中国公民在美国科技公司担任核心研发岗位";

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
        MergeConflictsView view = (MergeConflictsView) EditorTestSupport.page().findView(MergeConflictsView.ID);
        if (view != null) {
            EditorTestSupport.page().hideView(view);
        }
        EditorTestSupport.settle();
        errors.stopAndAssertNone();
    }

    /** As {@code glossa-cli annotate} does: open through the core, add one annotation, save. Returns its id. */
    static String annotateThroughCore(Path article, String quote, String typeId) throws Exception {
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(article, null);
        String text = a.text();
        int begin = text.indexOf(quote);
        assertTrue(begin >= 0, quote);
        Annotation annotation = AnnotationFactory.create(text,
                Codebooks.find(a.document().getCodebook(), typeId).orElseThrow(), begin, begin + quote.length(),
                "cli");
        a.document().getAnnotations().add(annotation);
        store.save(a, false, null);
        return annotation.getId();
    }

    static Annotation byQuote(Document document, String quote) {
        return document.getAnnotations().stream().filter(a -> quote.equals(a.getQuote())).findFirst().orElse(null);
    }

    static Document onDisk(Path article) throws Exception {
        return new ArticleStore().open(article, null).document();
    }

    /** Selects {@code quote} in the editor and presses Ctrl+1 (claim), as the analyst does. */
    static Annotation annotateWithCtrl1(GlossaEditor editor, String quote) {
        int at = text(editor).get().indexOf(quote);
        editor.selectAndReveal(at, quote.length());
        EditorTestSupport.focus(editor);
        EditorTestSupport.pressCtrl('1');
        Annotation claim = byQuote(context(editor).article().document(), quote);
        assertNotNull(claim, "Ctrl+1 annotated " + quote);
        return claim;
    }

    /** The analyst goes to another part and back to the editor: the editor checks its files on activation. */
    static void leaveAndComeBack(GlossaEditor editor) throws Exception {
        EditorTestSupport.page().showView(IPageLayout.ID_PROP_SHEET);
        EditorTestSupport.settle();
        EditorTestSupport.page().activate(editor);
        EditorTestSupport.settle();
    }

    @Test
    void theIssuesScenarioKeepsBothAnnotations() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        annotateWithCtrl1(editor, CLAIM);
        assertTrue(editor.isDirty());

        // glossa-cli annotate … while the editor is open, then Ctrl+S in the workbench.
        String outside = annotateThroughCore(article, POLICY, "policy-measure");
        EditorTestSupport.focus(editor);
        EditorTestSupport.pressCtrl('s');
        assertTrue(TestSupport.waitUntil(() -> !editor.isDirty(), 5_000), "saved");

        Document saved = onDisk(article);
        assertNotNull(byQuote(saved, CLAIM), "the claim made in the editor is in the sidecar");
        assertNotNull(byQuote(saved, POLICY), "the policy measure the command line added is in the sidecar too");
        assertEquals(outside, byQuote(saved, POLICY).getId());
        assertEquals(2, saved.getAnnotations().size());
        assertNotNull(byQuote(context.article().document(), POLICY), "and in the editor's document");
    }

    @Test
    void saveMergesWhatItHasNotSeenAsOneUndoableCommand() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        annotateWithCtrl1(editor, CLAIM);
        // No activation in between: only the save's compare-and-swap can notice the outside write.
        annotateThroughCore(article, POLICY, "policy-measure");
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertEquals(2, onDisk(article).getAnnotations().size());
        assertTrue(editor.lastStatusMessage().startsWith("1 annotation added, 0 changed, 0 deleted by another writer"),
                editor.lastStatusMessage());
        byte[] disk = Files.readAllBytes(AnnotatedArticle.sidecarOf(article));
        assertArrayEquals(disk, context.article().sidecarBase(), "the base is what was written");

        // The merge is on the undo history: one step takes it back (the claim stays).
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertNull(byQuote(context.article().document(), POLICY));
        assertNotNull(byQuote(context.article().document(), CLAIM));
    }

    @Test
    void cleanEditorReloadsInPlaceKeepingTheCaret() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        annotateThroughCore(article, CLAIM, "claim");
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        StyledText widget = editor.viewer().getTextWidget();
        int caret = text(editor).get().indexOf(POLICY) + 7;
        editor.selectAndReveal(caret, 3);
        EditorTestSupport.focus(editor);
        int top = widget.getTopIndex();
        assertFalse(editor.isDirty());

        annotateThroughCore(article, POLICY, "policy-measure");
        leaveAndComeBack(editor);

        Document document = context.article().document();
        assertTrue(TestSupport.waitUntil(() -> byQuote(document, POLICY) != null, 5_000),
                "the other writer's annotation is in the editor's document");
        assertEquals(2, document.getAnnotations().size());
        assertFalse(editor.isDirty(), "reloaded in place: the editor holds what is on disk");
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(caret, selection.getOffset(), "the selection stays");
        assertEquals(3, selection.getLength());
        assertEquals(top, widget.getTopIndex(), "the scroll position stays");
        assertEquals(1, visibleShells(), "no dialog");
        assertArrayEquals(Files.readAllBytes(AnnotatedArticle.sidecarOf(article)), context.article().sidecarBase());
        assertTrue(jfaceHas(editor, byQuote(document, POLICY)), "the new annotation is highlighted");
    }

    @Test
    void dirtyEditorMergesAtOnceAndUndoTakesTheMergeBack() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        annotateWithCtrl1(editor, CLAIM);
        Document document = context.article().document();

        annotateThroughCore(article, POLICY, "policy-measure");
        leaveAndComeBack(editor);
        assertTrue(TestSupport.waitUntil(() -> byQuote(document, POLICY) != null, 5_000), "merged at once");
        assertTrue(editor.isDirty(), "still dirty: the claim is not saved");
        assertTrue(editor.lastStatusMessage().startsWith("1 annotation added"), editor.lastStatusMessage());

        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertNull(byQuote(document, POLICY), "one undo takes the merge back");
        assertNotNull(byQuote(document, CLAIM), "and only the merge");
        EditorTestSupport.executeCommand(EditorTestSupport.REDO);
        assertNotNull(byQuote(document, POLICY));

        editor.doSave(new NullProgressMonitor());
        assertEquals(2, onDisk(article).getAnnotations().size());
    }

    @Test
    void aConflictIsListedAndTakeTheirsIsUndoable() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        String id = annotateThroughCore(article, CLAIM, "claim");
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        Annotation mine = document.getAnnotations().get(0);
        assertTrue(context.execute(AnnotationCommands.setMemo(context.editingDomain(), mine, "mine: a forecast")));

        ArticleStore store = new ArticleStore();
        AnnotatedArticle theirs = store.open(article, null);
        theirs.document().getAnnotations().get(0).setMemo("theirs: a claim of fact");
        store.save(theirs, false, null);
        leaveAndComeBack(editor);

        assertTrue(TestSupport.waitUntil(() -> EditorTestSupport.page().findView(MergeConflictsView.ID) != null,
                10_000), "conflicts open the Merge Conflicts view");
        assertTrue(editor.lastStatusMessage().endsWith("1 conflict (see Merge Conflicts)"), editor.lastStatusMessage());
        MergeConflictsView view = (MergeConflictsView) EditorTestSupport.page().findView(MergeConflictsView.ID);
        assertEquals("mine: a forecast", mine.getMemo(), "a conflict keeps mine");
        List<MergeConflict> rows = view.rows();
        assertEquals(1, rows.size(), rows.toString());
        MergeConflict row = rows.get(0);
        assertEquals(id, row.getObjectId());
        assertEquals("memo", row.getFeature());
        assertEquals("mine: a forecast", row.getOurs());
        assertEquals("theirs: a claim of fact", row.getTheirs());

        // Take theirs through the view's command, as its toolbar and context menu run it.
        EditorTestSupport.page().activate(view);
        view.viewer().setSelection(new StructuredSelection(row), true);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        assertTrue(commands.getCommand(MergeConflictsView.KEEP_BOTH_COMMAND).isEnabled());
        EditorTestSupport.executeCommand(MergeConflictsView.TAKE_THEIRS_COMMAND);
        assertEquals("theirs: a claim of fact", mine.getMemo());
        assertTrue(document.getConflicts().isEmpty(), "the record is gone");
        assertTrue(TestSupport.waitUntil(() -> view.rows().isEmpty(), 2_000));

        EditorTestSupport.page().activate(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals("mine: a forecast", mine.getMemo(), "undo restores mine");
        assertEquals(1, document.getConflicts().size(), "and the record");
        assertEquals(1, view.rows().size());

        // Keep both: mine stays, a copy with their memo and a new id joins it.
        EditorTestSupport.page().activate(view);
        view.viewer().setSelection(new StructuredSelection(view.rows().get(0)), true);
        EditorTestSupport.executeCommand(MergeConflictsView.KEEP_BOTH_COMMAND);
        assertEquals(2, document.getAnnotations().size());
        Annotation copy = document.getAnnotations().get(1);
        assertEquals("theirs: a claim of fact", copy.getMemo());
        assertEquals(CLAIM, copy.getQuote());
        assertFalse(id.equals(copy.getId()));
        assertEquals("mine: a forecast", mine.getMemo());
        assertTrue(document.getConflicts().isEmpty());

        EditorTestSupport.page().activate(editor);
        editor.doSave(new NullProgressMonitor());
        Document saved = onDisk(article);
        assertEquals(2, saved.getAnnotations().size());
        assertTrue(saved.getConflicts().isEmpty(), "resolved conflicts are not saved");
    }

    @Test
    void annotationsAddedWhileABackgroundWriterSavesAreNeverLost() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        String text = text(editor).get();
        // Distinct two-character spans from the article: the editor's ones and the writer's do not overlap.
        List<String> quotes = distinctSpans(text, 30);
        List<String> editorQuotes = quotes.subList(0, 15);
        List<String> writerQuotes = quotes.subList(15, 30);
        Throwable[] failure = new Throwable[1];
        Thread writer = new Thread(() -> {
            try {
                for (String quote : writerQuotes) {
                    annotateThroughCore(article, quote, "policy-measure");
                    Thread.sleep(15);
                }
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "background sidecar writer");
        writer.start();
        Document document = context.article().document();
        for (int i = 0; i < editorQuotes.size(); i++) {
            String quote = editorQuotes.get(i);
            int begin = text.indexOf(quote);
            assertTrue(context.execute(AnnotationCommands.add(context.editingDomain(), document,
                    AnnotationFactory.create(text, Codebooks.find(document.getCodebook(), "claim").orElseThrow(),
                            begin, begin + quote.length(), "analyst"))));
            TestSupport.processEvents(Display.getCurrent(), 10);
            if (i % 4 == 3) {
                editor.doSave(new NullProgressMonitor());
                editor.checkSidecar();
            }
        }
        writer.join(60_000);
        assertNull(failure[0], () -> "the writer failed: " + failure[0]);
        editor.doSave(new NullProgressMonitor());

        Document saved = onDisk(article);
        for (String quote : quotes) {
            assertNotNull(byQuote(saved, quote), "kept: " + quote);
        }
        assertEquals(quotes.size(), saved.getAnnotations().size(), "none lost, none doubled");
        assertEquals(quotes.size(), document.getAnnotations().size(), "the editor has them all too");
    }

    /** {@code n} spans of two characters that occur once in the text, far enough apart not to overlap. */
    private static List<String> distinctSpans(String text, int n) {
        List<String> spans = new java.util.ArrayList<>();
        for (int i = 0; i + 2 <= text.length() && spans.size() < n;) {
            String s = text.substring(i, i + 2);
            if (s.chars().allMatch(Character::isLetterOrDigit) && text.indexOf(s) == i && text.indexOf(s, i + 1) < 0) {
                spans.add(s);
                i += 20;
            } else {
                i++;
            }
        }
        assertEquals(n, spans.size(), "the sample has enough distinct spans");
        return spans;
    }

    private static boolean jfaceHas(GlossaEditor editor, Annotation annotation) {
        var model = EditorTestSupport.jface(editor);
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Object a = it.next();
            if (a instanceof glossa.ui.internal.editor.GlossaAnnotation g && g.model() == annotation) {
                return true;
            }
        }
        return false;
    }

    private static long visibleShells() {
        return Arrays.stream(Display.getCurrent().getShells()).filter(Shell::isVisible).count();
    }
}
