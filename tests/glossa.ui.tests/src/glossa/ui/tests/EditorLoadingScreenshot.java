package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.ui.internal.editor.GlossaDocumentProvider;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.AnnotationsView;
import glossa.ui.internal.views.SectionSummaryView;

/**
 * Not a unit test (skipped by the normal build): saves {@code target/editor-loading.png} and
 * {@code target/editor-loaded.png}, the workbench with a 1 MB article and 50,000 annotations while its sidecar loads
 * (held by suspending the job manager) and after, and {@code target/editor-scrolled.png} three fifths down. Run with {@code -Dtest=EditorLoadingScreenshot
 * -Dsurefire.failIfNoSpecifiedTests=false} under Xvfb.
 */
class EditorLoadingScreenshot {

    @TempDir
    Path dir;

    @Test
    void whileLoadingAndAfter() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        Path article = SyntheticDocuments.writeArticle(dir.resolve("big.txt"), sample, Harness.size(1_000_000, 20_000),
                Harness.size(50_000, 300));
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1400, 900);
        EditorTestSupport.page().showView(SectionSummaryView.ID);
        EditorTestSupport.page().showView(AnnotationsView.ID);
        // The smoke size's sidecar is small enough to be read at once; it must still take the background path.
        long threshold = GlossaDocumentProvider.backgroundSidecarBytes;
        if (Harness.SMOKE) {
            GlossaDocumentProvider.backgroundSidecarBytes = 1;
        }
        Job.getJobManager().suspend();
        GlossaEditor editor;
        try {
            editor = (GlossaEditor) IDE.openEditorOnFileStore(EditorTestSupport.page(),
                    EFS.getLocalFileSystem().getStore(article.toUri()));
            EditorTestSupport.focus(editor);
            TestSupport.processEvents(Display.getCurrent(), 1000);
            assertTrue(editor.isLoadingAnnotations());
            shoot(window, "editor-loading.png");
        } finally {
            Job.getJobManager().resume();
            GlossaDocumentProvider.backgroundSidecarBytes = threshold;
        }
        assertTrue(TestSupport.waitUntil(() -> !editor.isLoadingAnnotations(), 120_000));
        TestSupport.processEvents(Display.getCurrent(), 3000);
        shoot(window, "editor-loaded.png");
        // Far from the start (only annotations near the visible text are in the JFace model): painted once there.
        int middle = editor.getDocumentProvider().getDocument(editor.getEditorInput()).getLength() * 3 / 5;
        editor.selectAndReveal(middle, 0);
        TestSupport.processEvents(Display.getCurrent(), 3000);
        shoot(window, "editor-scrolled.png");
        EditorTestSupport.page().closeAllEditors(false);
    }

    private static void shoot(Shell window, String name) throws Exception {
        EditorTestSupport.saveWindowPng(window, Harness.target(name));
    }
}
