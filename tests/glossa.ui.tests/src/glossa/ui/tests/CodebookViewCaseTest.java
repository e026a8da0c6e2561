package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.AnnotationType;
import glossa.ui.internal.codebook.CaseCodebookOperation;
import glossa.ui.internal.codebook.CaseTypeChanges;
import glossa.ui.internal.codebook.CodebookCommands;
import glossa.ui.internal.codebook.Messages;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.CodebookView;

/**
 * The Codebook view with no article open: it shows the shared codebook of the case selected in the Project Explorer
 * with the case counts; its edits are saved to the case codebook file, undone and redone through Edit &gt; Undo/Redo
 * in the view, and reach an article of the case opened afterwards.
 */
class CodebookViewCaseTest {

    private static final String TEXT = "标题\n一、背景\n美国政府讨论技术出口管制与签证规则。\n二、对策\n中国企业以开源模型生态应对。\n";

    private IProject project;
    private IProject other;

    @BeforeEach
    void createCases() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("case-codebook-" + System.nanoTime());
        project.create(null);
        project.open(null);
        other = ResourcesPlugin.getWorkspace().getRoot().getProject("other-case-" + System.nanoTime());
        other.create(null);
        other.open(null);
    }

    @AfterEach
    void deleteCases() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        Job.getJobManager().cancel(CaseCodebookOperation.SAVE_FAMILY);
        project.delete(true, true, null);
        other.delete(true, true, null);
    }

    private IFile article(String name, int claims, int measures) throws CoreException, IOException {
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

    private static void select(IProject selected) throws Exception {
        CommonNavigator explorer = (CommonNavigator) EditorTestSupport.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        EditorTestSupport.page().activate(explorer);
        explorer.getCommonViewer().setSelection(new StructuredSelection(selected), true);
        EditorTestSupport.settle();
    }

    /** The type as the case codebook file on disk has it (after the save jobs ran), or empty. */
    private Optional<AnnotationType> saved(String id) throws IOException {
        return Codebooks.find(CaseCodebook.load(project.getLocation().toFile().toPath()).codebook(), id);
    }

    private boolean savedName(String id, String name) {
        try {
            Job.getJobManager().join(CaseCodebookOperation.SAVE_FAMILY, null);
            return saved(id).map(t -> name.equals(t.getName())).orElse(false);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Types {@code value} into the input dialog titled {@code title} as soon as it opens, and presses OK. */
    private static void answerInput(String title, String value) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText()) && shell.getDefaultButton() != null) {
                    Text text = find(shell);
                    text.setText(value);
                    shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
    }

    private static Text find(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
            if (child instanceof Composite composite && find(composite) != null) {
                return find(composite);
            }
        }
        return null;
    }

    private static AnnotationType shown(CodebookView view, String id) {
        return Codebooks.find(view.sharedCodebook().codebook(), id).orElseThrow();
    }

    @Test
    void showsTheSelectedCaseCodebookAndEditsItUndoably() throws Exception {
        IFile first = article("a.txt", 3, 2);
        article("b.txt", 4, 0);
        select(project);
        CodebookView view = (CodebookView) EditorTestSupport.page().showView(CodebookView.ID);
        EditorTestSupport.page().activate(view);
        assertTrue(TestSupport.waitUntil(() -> view.sharedCodebook() != null, 10_000),
                "with no article open, the selected case's codebook is read in a job and shown");
        assertNull(view.editorContext());
        assertEquals(project, view.caseProject());

        TreeItem[] rows = view.viewer().getTree().getItems();
        assertEquals(3, rows.length, "the three types of the default codebook");
        assertEquals(shown(view, "claim").getName(), rows[0].getText(0));
        assertEquals("Ctrl+1", rows[0].getText(1));
        assertEquals("", rows[0].getText(2), "no article: no article count");
        assertTrue(TestSupport.waitUntil(() -> view.caseCounts() != null, 20_000), "the case is counted in a job");
        EditorTestSupport.settle();
        assertEquals("7", view.viewer().getTree().getItems()[0].getText(3), "claims in both saved articles");
        assertEquals("2", view.viewer().getTree().getItems()[1].getText(3));

        // Rename (the view's command and its dialog): saved to the case codebook file; Edit > Undo in the view takes it back (saved again); Redo.
        String before = shown(view, "claim").getName();
        view.viewer().setSelection(new StructuredSelection(shown(view, "claim")), true);
        EditorTestSupport.settle();
        answerInput(Messages.Rename_title, "Assertion");
        EditorTestSupport.executeCommand("glossa.ui.codebook.rename");
        assertTrue(TestSupport.waitUntil(() -> "Assertion".equals(view.viewer().getTree().getItems()[0].getText(0)),
                5_000), "the tree shows the new name");
        assertTrue(TestSupport.waitUntil(() -> savedName("claim", "Assertion"), 10_000), "saved to the case file");
        EditorTestSupport.executeCommand("org.eclipse.ui.edit.undo");
        assertEquals(before, shown(view, "claim").getName(), "Ctrl+Z in the view undoes the rename");
        assertTrue(TestSupport.waitUntil(() -> savedName("claim", before), 10_000), "the undo is saved too");
        EditorTestSupport.executeCommand("org.eclipse.ui.edit.redo");
        assertEquals("Assertion", shown(view, "claim").getName());
        assertTrue(TestSupport.waitUntil(() -> savedName("claim", "Assertion"), 10_000));

        // Retire through the view's command on the selected type; undone in the case's context.
        view.viewer().setSelection(new StructuredSelection(shown(view, "policy-measure")), true);
        EditorTestSupport.settle();
        EditorTestSupport.executeCommand("glossa.ui.codebook.retire");
        assertTrue(shown(view, "policy-measure").isRetired(), "Retire runs on the case's type");
        OperationHistoryFactory.getOperationHistory().undo(view.undoContext(), null, null);
        assertFalse(shown(view, "policy-measure").isRetired());

        // Nest by drop (onto a type nests: merging needs an article), undone back to the top level.
        AnnotationType counter = shown(view, "counter-strategy");
        assertTrue(view.drop(counter, shown(view, "claim"), ViewerDropAdapter.LOCATION_ON));
        assertSame(shown(view, "claim"), counter.eContainer());
        OperationHistoryFactory.getOperationHistory().undo(view.undoContext(), null, null);
        assertSame(view.sharedCodebook().codebook(), counter.eContainer());

        // A new type; undone while no article can know it (removed), then redone.
        AnnotationType actor = CodebookCommands.newType(view.sharedCodebook().codebook(), "Actor", null);
        assertTrue(view.runCaseChange(CaseTypeChanges.add(project, actor)));
        assertTrue(TestSupport.waitUntil(() -> view.viewer().getTree().getItemCount() == 4, 5_000));
        OperationHistoryFactory.getOperationHistory().undo(view.undoContext(), null, null);
        assertTrue(Codebooks.find(view.sharedCodebook().codebook(), actor.getId()).isEmpty());
        OperationHistoryFactory.getOperationHistory().redo(view.undoContext(), null, null);
        assertTrue(TestSupport.waitUntil(() -> savedName(actor.getId(), "Actor"), 10_000));

        // An article of the case opened afterwards shows the renamed type and the new one; the new type's undo is
        // refused now (the article knows it), so the case never loses it.
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), first, "glossa.ui.editor");
        EditorTestSupport.settle();
        var document = EditorTestSupport.context(editor).article().document();
        assertTrue(TestSupport.waitUntil(() -> Codebooks.find(document.getCodebook(), actor.getId()).isPresent(),
                10_000), "the article is connected to the case codebook");
        assertEquals("Assertion", Codebooks.find(document.getCodebook(), "claim").orElseThrow().getName());
        assertFalse(OperationHistoryFactory.getOperationHistory()
                .canUndo(glossa.ui.internal.cases.CaseCodebooks.undoContext(project)));

        // The view follows the article, and comes back to its case when the article closes.
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();
        assertSame(EditorTestSupport.context(editor).article().document(), view.editorContext().article().document());
        EditorTestSupport.page().closeAllEditors(false);
        assertTrue(TestSupport.waitUntil(() -> view.sharedCodebook() != null, 10_000));
        assertEquals(project, view.caseProject(), "closing the last article keeps its case in view");

        // Selecting another case in the Project Explorer shows that one.
        select(other);
        assertTrue(TestSupport.waitUntil(() -> other.equals(view.caseProject()), 10_000));
        assertTrue(Codebooks.find(view.sharedCodebook().codebook(), actor.getId()).isEmpty());
        EditorTestSupport.page().hideView(view);
    }
}
