package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.search.CodingUnit;
import glossa.search.SearchHit;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.search.CodeHitsHandler;
import glossa.ui.internal.views.SearchView;

/**
 * The Search view's date filter (published date from front matter) and coding hits as suggestions: the open article
 * through its editor (one undoable step), the closed one on disk; a sidecar that became unreadable after the search
 * is left as it is.
 */
class SearchDatesAndSuggestionsViewTest {

    static final String OLD = "---\ntitle: Old\ndate: 2023-01-02\n---\n出口管制的旧文章。\n";
    static final String NEW = "---\ntitle: New\ndate: 2025-06-01\n---\n新的出口管制。再谈出口管制。\n";

    private IProject project;

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("search-dates-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        if (EditorTestSupport.page().findView(SearchView.ID) instanceof SearchView view) {
            view.setDates("", ""); // the view outlives the test: the next one searches without dates
        }
        EditorTestSupport.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void filtersByDate() throws Exception {
        SearchViewTest.article(project, "old.txt", OLD);
        SearchViewTest.article(project, "new.txt", NEW);
        SearchView view = SearchViewTest.showAndSearch(project, "出口管制");
        assertEquals(3, view.hits().size(), view.statusText());

        view.setDates("2024-01-01", "");
        view.search();
        SearchViewTest.awaitSearch(view);
        assertEquals(List.of("new.txt", "new.txt"), view.hits().stream().map(SearchHit::article).toList());

        view.setDates("", "2023-01-02");
        view.search();
        SearchViewTest.awaitSearch(view);
        assertEquals(List.of("old.txt"), view.hits().stream().map(SearchHit::article).toList());

        // A value that is not a date is named in the status line; the table keeps the last hits.
        view.setDates("soon", "");
        view.search();
        assertTrue(view.statusText().contains("soon"), view.statusText());
        assertEquals(1, view.table().getItemCount());
    }

    @Test
    void codesHitsAsSuggestionsAndLeavesAnUnreadableSidecarAlone() throws Exception {
        IFile open = SearchViewTest.article(project, "new.txt", NEW);
        IFile closed = SearchViewTest.article(project, "old.txt", OLD);
        IFile broken = SearchViewTest.article(project, "broken.txt", "出口管制，第三篇。\n");
        GlossaEditor editor = SearchViewTest.openInGlossa(open);
        GlossaEditorContext context = EditorTestSupport.context(editor);
        SearchView view = SearchViewTest.showAndSearch(project, "出口管制");
        assertEquals(4, view.hits().size(), view.statusText());

        // After the search, broken.txt's sidecar becomes something Glossa cannot read.
        Path brokenSidecar = AnnotatedArticle.sidecarOf(broken.getLocation().toFile().toPath());
        byte[] garbage = "<?xml version=\"1.0\"?><not-a-sidecar".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(brokenSidecar, garbage);

        AnnotationType claim = Codebooks.find(context.article().document().getCodebook(), "claim").orElseThrow();
        int before = context.article().document().getAnnotations().size();
        Job coding = CodeHitsHandler.start(view, view.hits(), claim, CodingUnit.HIT, true);
        assertTrue(TestSupport.waitUntil(() -> coding.getResult() != null, 60_000));
        TestSupport.processEvents(Display.getCurrent(), 300);

        List<Annotation> added = context.article().document().getAnnotations().subList(before,
                context.article().document().getAnnotations().size());
        assertEquals(2, added.size());
        for (Annotation annotation : added) {
            assertEquals(AnnotationStatus.SUGGESTED, annotation.getStatus());
            assertEquals("search", annotation.getRecommender());
            assertEquals(1.0, annotation.getConfidence());
        }
        AnnotatedArticle onDisk = new ArticleStore().open(closed.getLocation().toFile().toPath(), null);
        assertEquals(List.of(AnnotationStatus.SUGGESTED), onDisk.document().getAnnotations().stream()
                .map(Annotation::getStatus).toList());
        assertArrayEquals(garbage, Files.readAllBytes(brokenSidecar), "an unreadable sidecar is never replaced");
        assertTrue(view.statusText().contains("broken.txt"), view.statusText());
        assertTrue(view.statusText().contains("3"), view.statusText());

        // One undo takes back the open article's suggestions.
        EditorTestSupport.focus(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(before, context.article().document().getAnnotations().size());
    }
}
