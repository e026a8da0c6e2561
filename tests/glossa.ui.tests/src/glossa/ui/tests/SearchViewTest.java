package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.search.CodingUnit;
import glossa.search.SearchHit;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.search.HitsCsv;
import glossa.ui.internal.views.SearchView;
import glossa.ui.internal.search.CodeHitsHandler;

/**
 * The Search view on a case in the workspace: hits in context from every article, sorting, CSV with defused cells,
 * and coding hits - through the open editor as one undoable step, on disk for an article not open.
 */
class SearchViewTest {

    static final String OPEN_TEXT = "=SUM(A1) 出口管制\n一、背景\n美国收紧出口管制，企业转向开源。出口管制还在扩大！\n二、对策\n";
    static final String CLOSED_TEXT = "标题\nExport controls grew. 出口管制与签证规则，是政策工具。\n";

    private IProject project;

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("search-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    static IFile article(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    static SearchView showAndSearch(IProject project, String query) throws Exception {
        SearchView view = (SearchView) EditorTestSupport.page().showView(SearchView.ID);
        view.show(project);
        view.search(query, false, true);
        awaitSearch(view);
        return view;
    }

    /** Runs the event loop until the view shows the search's hits (the job hands them over asynchronously). */
    static void awaitSearch(SearchView view) {
        assertNotNull(view.job());
        assertTrue(TestSupport.waitUntil(() -> !view.searching(), 60_000), view.statusText());
    }

    static GlossaEditor openInGlossa(IFile file) throws PartInitException {
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), file, GlossaEditor.ID);
        EditorTestSupport.settle();
        return editor;
    }

    @Test
    void findsCodesAndUndoesHits() throws Exception {
        IFile open = article(project, "a-open.txt", OPEN_TEXT);
        IFile closed = article(project, "b-closed.txt", CLOSED_TEXT);
        GlossaEditor editor = openInGlossa(open);
        GlossaEditorContext context = EditorTestSupport.context(editor);

        SearchView view = showAndSearch(project, "出口管制");
        List<SearchHit> hits = view.hits();
        assertEquals(4, hits.size(), view.statusText() + " " + hits);
        assertEquals(4, view.table().getItemCount());
        for (SearchHit hit : hits) {
            String text = hit.article().equals("a-open.txt") ? OPEN_TEXT : CLOSED_TEXT;
            assertEquals("出口管制", text.substring(hit.begin(), hit.end()));
        }
        assertEquals("出口管制", view.table().getItem(0).getText(1));
        assertTrue(Files.isDirectory(project.getLocation().toFile().toPath().resolve(".glossa-index")));

        // Sorting by article, twice: descending.
        view.sortBy(3);
        view.sortBy(3);
        assertEquals("b-closed.txt", view.hits().get(0).article());
        assertEquals(hits.stream().sorted(Comparator.comparing(SearchHit::article).reversed()
                .thenComparingInt(SearchHit::begin)).toList(), view.hits());

        // CSV: one row per hit; a context cell that starts with = is defused (the spreadsheet shows it as text).
        String csv = HitsCsv.text(view.hits());
        assertEquals(5, csv.split("\r\n").length);
        assertTrue(csv.contains("'=SUM(A1)"), csv);
        assertFalse(csv.contains(",=SUM") || csv.contains(",\"=SUM"), csv);

        // Code all hits as clauses: the open article through its editor, the other on disk.
        AnnotationType claim = Codebooks.find(context.article().document().getCodebook(), "claim").orElseThrow();
        int before = context.article().document().getAnnotations().size();
        // The job codes an open article on the UI thread: keep the event loop running rather than join.
        Job coding = CodeHitsHandler.start(view, view.hits(), claim, CodingUnit.CLAUSE);
        assertTrue(TestSupport.waitUntil(() -> coding.getResult() != null, 60_000));
        TestSupport.processEvents(Display.getCurrent(), 300);
        assertTrue(view.statusText().contains("4"), view.statusText());
        List<Annotation> added = context.article().document().getAnnotations().subList(before,
                context.article().document().getAnnotations().size());
        assertEquals(List.of("=SUM(A1) 出口管制", "美国收紧出口管制，", "出口管制还在扩大！"),
                added.stream().map(Annotation::getQuote).toList());
        assertTrue(editor.isDirty(), "coding changed the open article: the analyst saves it");
        AnnotatedArticle onDisk = new ArticleStore().open(closed.getLocation().toFile().toPath(), null);
        assertEquals(List.of("出口管制与签证规则，"), onDisk.document().getAnnotations().stream()
                .map(Annotation::getQuote).toList());

        // One undo takes back the whole article's coding.
        EditorTestSupport.focus(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(before, context.article().document().getAnnotations().size());
    }

    @Test
    void badRegexSaysSoAndKeepsTheTable() throws Exception {
        article(project, "a.txt", OPEN_TEXT);
        SearchView view = showAndSearch(project, "出口管制");
        int shown = view.hits().size();
        view.search("(unclosed", true, true);
        assertEquals(shown, view.hits().size());
        assertEquals(shown, view.table().getItemCount());
    }

    @Test
    void anArticleChangedOnDiskBetweenTwoSearchesIsFoundByTheSecond() throws Exception {
        article(project, "a.txt", OPEN_TEXT);
        article(project, "b.txt", CLOSED_TEXT);
        SearchView view = showAndSearch(project, "稀土");
        assertEquals(List.of(), view.hits(), view.statusText());
        // Written behind the workspace's back, as Git or another editor would: the view's kept index must notice.
        Path b = project.getLocation().toFile().toPath().resolve("b.txt");
        Files.writeString(b, CLOSED_TEXT + "稀土出口也受管制。\n", StandardCharsets.UTF_8);
        view.search("稀土", false, true);
        awaitSearch(view);
        assertEquals(List.of("b.txt"), view.hits().stream().map(SearchHit::article).toList(), view.statusText());
        Files.writeString(b, "稀土 gone? No: 稀土 twice.\n", StandardCharsets.UTF_8);
        view.search("稀土", false, true);
        awaitSearch(view);
        assertEquals(2, view.hits().size(), view.statusText());
    }
}
