package glossa.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import glossa.benchdata.SyntheticDocuments;
import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.codebook.CodebookCommands;
import glossa.ui.internal.codebook.NestOrMerge;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.memos.MemoCommands;
import glossa.ui.internal.views.CodebookView;
import glossa.ui.internal.views.MemosView;
import glossa.ui.internal.views.ViewCommands;

/**
 * The pictures of the Codebook and Memos views for the docs ({@code docs/codebook.png}, {@code docs/codebook-case.png}, {@code docs/memos.png}): the
 * sample article in a case, with a nested and a retired type, and memos on the document, a section and annotations.
 * Not a test of behaviour (run it by name: {@code -Dtest=CodebookMemosScreenshot}).
 */
class CodebookMemosScreenshot {

    @Test
    void codebookAndMemos() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Policy case");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        SyntheticDocuments.writeArticle(project.getLocation().toFile().toPath().resolve("openai-deepseek.txt"), sample, 0, 40);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile file = project.getFile("openai-deepseek.txt");
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1600, 1000);
        EditorTestSupport.page().closeAllEditors(false);
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), file, "glossa.ui.editor");
        EditorTestSupport.settle();
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Document document = context.article().document();
        AnnotationType claim = Codebooks.find(document.getCodebook(), "claim").orElseThrow();
        AnnotationType measure = Codebooks.find(document.getCodebook(), "policy-measure").orElseThrow();
        List<Annotation> claims = CodebookCommands.annotationsOf(document, claim);
        ViewCommands.execute(context, CodebookCommands.split(context.editingDomain(), document, claim,
                "Cost claim", List.copyOf(claims.subList(0, Math.min(3, claims.size())))));
        AnnotationType old = CodebookCommands.newType(document.getCodebook(), "Open-source pledge", "#9467BD");
        ViewCommands.execute(context, CodebookCommands.add(context.editingDomain(), document.getCodebook(), measure, old));
        ViewCommands.execute(context, CodebookCommands.set(context.editingDomain(), old, Literals.ANNOTATION_TYPE__RETIRED, true));

        CodebookView codebook = (CodebookView) EditorTestSupport.page().showView(CodebookView.ID);
        codebook.setQuestion((shell, dragged, target, n) -> NestOrMerge.Choice.CANCEL);
        EditorTestSupport.page().activate(codebook);
        TestSupport.waitUntil(() -> codebook.caseCounts() != null, 20_000);
        codebook.viewer().expandAll();
        codebook.viewer().setSelection(new StructuredSelection(claim), true);
        TestSupport.processEvents(Display.getCurrent(), 1000);
        EditorTestSupport.saveWindowPng(window, Harness.docs("codebook.png"));
        codebook.drop(claim, claim, ViewerDropAdapter.LOCATION_ON);

        ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), document,
                "Framing: cost parity as an argument against export controls. Compare with the 2023 rules."));
        ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), document.getSections().get(1),
                "The section carries most of the policy measures; check the actors."));
        List<Annotation> annotations = document.getAnnotations();
        String[] notes = { "Quoted from the company blog, not an official source.", "Actor unclear: ministry or industry body?",
                "Counter-strategy or only a claim? Discuss with the second coder." };
        for (int i = 0; i < notes.length && i * 7 < annotations.size(); i++) {
            ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), annotations.get(i * 7), notes[i]));
        }
        MemosView memos = (MemosView) EditorTestSupport.page().showView(MemosView.ID);
        EditorTestSupport.page().activate(memos);
        TestSupport.waitUntil(() -> memos.shownRows().size() >= 4, 5_000);
        memos.viewer().setSelection(new StructuredSelection(memos.shownRows().get(2)), true);
        memos.jump(memos.shownRows().get(2));
        TestSupport.processEvents(Display.getCurrent(), 1000);
        EditorTestSupport.saveWindowPng(window, Harness.docs("memos.png"));
        EditorTestSupport.page().closeAllEditors(false);

        // No article open: the case's shared codebook, the case selected in the Project Explorer.
        CommonNavigator explorer = (CommonNavigator) EditorTestSupport.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().setSelection(new StructuredSelection(project), true);
        EditorTestSupport.page().activate(codebook);
        TestSupport.waitUntil(() -> codebook.sharedCodebook() != null && codebook.caseCounts() != null, 20_000);
        codebook.viewer().expandAll();
        codebook.viewer().setSelection(new StructuredSelection(
                Codebooks.find(codebook.sharedCodebook().codebook(), "claim").orElseThrow()), true);
        TestSupport.processEvents(Display.getCurrent(), 1000);
        EditorTestSupport.saveWindowPng(window,
                Harness.docs("codebook-case.png"));
        EditorTestSupport.page().hideView(memos);
        EditorTestSupport.page().hideView(codebook);
        project.delete(true, true, null);
    }
}
