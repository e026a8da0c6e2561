package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.text.ArticleText;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.sources.SourceDropAdapter;
import glossa.ui.internal.sources.SourceImportJob;

/** File &gt; Import Source… and dropped files: sources become articles that open in the Glossa editor. */
class ImportSourceTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeEditors() {
        EditorTestSupport.page().closeAllEditors(false);
    }

    static Path fixture(String name) {
        return Path.of(System.getProperty("glossa.repo", "."), "tests", "fixtures", "sources", name);
    }

    @Test
    void importedWebPageOpensAsAnArticleWithItsTitle() throws Exception {
        Path source = dir.resolve("gmw.html");
        Files.copy(fixture("gmw-astronaut-alcohol.zh.html"), source);
        Path login = dir.resolve("login.html");
        Files.copy(fixture("hostile/no-body.html"), login);
        SourceImportJob job = new SourceImportJob(List.of(source, login),
                PlatformUI.getWorkbench().getActiveWorkbenchWindow()).quiet();
        job.schedule();
        assertTrue(TestSupport.waitUntil(() -> job.getResult() != null, 60_000), "the job finished");
        assertEquals(List.of(dir.resolve("gmw.txt")), job.converted());
        assertEquals(1, job.failures().size());
        assertTrue(job.failures().get(0).startsWith("login.html: no article text found"), job.failures().get(0));
        assertFalse(Files.exists(dir.resolve("login.txt")));
        assertTrue(TestSupport.waitUntil(() -> EditorTestSupport.page().getActiveEditor() != null, 30_000));
        IEditorPart editor = EditorTestSupport.page().getActiveEditor();
        GlossaEditor glossa = assertInstanceOf(GlossaEditor.class, editor);
        assertEquals("gmw.txt", glossa.getEditorInput().getName());
        GlossaEditorContext context = glossa.getAdapter(GlossaEditorContext.class);
        assertTrue(TestSupport.waitUntil(() -> context.article() != null, 30_000));
        assertEquals("gmw.html", context.article().document().getProvenance().getSourceName());
    }

    private SourceImportJob runQuiet(Path source, boolean forced) {
        SourceImportJob job = new SourceImportJob(List.of(source), PlatformUI.getWorkbench().getActiveWorkbenchWindow())
                .quiet();
        if (forced) {
            job.forced();
        }
        job.schedule();
        assertTrue(TestSupport.waitUntil(() -> job.getResult() != null, 60_000), "the job finished");
        EditorTestSupport.settle();
        EditorTestSupport.page().closeAllEditors(false);
        return job;
    }

    /** An article edited in Glossa since its conversion is left as it is until the analyst agrees (forced). */
    @Test
    void anEditedArticleIsReplacedOnlyWhenForced() throws Exception {
        Path source = dir.resolve("gmw.html");
        Files.copy(fixture("gmw-astronaut-alcohol.zh.html"), source);
        Path article = dir.resolve("gmw.txt");
        assertEquals(List.of(article), runQuiet(source, false).converted());
        ArticleStore store = new ArticleStore();
        AnnotatedArticle opened = store.open(article, null);
        opened.setArticleText(ArticleText.of(opened.text() + "\n分析员的补充。\n"));
        store.save(opened, true, null);
        byte[] edited = Files.readAllBytes(article);

        SourceImportJob refused = runQuiet(source, false);
        assertEquals(List.of(source), refused.edited());
        assertTrue(refused.converted().isEmpty() && refused.failures().isEmpty());
        assertArrayEquals(edited, Files.readAllBytes(article), "the edits are kept");

        SourceImportJob forced = runQuiet(source, true);
        assertEquals(List.of(article), forced.converted());
        assertTrue(forced.edited().isEmpty());
        assertFalse(Files.readString(article).contains("分析员的补充"));
    }

    @Test
    void commandIsOnTheFileMenuAndDropsTellSourcesFromArticles() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand("glossa.ui.commands.importSource");
        assertTrue(command.isDefined());
        assertTrue(command.isHandled());
        assertTrue(SourceDropAdapter.isSource("/tmp/report.PDF"));
        assertTrue(SourceDropAdapter.isSource("/tmp/page.htm"));
        assertTrue(SourceDropAdapter.isSource("/tmp/plan.docx"));
        assertFalse(SourceDropAdapter.isSource("/tmp/article.txt"));
        assertFalse(SourceDropAdapter.isSource("/tmp/notes.md"));
    }
}
