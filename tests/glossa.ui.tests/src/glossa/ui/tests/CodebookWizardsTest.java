package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.cases.CaseCodebooks;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.transfer.ExportCodebookWizard;
import glossa.ui.internal.transfer.ImportCodebookWizard;

/**
 * File &gt; Export and File &gt; Import list a Codebook wizard (category Glossa) that offers every codebook format of
 * the registry, writes the case's or the open article's codebook, and imports a codebook file into either: into the
 * article as one undoable step, into the case saved at once; clashes are listed, a bad file is named.
 */
class CodebookWizardsTest {

    @TempDir
    Path outside;

    private IProject project;

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("codebook-wizards-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        project.delete(true, true, null);
    }

    private static CodebookFormat format(String id) {
        return FormatRegistry.instance().codebookFormat(id);
    }

    private static AnnotationType type(String id, String name, String color) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor(color);
        return type;
    }

    /** 技术管制 with a child 芯片, and two clashes with the default codebook: one by id, one by name. */
    private static Codebook incoming(String measureName) {
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        AnnotationType control = type("tech-control", "技术管制", "#4D9DE0");
        control.getChildren().add(type("chips", "芯片", "#E15554"));
        codebook.getTypes().addAll(List.of(control, type("claim", "主张（另一个）", "#000000"),
                type("measure", measureName, "#111111")));
        return codebook;
    }

    private Path file(String name, CodebookFormat format, Codebook codebook) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(codebook, bytes);
        Path file = outside.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private GlossaEditor openArticle() throws Exception {
        IFile file = project.getFile("a.txt");
        file.create(new ByteArrayInputStream("标题\n美国政府讨论技术出口管制。\n".getBytes(StandardCharsets.UTF_8)), true,
                null);
        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), file, "glossa.ui.editor");
        EditorTestSupport.settle();
        return editor;
    }

    private static List<String> names(Codebook codebook) {
        return Codebooks.allTypes(codebook).stream().map(AnnotationType::getName).toList();
    }

    @Test
    void bothListEveryCodebookFormatOfTheRegistry() throws Exception {
        assertEquals("Glossa", TransferWizardsTest.exportWizard("glossa.ui.exportCodebookWizard").getCategory()
                .getLabel());
        assertEquals("Codebook", TransferWizardsTest.importWizard("glossa.ui.importCodebookWizard").getLabel());
        List<String> labels = FormatRegistry.instance().codebookFormats().stream().map(CodebookFormat::label)
                .toList();
        assertTrue(labels.size() >= 2, "REFI-QDA and Glossa codebooks at least: " + labels);

        WizardDialog export = TransferWizardsTest.open(TransferWizardsTest.exportWizard(
                "glossa.ui.exportCodebookWizard"), project);
        assertEquals(labels, ((ExportCodebookWizard) export.getCurrentPage().getWizard()).formatNames(),
                "the registry's formats, in its order, named by their labels (English has no translation of its own)");
        export.close();
        WizardDialog importDialog = TransferWizardsTest.open(TransferWizardsTest.importWizard(
                "glossa.ui.importCodebookWizard"), project);
        assertEquals(labels, ((ImportCodebookWizard) importDialog.getCurrentPage().getWizard()).formatNames());
        importDialog.close();
    }

    @Test
    void exportsTheCaseCodebookInEachFormat() throws Exception {
        CaseCodebook shared = CaseCodebooks.of(project);
        shared.edit(codebook -> codebook.getTypes().add(type("tech-control", "技术管制", "#4D9DE0")));

        WizardDialog dialog = TransferWizardsTest.open(TransferWizardsTest.exportWizard(
                "glossa.ui.exportCodebookWizard"), project);
        ExportCodebookWizard wizard = (ExportCodebookWizard) dialog.getCurrentPage().getWizard();
        assertFalse(wizard.canFinish(), "no file yet");
        wizard.setTarget(Path.of("codes.qdc"));
        assertFalse(wizard.canFinish(), "a relative path is refused");
        Path qdc = outside.resolve("codes.qdc");
        wizard.setTarget(qdc);
        wizard.chooseFormat("qdc");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        wizard.job().join();
        assertTrue(wizard.job().getResult().isOK(), String.valueOf(wizard.job().getResult()));
        String written = Files.readString(qdc, StandardCharsets.UTF_8);
        assertTrue(written.contains("urn:QDA-XML:codebook:1.0") && written.contains("name=\"技术管制\""), written);
        assertEquals(names(shared.snapshot()), names(format("qdc").read(Files.readAllBytes(qdc))),
                "every type of the case codebook, in order");

        dialog = TransferWizardsTest.open(TransferWizardsTest.exportWizard("glossa.ui.exportCodebookWizard"),
                project);
        wizard = (ExportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.setTarget(outside.resolve("codes.qdc"));
        wizard.chooseFormat("glossa");
        assertTrue(wizard.performFinish());
        dialog.close();
        wizard.job().join();
        Path xmi = outside.resolve("codes." + format("glossa").extension());
        assertTrue(Files.exists(xmi), "the chosen format gives the file its extension");
        Codebook back = format("glossa").read(Files.readAllBytes(xmi));
        assertEquals("#4D9DE0", Codebooks.find(back, "tech-control").orElseThrow().getColor());
        assertEquals(names(shared.snapshot()), names(back));
    }

    @Test
    void exportsTheOpenArticlesCodebook() throws Exception {
        GlossaEditor editor = openArticle();
        GlossaEditorContext context = EditorTestSupport.context(editor);
        context.article().document().getCodebook().getTypes().add(type("only-here", "仅此文章", "#123456"));

        WizardDialog dialog = TransferWizardsTest.open(TransferWizardsTest.exportWizard(
                "glossa.ui.exportCodebookWizard"), project);
        ExportCodebookWizard wizard = (ExportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.chooseArticle(true);
        Path qdc = outside.resolve("article.qdc");
        wizard.setTarget(qdc);
        assertTrue(wizard.performFinish());
        dialog.close();
        wizard.job().join();
        assertTrue(wizard.job().getResult().isOK(), String.valueOf(wizard.job().getResult()));
        assertEquals(names(context.article().document().getCodebook()),
                names(format("qdc").read(Files.readAllBytes(qdc))));
        assertTrue(Files.readString(qdc, StandardCharsets.UTF_8).contains("仅此文章"));
    }

    @Test
    void importsIntoTheOpenArticleInOneUndoableStepListingTheClashes() throws Exception {
        GlossaEditor editor = openArticle();
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Codebook codebook = context.article().document().getCodebook();
        String measureName = Codebooks.find(codebook, "policy-measure").orElseThrow().getName();
        String claimName = Codebooks.find(codebook, "claim").orElseThrow().getName();
        List<String> before = names(codebook);
        Path qdc = file("incoming.qdc", format("qdc"), incoming(measureName));

        WizardDialog dialog = TransferWizardsTest.open(TransferWizardsTest.importWizard(
                "glossa.ui.importCodebookWizard"), project);
        ImportCodebookWizard wizard = (ImportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.chooseArticle(true);
        wizard.setSource(qdc);
        assertEquals("qdc", wizard.formatId(), "the file's extension chooses the format");
        assertFalse(wizard.canFinish(), "nothing read yet");
        dialog.showPage(wizard.reportPage()); // Next: reads the file
        assertSame(wizard.reportPage(), dialog.getCurrentPage());
        List<String> rows = wizard.reportRows();
        assertTrue(rows.contains("Add: 技术管制 (tech-control)"), String.valueOf(rows));
        assertTrue(rows.contains("Add: 芯片 (chips), under 技术管制"), String.valueOf(rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Not added:") && r.contains("claim")
                && r.contains(claimName)), "a clash of ids names both types: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Not added:") && r.contains(measureName)
                && r.contains("policy-measure")), "a clash of names names the type kept: " + rows);
        assertEquals(before, names(codebook), "nothing changes before Finish");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();

        assertEquals(2, wizard.result().report().imported());
        assertEquals("chips", Codebooks.find(codebook, "tech-control").orElseThrow().getChildren().get(0).getId());
        assertEquals(claimName, Codebooks.find(codebook, "claim").orElseThrow().getName(), "never overwritten");
        assertFalse(Codebooks.find(codebook, "measure").isPresent(), "a type of the same name is not added twice");
        assertTrue(editor.isDirty(), "saved like any other change");

        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        EditorTestSupport.settle();
        assertEquals(before, names(codebook), "one undo takes the whole import back");
    }

    @Test
    void importsIntoTheCaseCodebookAndSavesIt() throws Exception {
        Path root = project.getLocation().toFile().toPath();
        Codebook incoming = GlossaFactory.eINSTANCE.createCodebook();
        incoming.getTypes().add(type("tech-control", "技术管制", "#4D9DE0"));
        Path xmi = file("shared.xmi", format("glossa"), incoming);

        WizardDialog dialog = TransferWizardsTest.open(TransferWizardsTest.importWizard(
                "glossa.ui.importCodebookWizard"), project);
        ImportCodebookWizard wizard = (ImportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.setSource(xmi);
        assertEquals("glossa", wizard.formatId());
        dialog.showPage(wizard.reportPage());
        assertEquals(List.of("Add: 技术管制 (tech-control)"), wizard.reportRows());
        assertTrue(wizard.performFinish());
        dialog.close();
        assertTrue(Files.exists(CaseCodebook.fileOf(root)), "saved at once");
        assertEquals("技术管制", Codebooks.find(CaseCodebook.load(root).codebook(), "tech-control").orElseThrow()
                .getName(), "the saved case codebook holds the type");

        dialog = TransferWizardsTest.open(TransferWizardsTest.importWizard("glossa.ui.importCodebookWizard"),
                project);
        wizard = (ImportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.setSource(xmi);
        dialog.showPage(wizard.reportPage());
        assertFalse(wizard.canFinish(), "a second import has nothing to add");
        assertNotNull(wizard.reportPage().getErrorMessage());
        assertTrue(wizard.reportPage().getErrorMessage().contains("shared.xmi"), wizard.reportPage().getErrorMessage());
        dialog.close();
    }

    @Test
    void aBadFileIsNamedAndNothingChanges() throws Exception {
        Path bad = outside.resolve("broken.qdc");
        Files.writeString(bad, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"x\"/></Codes>"
                + "</CodeBook>");
        List<String> before = CaseCodebooks.of(project).typeIds();

        WizardDialog dialog = TransferWizardsTest.open(TransferWizardsTest.importWizard(
                "glossa.ui.importCodebookWizard"), project);
        ImportCodebookWizard wizard = (ImportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.setSource(outside.resolve("missing.qdc"));
        assertTrue(wizard.sourceError().contains("missing.qdc"), wizard.sourceError());
        wizard.setSource(bad);
        assertNull(wizard.sourceError());
        dialog.showPage(wizard.reportPage());
        assertFalse(dialog.getCurrentPage() == wizard.reportPage(), "stays on the first page");
        assertTrue(wizard.sourceError().contains(bad.toString()), "names the file: " + wizard.sourceError());
        assertFalse(wizard.canFinish());
        dialog.close();
        assertEquals(before, CaseCodebooks.of(project).typeIds());
        assertFalse(Files.exists(CaseCodebook.fileOf(project.getLocation().toFile().toPath())), "nothing written");
    }

    @Test
    void anUnreadableCaseCodebookIsNeverWrittenOver() throws Exception {
        Path caseFile = CaseCodebook.fileOf(project.getLocation().toFile().toPath());
        Files.writeString(caseFile, "<not a codebook", StandardCharsets.UTF_8);
        Codebook incoming = GlossaFactory.eINSTANCE.createCodebook();
        incoming.getTypes().add(type("tech-control", "技术管制", "#4D9DE0"));
        Path qdc = file("incoming.qdc", format("qdc"), incoming);

        WizardDialog dialog = TransferWizardsTest.open(TransferWizardsTest.importWizard(
                "glossa.ui.importCodebookWizard"), project);
        ImportCodebookWizard wizard = (ImportCodebookWizard) dialog.getCurrentPage().getWizard();
        wizard.setSource(qdc);
        dialog.showPage(wizard.reportPage());
        assertFalse(dialog.getCurrentPage() == wizard.reportPage(), "stays on the first page");
        assertTrue(wizard.sourceError().contains(project.getName()), wizard.sourceError());
        assertFalse(wizard.canFinish());
        dialog.close();
        assertEquals("<not a codebook", Files.readString(caseFile, StandardCharsets.UTF_8), "left byte for byte");
    }
}
