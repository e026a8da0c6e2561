package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.MergeConflictsView;

/**
 * The picture of the Merge Conflicts view for the docs ({@code docs/merge-conflicts.png}): two writers changed the
 * memo and an attribute of one claim differently, and the same policy measure's type. Not a test of behaviour (run
 * it by name: {@code -Dtest=MergeConflictsScreenshot}).
 */
class MergeConflictsScreenshot {

    @TempDir
    Path dir;

    @Test
    void mergeConflictsView() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        SidecarMergeEditorTest.annotateThroughCore(article, SidecarMergeEditorTest.CLAIM, "claim");
        SidecarMergeEditorTest.annotateThroughCore(article, SidecarMergeEditorTest.POLICY, "policy-measure");
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1600, 900);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Annotation claim = SidecarMergeEditorTest.byQuote(context.article().document(), SidecarMergeEditorTest.CLAIM);
        context.execute(AnnotationCommands.setMemo(context.editingDomain(), claim, "A capability claim, unverified"));
        context.execute(AnnotationCommands.setAttribute(context.editingDomain(), claim, "actor", "OpenAI"));

        ArticleStore store = new ArticleStore();
        AnnotatedArticle theirs = store.open(article, null);
        Annotation theirClaim = SidecarMergeEditorTest.byQuote(theirs.document(), SidecarMergeEditorTest.CLAIM);
        theirClaim.setMemo("Verified against the model card");
        theirClaim.getAttributes().add(AnnotationFactory.attribute("actor", "OpenAI Inc."));
        store.save(theirs, false, null);

        SidecarMergeEditorTest.leaveAndComeBack(editor);
        assertTrue(TestSupport.waitUntil(() -> EditorTestSupport.page().findView(MergeConflictsView.ID) != null,
                10_000));
        MergeConflictsView view = (MergeConflictsView) EditorTestSupport.page().findView(MergeConflictsView.ID);
        assertEquals(2, view.rows().size(), view.rows().toString());
        EditorTestSupport.page().activate(view);
        view.viewer().setSelection(new StructuredSelection(view.rows().get(0)), true);
        context.reveal(claim);
        TestSupport.processEvents(Display.getCurrent(), 1500);
        EditorTestSupport.saveWindowPng(window,
                Harness.docs("merge-conflicts.png"));
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.page().hideView(view);
    }
}
