package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.context;
import static glossa.ui.tests.EditorTestSupport.text;
import static glossa.ui.tests.SidecarMergeEditorTest.CLAIM;
import static glossa.ui.tests.SidecarMergeEditorTest.POLICY;
import static glossa.ui.tests.SidecarMergeEditorTest.annotateThroughCore;
import static glossa.ui.tests.SidecarMergeEditorTest.byQuote;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * How the editor notices another writer: from the workspace's resource deltas (no activation needed), after the text
 * changed on disk too (reload, re-anchor, then merge), and never by writing over a sidecar it cannot read.
 */
class SidecarWatchingTest {

    @TempDir
    Path dir;

    private IProject project;

    @AfterEach
    void closeAll() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    @Test
    void anArticleInTheWorkspaceMergesOnTheResourceChange() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("merge-" + System.nanoTime());
        project.create(null);
        project.open(null);
        IFile file = project.getFile("article.txt");
        file.create(Files.newInputStream(Path.of(System.getProperty("glossa.sample"))), true, null);
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), file);
        EditorTestSupport.settle();
        Document document = context(editor).article().document();

        annotateThroughCore(file.getLocation().toPath(), POLICY, "policy-measure");
        // A refresh, as the workspace's own refresh (or a sync plug-in) makes it: no activation of the editor.
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        assertTrue(TestSupport.waitUntil(() -> byQuote(document, POLICY) != null, 5_000),
                "merged from the resource delta");
        assertFalse(editor.isDirty());
    }

    @Test
    void textAndSidecarBothChangedReloadsReanchorsThenMerges() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        String text = Files.readString(article);
        annotateThroughCore(article, CLAIM, "claim");
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        Annotation claim = byQuote(document, CLAIM);
        int begin = claim.getBegin();

        String preface = "编者按:本文于今日更新。\n\n";
        Files.writeString(article, preface + text, StandardCharsets.UTF_8);
        annotateThroughCore(article, POLICY, "policy-measure"); // opened on the new text: re-anchored there
        GlossaEditor.documentProvider().synchronize(editor.getEditorInput()); // what "reload" does
        EditorTestSupport.settle();

        assertEquals(preface + text, text(editor).get());
        assertEquals(begin + preface.length(), claim.getBegin(), "re-anchored on the new text");
        assertTrue(TestSupport.waitUntil(() -> byQuote(document, POLICY) != null, 5_000), "then merged");
        Annotation policy = byQuote(document, POLICY);
        assertEquals((preface + text).indexOf(POLICY), policy.getBegin());
        assertEquals(2, document.getAnnotations().size(), "no copies");
        assertTrue(document.getConflicts().isEmpty(), "both sides re-anchored alike: " + document.getConflicts());

        editor.doSave(new NullProgressMonitor());
        Document saved = new glossa.core.io.ArticleStore().open(article, null).document();
        assertEquals(2, saved.getAnnotations().size());
        assertEquals(begin + preface.length(), byQuote(saved, CLAIM).getBegin());
    }

    @Test
    void aSidecarThatCannotBeReadFailsTheSaveAndNothingIsWritten() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = context(editor);
        SidecarMergeEditorTest.annotateWithCtrl1(editor, CLAIM);
        text(editor).replace(0, 0, "按:"); // a text edit too: the text must not be written either
        byte[] textBefore = Files.readAllBytes(article);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        byte[] garbage = "<?xml version=\"1.0\"?><not-a-sidecar".getBytes(StandardCharsets.UTF_8);
        Files.write(sidecar, garbage);

        CoreException failure = assertThrows(CoreException.class, () -> GlossaEditor.documentProvider()
                .saveDocument(new NullProgressMonitor(), editor.getEditorInput(), text(editor), false));
        assertTrue(failure.getMessage().startsWith("Could not save"), failure.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(sidecar), "the unreadable sidecar is left as it is");
        assertArrayEquals(textBefore, Files.readAllBytes(article), "and the text is not written");
        assertTrue(editor.isDirty(), "nothing unsaved is lost");
        assertNotNull(byQuote(context.article().document(), CLAIM));
    }
}
