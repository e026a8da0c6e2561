package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.codebook.Codebooks;
import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.codebook.ImportCodebookHandler;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.CodebookView;

/**
 * Import and Export of the Codebook view: both commands are there and handled while the view is active, an import
 * of a REFI-QDA codebook adds the missing types in one undoable step, and a bad file changes nothing and says why.
 */
class CodebookFilesTest {

    private IProject project;

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("codebook-files-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        project.delete(true, true, null);
    }

    private static Codebook sample() {
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        AnnotationType control = GlossaFactory.eINSTANCE.createAnnotationType();
        control.setId("tech-control");
        control.setName("技术管制");
        control.setColor("#4D9DE0");
        AnnotationType chips = GlossaFactory.eINSTANCE.createAnnotationType();
        chips.setId("chips");
        chips.setName("芯片");
        chips.setColor("#E15554");
        control.getChildren().add(chips);
        AnnotationType claim = GlossaFactory.eINSTANCE.createAnnotationType();
        claim.setId("claim");
        claim.setName("Claim");
        claim.setColor("#000000");
        codebook.getTypes().addAll(List.of(control, claim));
        return codebook;
    }

    private static void run(Job job) throws InterruptedException {
        job.join();
        for (int i = 0; i < 20; i++) {
            EditorTestSupport.settle(); // the job hands the result to the UI thread
        }
    }

    @Test
    void importsACodebookInOneUndoableStep() throws Exception {
        IFile file = project.getFile("a.txt");
        file.create(new ByteArrayInputStream("标题\n美国政府讨论技术出口管制。\n".getBytes(StandardCharsets.UTF_8)), true,
                null);
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), file, "glossa.ui.editor");
        EditorTestSupport.settle();
        GlossaEditorContext context = EditorTestSupport.context(editor);
        CodebookView view = (CodebookView) EditorTestSupport.page().showView(CodebookView.ID);
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("glossa.ui.codebook.import", "glossa.ui.codebook.export")) {
            Command command = commands.getCommand(id);
            assertTrue(command.isDefined() && command.isHandled(), id + " is handled in the Codebook view");
        }

        CodebookFormat qdc = FormatRegistry.instance().codebookFormat("qdc");
        Path qdcFile = Files.createTempFile("codebook", ".qdc");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        qdc.write(sample(), bytes);
        Files.write(qdcFile, bytes.toByteArray());
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Codebook codebook = context.article().document().getCodebook();
        int before = Codebooks.allTypes(codebook).size();

        run(ImportCodebookHandler.importFile(context, qdcFile, qdc, view.getSite().getShell(), done::add,
                failed::add));
        assertEquals(List.of(), failed);
        assertEquals(1, done.size());
        assertEquals(org.eclipse.osgi.util.NLS.bind(glossa.ui.internal.codebook.Messages.Import_done,
                new Object[] { 2, 1, qdcFile.getFileName() }), done.get(0), "two added, Claim already there");
        assertEquals(before + 2, Codebooks.allTypes(codebook).size(), "技术管制 and 芯片; Claim is there already");
        AnnotationType control = Codebooks.find(codebook, "tech-control").orElseThrow();
        assertEquals("chips", control.getChildren().get(0).getId());
        assertTrue(editor.isDirty(), "saved like any other change");
        view.viewer().refresh();
        assertTrue(view.viewer().getTree().getItemCount() >= 4, "the view shows the new type");

        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        EditorTestSupport.settle();
        assertEquals(before, Codebooks.allTypes(codebook).size(), "one undo removes the whole import");
        assertFalse(Codebooks.find(codebook, "chips").isPresent());

        Path bad = Files.createTempFile("bad", ".qdc");
        Files.writeString(bad, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"x\"/></Codes>"
                + "</CodeBook>");
        run(ImportCodebookHandler.importFile(context, bad, qdc, view.getSite().getShell(), done::add, failed::add));
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).contains(bad.getFileName().toString()), failed.get(0));
        assertEquals(before, Codebooks.allTypes(codebook).size(), "nothing added from a bad file");
        Files.delete(qdcFile);
        Files.delete(bad);
    }
}
