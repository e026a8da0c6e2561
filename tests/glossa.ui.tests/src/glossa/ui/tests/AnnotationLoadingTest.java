package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.benchdata.SyntheticDocuments;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.AnnotationLoadJob;
import glossa.ui.internal.editor.BrokenSidecarPolicy;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaDocumentProvider;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.AnnotationsView;

/**
 * A large sidecar is read in a background job: the text shows at once, read-only, with the annotation commands
 * disabled and the views saying so; then the annotations are installed and everything works as for a small one.
 * The job manager is suspended to hold the load at "still loading" for as long as the test looks.
 */
class AnnotationLoadingTest {

    private static final String ANNOTATE = "glossa.ui.annotate";
    private static final int ANNOTATIONS = 300;

    @TempDir
    Path dir;

    private final LoggedErrors errors = new LoggedErrors();
    private long threshold;
    private org.eclipse.ui.IViewPart shownView;
    private boolean automatedDialogs;

    @BeforeEach
    void setUp() {
        errors.start();
        threshold = GlossaDocumentProvider.backgroundSidecarBytes;
        automatedDialogs = org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE;
    }

    @AfterEach
    void tearDown() {
        Job.getJobManager().resume();
        GlossaDocumentProvider.backgroundSidecarBytes = threshold;
        GlossaDocumentProvider.brokenSidecarPolicy = BrokenSidecarPolicy.ASK;
        org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = automatedDialogs;
        EditorTestSupport.page().closeAllEditors(false);
        if (shownView != null) {
            EditorTestSupport.page().hideView(shownView); // leave the perspective's stacks as other tests expect
        }
        EditorTestSupport.settle();
        errors.stopAndAssertNone();
    }

    private Path annotatedSample() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        return SyntheticDocuments.writeArticle(dir.resolve("article.txt"), sample, 0, ANNOTATIONS);
    }

    private static GlossaEditor openWithoutWaiting(Path article) throws Exception {
        return (GlossaEditor) IDE.openEditorOnFileStore(EditorTestSupport.page(),
                EFS.getLocalFileSystem().getStore(article.toUri()));
    }


    private static long drawn(GlossaEditor editor) {
        List<Object> all = new ArrayList<>();
        editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()).getAnnotationIterator()
                .forEachRemaining(all::add);
        return all.stream().filter(GlossaAnnotation.class::isInstance).count();
    }

    private static boolean annotateEnabled() {
        return PlatformUI().getService(ICommandService.class).getCommand(ANNOTATE).isEnabled();
    }

    private static org.eclipse.ui.IWorkbench PlatformUI() {
        return org.eclipse.ui.PlatformUI.getWorkbench();
    }

    private static void typeCharacter(GlossaEditor editor, char c) {
        EditorTestSupport.focus(editor);
        Display display = Display.getCurrent();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.character = c;
            event.keyCode = c;
            assertTrue(display.post(event));
        }
        EditorTestSupport.settle();
    }

    @Test
    void smallSidecarIsStillLoadedBeforeTheEditorShows() throws Exception {
        Path article = annotatedSample();
        assertTrue(Files.size(AnnotatedArticle.sidecarOf(article)) < threshold, "the sample's sidecar counts as small");
        GlossaEditor editor = openWithoutWaiting(article);
        assertFalse(editor.isLoadingAnnotations());
        assertNotNull(editor.getAdapter(GlossaEditorContext.class), "bound as soon as openEditor returns");
        assertEquals(ANNOTATIONS, drawn(editor));
    }

    @Test
    void largeSidecarLoadsInTheBackgroundWhileTheTextIsShownReadOnly() throws Exception {
        Path article = annotatedSample();
        String onDisk = Files.readString(article, StandardCharsets.UTF_8);
        GlossaDocumentProvider.backgroundSidecarBytes = 1; // every sidecar counts as large
        AnnotationsView view = (AnnotationsView) EditorTestSupport.page().showView(AnnotationsView.ID);
        shownView = view;
        org.eclipse.ui.part.PageBookView outline = (org.eclipse.ui.part.PageBookView) EditorTestSupport.page()
                .showView(org.eclipse.ui.IPageLayout.ID_OUTLINE, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);

        Job.getJobManager().suspend(); // the load cannot start until resumed
        GlossaEditor editor = openWithoutWaiting(article);
        EditorTestSupport.settle();

        assertTrue(editor.isLoadingAnnotations());
        assertEquals(1, Job.getJobManager().find(AnnotationLoadJob.FAMILY).length, "the load is a job");
        assertEquals(onDisk.replace("\uFEFF", ""), text(editor).get().replace("\uFEFF", ""), "the text is shown");
        assertNull(editor.getAdapter(GlossaEditorContext.class), "no context (and no annotations) before the load");
        assertEquals(0, drawn(editor));
        assertTrue(editor.getTitleToolTip().contains("loading annotations"), editor.getTitleToolTip());

        // The UI thread keeps running events while the annotations load.
        AtomicBoolean ran = new AtomicBoolean();
        Display.getCurrent().asyncExec(() -> ran.set(true));
        assertTrue(TestSupport.waitUntil(ran::get, 10_000));
        assertTrue(editor.isLoadingAnnotations(), "still loading after the UI ran an event");

        // Read-only: typing changes nothing, the annotation commands are disabled, the views say why they are empty.
        typeCharacter(editor, 'x');
        assertEquals(onDisk.replace("\uFEFF", ""), text(editor).get().replace("\uFEFF", ""), "typing is blocked");
        assertFalse(editor.isDirty());
        assertFalse(editor.isEditable());
        assertFalse(editor.viewer().getTextWidget().getEditable(), "the text widget is read-only while loading");
        EditorTestSupport.focus(editor);
        assertFalse(annotateEnabled(), "Annotate is disabled while loading");
        assertThrows(NotEnabledException.class,
                () -> PlatformUI().getService(IHandlerService.class).executeCommand(ANNOTATE, null));
        assertEquals("Loading annotations\u2026", view.getContentDescription());
        assertFalse(outline.getCurrentPage() instanceof glossa.ui.outline.SectionOutlinePage, "no sections yet");

        Job.getJobManager().resume();
        assertTrue(TestSupport.waitUntil(() -> !editor.isLoadingAnnotations(), 60_000), "the load ends");

        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        assertNotNull(context);
        assertEquals(ANNOTATIONS, context.article().document().getAnnotations().size());
        assertEquals(ANNOTATIONS, drawn(editor), "all annotations installed in the JFace model");
        assertTrue(editor.isEditable());
        assertTrue(editor.viewer().getTextWidget().getEditable(), "the text widget is editable again");
        assertFalse(editor.isDirty(), "loading does not make the article dirty");
        assertFalse(editor.getTitleToolTip().contains("loading annotations"));
        EditorTestSupport.focus(editor);
        assertTrue(TestSupport.waitUntil(AnnotationLoadingTest::annotateEnabled, 10_000), "Annotate is enabled");
        assertTrue(TestSupport.waitUntil(() -> view.isUpToDate() && view.index() != null, 10_000));
        assertEquals(ANNOTATIONS, view.index().size(), "the view shows the loaded annotations");
        assertFalse(view.getContentDescription().startsWith("Loading"), view.getContentDescription());
        assertTrue(TestSupport.waitUntil(() -> outline.getCurrentPage() instanceof glossa.ui.outline.SectionOutlinePage,
                10_000), "the Outline shows the sections once they are loaded, without re-activating the editor");
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) ((glossa.ui.outline.SectionOutlinePage) outline
                .getCurrentPage()).getControl();
        assertEquals(1, tree.getItemCount(), "the article's title is the one root");
        assertTrue(tree.getItem(0).getItemCount() >= 6, "preamble, 一 … 五, 结语: " + tree.getItem(0).getItemCount());

        // Editing now moves the annotations (the bridge is connected) and makes the editor dirty.
        int firstBegin = context.article().document().getAnnotations().stream().mapToInt(a -> a.getBegin()).min()
                .orElseThrow();
        text(editor).replace(0, 0, "字");
        assertEquals(firstBegin + 1, context.article().document().getAnnotations().stream()
                .mapToInt(a -> a.getBegin()).min().orElseThrow());
        assertTrue(editor.isDirty());
    }

    @Test
    void closingWhileLoadingCancelsTheLoad() throws Exception {
        Path article = annotatedSample();
        GlossaDocumentProvider.backgroundSidecarBytes = 1;
        Job.getJobManager().suspend();
        GlossaEditor editor = openWithoutWaiting(article);
        EditorTestSupport.settle();
        assertTrue(editor.isLoadingAnnotations());
        EditorTestSupport.page().closeEditor(editor, false);
        Job.getJobManager().resume();
        assertTrue(TestSupport.waitUntil(() -> Job.getJobManager().find(AnnotationLoadJob.FAMILY).length == 0, 30_000));
        EditorTestSupport.settle();
        assertEquals(0, EditorTestSupport.page().getEditorReferences().length);
    }

    @Test
    void cancellingTheLoadDoesNotOpenTheArticle() throws Exception {
        Path article = annotatedSample();
        GlossaDocumentProvider.backgroundSidecarBytes = 1;
        Job.getJobManager().suspend();
        openWithoutWaiting(article);
        EditorTestSupport.settle();
        Job[] loads = Job.getJobManager().find(AnnotationLoadJob.FAMILY);
        assertEquals(1, loads.length);
        loads[0].cancel();
        Job.getJobManager().resume();
        assertTrue(TestSupport.waitUntil(() -> EditorTestSupport.page().getEditorReferences().length == 0, 30_000),
                "the editor closes when its load is cancelled");
        assertTrue(Files.exists(AnnotatedArticle.sidecarOf(article)));
    }

    @Test
    void brokenLargeSidecarAsksAsBefore() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        String broken = "<?xml version=\"1.0\"?>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\">\n  <oops\n";
        Files.writeString(sidecar, broken);
        GlossaDocumentProvider.backgroundSidecarBytes = 1;

        List<String> problems = new ArrayList<>();
        GlossaDocumentProvider.brokenSidecarPolicy = (path, problem) -> {
            assertNotNull(Display.getCurrent(), "the analyst is asked on the UI thread");
            problems.add(glossa.ui.internal.io.ArticleFiles.location(problem));
            return BrokenSidecarPolicy.Choice.READ_ONLY;
        };
        GlossaEditor readOnly = openWithoutWaiting(article);
        assertTrue(TestSupport.waitUntil(() -> !readOnly.isLoadingAnnotations(), 30_000));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(sidecar + ":"), problems.get(0));
        assertFalse(readOnly.isEditable(), "opened read-only");
        assertFalse(readOnly.getAdapter(GlossaEditorContext.class).isEditable());
        EditorTestSupport.page().closeEditor(readOnly, false);
        EditorTestSupport.settle();
        assertEquals(broken, Files.readString(sidecar), "the broken sidecar is untouched");

        GlossaDocumentProvider.brokenSidecarPolicy = (path, problem) -> BrokenSidecarPolicy.Choice.CANCEL;
        org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = false; // show the dialog (the harness would log it)
        GlossaEditor cancelled = openWithoutWaiting(article);
        assertTrue(TestSupport.waitUntil(() -> !cancelled.isLoadingAnnotations(), 30_000));
        assertEquals(0, EditorTestSupport.page().getEditorReferences().length, "cancel: the article is not opened");
        assertTrue(closeErrorDialog(), "the failure is reported");
        assertEquals(broken, Files.readString(sidecar));

        GlossaDocumentProvider.brokenSidecarPolicy = (path, problem) -> BrokenSidecarPolicy.Choice.SET_ASIDE;
        GlossaEditor fresh = openWithoutWaiting(article);
        assertTrue(TestSupport.waitUntil(() -> !fresh.isLoadingAnnotations(), 30_000));
        assertTrue(fresh.isEditable());
        assertFalse(Files.exists(sidecar), "the broken sidecar was moved aside");
    }

    /** Closes the (non-modal) error dialog that reports a failed open; returns whether there was one. */
    private static boolean closeErrorDialog() {
        for (var shell : Display.getCurrent().getShells()) {
            if (shell.getData() instanceof org.eclipse.jface.dialogs.ErrorDialog dialog && shell.isVisible()) {
                dialog.close();
                EditorTestSupport.settle();
                return true;
            }
        }
        return false;
    }
}
