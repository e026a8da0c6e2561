package glossa.core.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.imports.CodebookImport;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/**
 * Codebook files through the format registry: the formats it lists (REFI-QDA .qdc and Glossa's own XMI), a round
 * trip through each, what an import adds to a codebook, and the command line's {@code codebook export|import} on
 * cases and articles.
 */
class CodebookFormatsTest {

    private final FormatRegistry registry = FormatRegistry.instance();

    @TempDir
    Path dir;

    /** A codebook of two levels: 技术管制 (with a choice attribute) holding 芯片, and a retired type. */
    private static Codebook sample() {
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        AnnotationType control = type("tech-control", "技术管制", "#4D9DE0");
        AttributeDefinition scope = GlossaFactory.eINSTANCE.createAttributeDefinition();
        scope.setName("scope");
        scope.setKind(AttributeKind.CHOICE);
        scope.getChoices().addAll(List.of("全球", "地区"));
        control.getAttributes().add(scope);
        control.getChildren().add(type("chips", "芯片", "#E15554"));
        AnnotationType old = type("old-code", "Old code", "#999999");
        old.setRetired(true);
        codebook.getTypes().addAll(List.of(control, old));
        return codebook;
    }

    private static AnnotationType type(String id, String name, String color) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor(color);
        return type;
    }

    private static List<String> ids(Codebook codebook) {
        return Codebooks.allTypes(codebook).stream().map(AnnotationType::getId).toList();
    }

    private static byte[] written(CodebookFormat format, Codebook codebook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(codebook, out);
        return out.toByteArray();
    }

    @Test
    void theRegistryListsTheCodebookFormats() {
        assertEquals(List.of("qdc", "glossa"), registry.codebookFormats().stream().map(CodebookFormat::id).toList());
        assertEquals("qdc", registry.codebookFormatForFile("/x/Codes.QDC").orElseThrow().id());
        assertEquals("glossa", registry.codebookFormatForFile(".glossa-codebook.xmi").orElseThrow().id());
        assertTrue(registry.codebookFormatForFile("codes.txt").isEmpty());
        assertEquals("glossa", registry.codebookFormat("Glossa").id());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> registry.codebookFormat("nvp"));
        assertEquals("unknown codebook format 'nvp' (qdc, glossa)", unknown.getMessage());
    }

    @Test
    void eachFormatReadsBackWhatItWrote() throws Exception {
        for (CodebookFormat format : registry.codebookFormats()) {
            Codebook back = format.read(written(format, sample()));
            assertEquals(List.of("tech-control", "chips", "old-code"), ids(back), format.id());
            AnnotationType control = back.getTypes().get(0);
            assertEquals("技术管制", control.getName(), format.id());
            assertEquals("#4D9DE0", control.getColor().toUpperCase(java.util.Locale.ROOT), format.id());
            assertEquals("芯片", control.getChildren().get(0).getName(), format.id());
            assertEquals(List.of("全球", "地区"), control.getAttributes().get(0).getChoices(), format.id());
            assertTrue(back.getTypes().get(1).isRetired(), format.id());
            assertEquals(null, back.eResource(), "attached to nothing");
        }
        ImportFormatException notXml = assertThrows(ImportFormatException.class,
                () -> registry.codebookFormat("glossa").read("<Project/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notXml.getMessage().contains("not a Glossa codebook"), notXml.getMessage());
        assertThrows(ImportFormatException.class,
                () -> registry.codebookFormat("qdc").read("no xml".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anImportAddsWhatTheCodebookLacksUnderItsParent() {
        Codebook target = GlossaFactory.eINSTANCE.createCodebook();
        target.getTypes().add(type("control", "技术管制", "#000000")); // the same name, another id
        target.getTypes().add(type("old-code", "Something else", "#111111")); // the same id
        target.getTypes().add(type("chips", "Chips elsewhere", "#222222")); // the id of 芯片 and of a new child
        Codebook imported = sample();
        imported.getTypes().add(type("new-top", "新类型", "#333333"));
        imported.getTypes().get(2).getChildren().add(type("chips", "Another chips", "#444444"));

        ImportResult result = CodebookImport.additions(target, imported);
        assertEquals(List.of("control", "old-code", "chips"), ids(target), "nothing changes before applying");
        assertEquals(3, result.report().alreadyPresent(), "技术管制 by name; 芯片 (chips) and old-code by id");
        assertEquals(List.of("new-top"), result.types().stream().map(t -> t.type().getId()).toList());
        AnnotationType added = result.types().get(0).type();
        assertEquals(List.of("chips-2"), added.getChildren().stream().map(AnnotationType::getId).toList(),
                "a child whose id is taken gets a free one");
        CodebookImport.applyTo(target, result.types());
        assertEquals(List.of("control", "old-code", "chips", "new-top", "chips-2"), ids(target));
        assertTrue(CodebookImport.additions(target, imported).types().isEmpty(), "a second import adds nothing");
    }

    @Test
    void anImportNamesEachClashAndEachNewId() {
        Codebook target = GlossaFactory.eINSTANCE.createCodebook();
        target.getTypes().add(type("control", "技术管制", "#000000"));
        target.getTypes().add(type("old-code", "Something else", "#111111"));
        target.getTypes().add(type("chips", "Chips elsewhere", "#222222"));
        Codebook imported = GlossaFactory.eINSTANCE.createCodebook();
        imported.getTypes().add(type("tech-control", "技术管制", "#4D9DE0"));
        imported.getTypes().add(type("old-code", "Old code", "#999999"));
        imported.getTypes().add(type("control", "技术管制", "#4D9DE0"));
        AnnotationType top = type("new-top", "新类型", "#333333");
        top.getChildren().add(type("chips", "Another chips", "#444444"));
        imported.getTypes().add(top);

        List<String> messages = CodebookImport.additions(target, imported).report().problems().stream()
                .map(glossa.exchange.imports.ImportReport.Problem::message).toList();
        assertEquals(List.of(
                "type '技术管制' (tech-control) not added: the name is taken by control, which is kept",
                "type 'Old code' not added: its id old-code is taken by 'Something else', which is kept",
                "type '技术管制' is already in the codebook as control; not added again",
                "type 'Another chips' added as chips-2: the id chips is taken"), messages);
    }

    @Test
    void theCommandLineExportsAndImportsCodebooksOfCasesAndArticles() throws Exception {
        Path caseOne = Files.createDirectories(dir.resolve("one"));
        Path caseTwo = Files.createDirectories(dir.resolve("two"));
        Path article = caseTwo.resolve("article.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), article);
        Path file = dir.resolve("sample.xmi");
        Files.write(file, written(registry.codebookFormat("glossa"), sample()));

        // Into a case: its shared codebook file is written.
        CliRun first = CliRun.of("codebook", "import", caseOne.toString(), file.toString(), "--json");
        assertEquals(0, first.code(), first.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(first.out());
        assertEquals(3, ((Number) json.get("added")).intValue());
        assertEquals(List.of("tech-control", "old-code"), json.get("types"));
        List<String> caseIds = CaseCodebook.load(caseOne).typeIds();
        assertTrue(caseIds.containsAll(List.of("tech-control", "chips", "old-code")), caseIds.toString());
        assertTrue(caseIds.contains(DefaultCodebook.CLAIM), "the default types stay");

        // Out of the case as REFI-QDA (format from the extension), into an article.
        Path qdc = dir.resolve("case.qdc");
        CliRun export = CliRun.of("codebook", "export", caseOne.toString(), qdc.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.readString(qdc, StandardCharsets.UTF_8).contains("urn:QDA-XML:codebook:1.0"));
        CliRun intoArticle = CliRun.of("codebook", "import", article.toString(), qdc.toString());
        assertEquals(0, intoArticle.code(), intoArticle.err());
        assertTrue(intoArticle.out().startsWith("imported 3 types into"), intoArticle.out());
        CliRun types = CliRun.of("types", article.toString(), "--json");
        assertTrue(types.out().contains("\"tech-control\"") && types.out().contains("\"chips\""), types.out());
        CliRun again = CliRun.of("codebook", "import", article.toString(), qdc.toString(), "--format", "qdc");
        assertTrue(again.out().startsWith("imported 0 types"), again.out());

        // Bad input: one clear error naming the file; nothing written.
        Path bad = dir.resolve("bad.qdc");
        Files.writeString(bad, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"x\"/></Codes>"
                + "</CodeBook>");
        Path sidecarFile = glossa.core.AnnotatedArticle.sidecarOf(article);
        byte[] sidecar = Files.readAllBytes(sidecarFile);
        CliRun refused = CliRun.of("codebook", "import", article.toString(), bad.toString());
        assertEquals(GlossaCli.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("bad.qdc:"), refused.err());
        assertTrue(java.util.Arrays.equals(sidecar, Files.readAllBytes(sidecarFile)), "the sidecar is untouched");
        CliRun unknown = CliRun.of("codebook", "export", caseOne.toString(), dir.resolve("codes.txt").toString());
        assertEquals(GlossaCli.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("--format"), unknown.err());
        assertFalse(Files.exists(dir.resolve("codes.txt")));
        assertNotNull(registry.codebookFormat("qdc"));
    }
}
