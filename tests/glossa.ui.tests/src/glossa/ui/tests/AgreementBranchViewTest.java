package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.team.CaseRepository;
import glossa.ui.internal.views.AgreementView;
import glossa.ui.internal.agreement.Messages;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * The Agreement view's Compare with Branch…: the working sidecar (ana and bo) against the same article's sidecar on a
 * branch where only bo coded; each is one coder, whoever wrote it, and adjudication waits for the authors again.
 */
class AgreementBranchViewTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTestSupport.page().closeAllEditors(false);
        var view = EditorTestSupport.page().findView(AgreementView.ID);
        if (view != null) {
            EditorTestSupport.page().hideView(view);
        }
    }

    @Test
    void comparesTheWorkingSidecarWithABranchAndBackToTheAuthors() throws Exception {
        Path article = AgreementViewTest.twoCoderArticle(dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "both coders");
            git.checkout().setCreateBranch(true).setName("bo-only").call();
            ArticleStore store = new ArticleStore();
            AnnotatedArticle onBranch = store.open(article, null);
            onBranch.document().getAnnotations().removeIf(a -> "ana".equals(a.getAuthor()));
            store.save(onBranch, false, null);
            commit(git, "only bo");
            git.checkout().setName("main").call();
        }
        assertEquals(List.of("main", "bo-only").stream().sorted().toList(),
                CaseRepository.branches(article).stream().sorted().toList());

        GlossaEditor editor = EditorTestSupport.open(article);
        AgreementView view = AgreementViewTest.showView();
        assertEquals(List.of("ana", "bo"), view.figures().all().coders());

        assertNotNull(view.compareWithBranch("bo-only"));
        assertTrue(TestSupport.waitUntil(() -> "bo-only".equals(view.comparedBranch()) && !view.isComputing()
                && view.figures().all().coders().contains("bo-only"), 10_000), "the branch is compared");
        assertEquals(java.util.Set.of(Messages.Branch_working, "bo-only"),
                java.util.Set.copyOf(view.figures().all().coders()), "two coders: the two sidecars");
        assertTrue(view.getContentDescription().contains("bo-only"), view.getContentDescription());
        // ana's claim and measure are only in the working sidecar: disagreements between the two sidecars.
        assertFalse(view.figures().disagreements().isEmpty());
        var first = view.figures().disagreements().get(0);
        view.disagreementViewer().setSelection(new StructuredSelection(first), true);
        EditorTestSupport.settle();
        assertTrue(glossa.core.agreement.Adjudication.changes(first, "bo-only"),
                "accepting would change something, were it allowed");
        int before = EditorTestSupport.context(editor).article().document().getAnnotations().size();
        assertFalse(view.accept("bo-only"), "no adjudication across sidecars");
        assertEquals(before, EditorTestSupport.context(editor).article().document().getAnnotations().size());

        assertNull(view.compareWithBranch(null));
        assertTrue(TestSupport.waitUntil(() -> !view.isComputing() && view.figures() != null
                && view.figures().all().coders().equals(List.of("ana", "bo")), 10_000), "back to the authors");
        assertNull(view.comparedBranch());
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").call();
    }
}
