package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.codebook.CodebookCommands;
import glossa.ui.internal.codebook.NestOrMerge;
import glossa.ui.internal.codebook.ShortcutClash;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.CodebookView;
import glossa.ui.internal.views.ViewCommands;

/**
 * The Codebook view on an article of a case: the tree, the counts (article and saved case), nesting and merging by
 * drop, split, a command from the view, the shortcut clash check, and that every edit is one undo step and is saved.
 */
class CodebookViewTest {

    private static final String TEXT = "标题\n一、背景\n美国政府讨论技术出口管制与签证规则。\n二、对策\n中国企业以开源模型生态应对。\n";

    private IProject project;

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("codebook-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        project.delete(true, true, null);
    }

    /** An article of the case with {@code claims} claims and {@code measures} policy measures, saved by the store. */
    IFile article(String name, int claims, int measures) throws CoreException, IOException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream((name + "\n" + TEXT).getBytes(StandardCharsets.UTF_8)), true, null);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle article = store.open(file.getLocation().toFile().toPath(), null);
        add(article, "claim", "技术出口管制", claims);
        add(article, "policy-measure", "签证规则", measures);
        store.save(article, false, null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    private static void add(AnnotatedArticle article, String typeId, String quote, int n) {
        AnnotationType type = Codebooks.find(article.document().getCodebook(), typeId).orElseThrow();
        int begin = article.text().indexOf(quote);
        for (int i = 0; i < n; i++) {
            article.document().getAnnotations().add(
                    AnnotationFactory.create(article.text(), type, begin, begin + quote.length(), "ana"));
        }
    }

    private static CodebookView showView() throws Exception {
        CodebookView view = (CodebookView) EditorTestSupport.page().showView(CodebookView.ID);
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();
        return view;
    }

    private static void undo(GlossaEditorContext context) throws Exception {
        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        EditorTestSupport.settle();
    }

    @Test
    void showsTheTreeWithCountsAndEditsUndoably() throws Exception {
        IFile first = article("a.txt", 3, 2);
        article("b.txt", 4, 0);
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), first, "glossa.ui.editor");
        EditorTestSupport.settle();
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Document document = context.article().document();
        CodebookView view = showView();
        AnnotationType claim = Codebooks.find(document.getCodebook(), "claim").orElseThrow();
        AnnotationType measure = Codebooks.find(document.getCodebook(), "policy-measure").orElseThrow();
        AnnotationType counter = Codebooks.find(document.getCodebook(), "counter-strategy").orElseThrow();

        TreeItem[] rows = view.viewer().getTree().getItems();
        assertEquals(3, rows.length, "the three types of the default codebook");
        assertEquals(claim.getName(), rows[0].getText(0));
        assertEquals("Ctrl+1", rows[0].getText(1), "the shortcut as the platform writes it");
        assertEquals("3", rows[0].getText(2), "claims in this article");
        assertTrue(TestSupport.waitUntil(() -> view.caseCounts() != null, 20_000), "the case is counted in a job");
        EditorTestSupport.settle();
        assertEquals(7, view.caseCounts().get("claim"), "claims in both saved articles");
        assertEquals("7", view.viewer().getTree().getItems()[0].getText(3));
        assertEquals("2", view.viewer().getTree().getItems()[1].getText(3));

        // Drop onto a type and choose Nest: a child; undone in one step.
        view.setQuestion((shell, dragged, target, n) -> NestOrMerge.Choice.NEST);
        assertTrue(view.drop(counter, claim, ViewerDropAdapter.LOCATION_ON));
        assertSame(claim, counter.eContainer());
        assertTrue(TestSupport.waitUntil(() -> view.viewer().getTree().getItemCount() == 2, 5_000),
                "the nested type leaves the top level of the tree");
        undo(context);
        assertSame(document.getCodebook(), counter.eContainer());
        assertFalse(view.drop(claim, claim, ViewerDropAdapter.LOCATION_ON), "not onto itself");

        // Drop onto a type and choose Merge: the question names the count; retyped, retired, one undo step.
        int[] asked = new int[1];
        view.setQuestion((shell, dragged, target, n) -> {
            asked[0] = n;
            return NestOrMerge.Choice.MERGE;
        });
        assertTrue(view.drop(measure, claim, ViewerDropAdapter.LOCATION_ON));
        assertEquals(2, asked[0], "the confirmation gives the number of annotations retyped");
        assertEquals(5, CodebookCommands.annotationsOf(document, claim).size());
        assertTrue(measure.isRetired());
        assertTrue(TestSupport.waitUntil(() -> "5".equals(view.viewer().getTree().getItems()[0].getText(2)), 5_000),
                "the article count follows the merge");
        undo(context);
        assertEquals(3, CodebookCommands.annotationsOf(document, claim).size());
        assertEquals(2, CodebookCommands.annotationsOf(document, measure).size());
        assertFalse(measure.isRetired());

        // Split: chosen annotations go to a new child.
        List<Annotation> two = CodebookCommands.annotationsOf(document, claim).subList(0, 2);
        assertTrue(ViewCommands.execute(context,
                CodebookCommands.split(context.editingDomain(), document, claim, "export claim", List.copyOf(two))));
        AnnotationType child = claim.getChildren().get(0);
        assertEquals("export claim", child.getName());
        assertEquals(2, CodebookCommands.annotationsOf(document, child).size());
        assertEquals(1, CodebookCommands.annotationsOf(document, claim).size());

        // Retire through the view's command, on the selected type.
        view.viewer().setSelection(new StructuredSelection(counter), true);
        EditorTestSupport.settle();
        EditorTestSupport.executeCommand("glossa.ui.codebook.retire");
        assertTrue(counter.isRetired(), "Retire runs on the selected type");

        // Saved like any edit: the sidecar holds the child type and the retired flag.
        editor.doSave(null);
        EditorTestSupport.settle();
        AnnotatedArticle reread = new ArticleStore().open(first.getLocation().toFile().toPath(), null);
        AnnotationType rereadClaim = Codebooks.find(reread.document().getCodebook(), "claim").orElseThrow();
        assertEquals(List.of(child.getId()), rereadClaim.getChildren().stream().map(AnnotationType::getId).toList());
        assertTrue(Codebooks.find(reread.document().getCodebook(), "counter-strategy").orElseThrow().isRetired());
        EditorTestSupport.page().hideView(view);
    }

    @Test
    void shortcutsClashWithBindingsAndOtherTypes() throws Exception {
        IFile file = article("c.txt", 1, 0);
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), file, "glossa.ui.editor");
        EditorTestSupport.settle();
        Document document = EditorTestSupport.context(editor).article().document();
        AnnotationType claim = Codebooks.find(document.getCodebook(), "claim").orElseThrow();
        ShortcutClash clash = new ShortcutClash(PlatformUI.getWorkbench().getService(IBindingService.class),
                document.getCodebook(), claim);
        assertNull(clash.problem("Ctrl+1"), "its own Annotate As binding is not a clash");
        assertNull(clash.problem(""), "no shortcut is allowed");
        assertNotNull(clash.problem("Ctrl+2"), "the shortcut of policy measure");
        String save = clash.problem("Ctrl+S");
        assertNotNull(save, "Ctrl+S is Save");
        assertTrue(save.contains("Save"), save);
        assertNotNull(clash.problem("Ctrl+Shift+Nonsense"), "not a key");
        assertNull(clash.problem("Ctrl+Alt+F9"));
        String formal = ShortcutClash.formal("Ctrl+Alt+F9");
        assertTrue(formal.contains("M1+") && !formal.contains("CTRL"), "stored with M1, as the default codebook: " + formal);
        assertEquals(KeySequence.getInstance("Ctrl+Alt+F9"), KeySequence.getInstance(formal));
    }
}
