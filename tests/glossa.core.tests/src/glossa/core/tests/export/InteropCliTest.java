package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.core.tests.cli.CliRun;

/** The REFI-QDA and UIMA XMI formats on the command line: export, case-export, import, import-project. */
class InteropCliTest {

    @TempDir
    Path dir;

    private Path annotatedCopy(String name) throws IOException {
        Path article = dir.resolve(name);
        Files.copy(Path.of(System.getProperty("glossa.sample")), article);
        CliRun claim = CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek",
                "--occurrence", "2", "--memo", "备注 😀", "--author", "陈静", "--attr", "stance=critical");
        assertEquals(0, claim.code(), claim.err());
        CliRun measure = CliRun.of("annotate", article.toString(), "--type", "policy-measure", "--quote",
                "技术出口管制", "--occurrence", "1");
        assertEquals(0, measure.code(), measure.err());
        return article;
    }

    @Test
    void exportImportProjectAndListAgree() throws IOException {
        Path article = annotatedCopy("a.txt");
        Path qdpx = dir.resolve("a.qdpx");
        CliRun export = CliRun.of("export", article.toString(), "--format", "qdpx", "-o", qdpx.toString());
        assertEquals(0, export.code(), export.err());
        CliRun imported = CliRun.of("import-project", qdpx.toString(), dir.resolve("case").toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("imported 1 articles, 2 annotations"), imported.out());
        CliRun before = CliRun.of("list", article.toString(), "--json");
        CliRun after = CliRun.of("list", dir.resolve("case/a.txt").toString(), "--json");
        assertEquals(before.out(), after.out());
        CliRun again = CliRun.of("import-project", qdpx.toString(), dir.resolve("case").toString());
        assertEquals(GlossaCli.BAD_INPUT, again.code());
        assertTrue(again.err().contains("not an empty folder"), again.err());
    }

    @Test
    void caseExportAndSkippedItemsExitThree() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("origin"));
        Files.move(annotatedCopy("x.txt"), caseDir.resolve("x.txt"));
        Files.move(dir.resolve("x.txt.glossa"), caseDir.resolve("x.txt.glossa"));
        Path qdpx = dir.resolve("case.qdpx");
        CliRun export = CliRun.of("case-export", caseDir.toString(), "--format", "qdpx", "-o", qdpx.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(0, CliRun.of("import-project", qdpx.toString(), dir.resolve("copy").toString()).code());

        Path atlas = RefiQdaFiles.zipFolder("handwritten/atlas-ti", dir);
        CliRun skipped = CliRun.of("import-project", atlas.toString(), dir.resolve("atlas").toString());
        assertEquals(GlossaCli.SOME_SKIPPED, skipped.code(), skipped.err());
        assertTrue(skipped.err().contains("skipped: PDFSource 'Report.pdf'"), skipped.err());
        assertTrue(skipped.err().contains("glossa: " + atlas + ": 2 items skipped"), skipped.err());
        assertTrue(Files.isRegularFile(dir.resolve("atlas/Interview 1.txt.glossa")));
    }

    @Test
    void badProjectIsOneLineExitTwoAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.qdpx");
        Files.write(bad, RefiQdaFiles.zip(java.util.Map.of("project.qde",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Project name=\"&e;\"/>"
                        .getBytes(StandardCharsets.UTF_8))));
        CliRun run = CliRun.of("import-project", bad.toString(), dir.resolve("case").toString());
        assertEquals(GlossaCli.BAD_INPUT, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("bad.qdpx:1:") && run.err().contains("project.qde") && run.err().contains("DOCTYPE"),
                run.err());
        assertFalse(Files.exists(dir.resolve("case")));
    }

    @Test
    void codebookExportAndImportThroughTheRegistry() throws IOException {
        Path article = annotatedCopy("b.txt");
        Path qdc = dir.resolve("b.qdc");
        assertEquals(0, CliRun.of("export", article.toString(), "--format", "qdc", "-o", qdc.toString()).code());
        CliRun atlas = CliRun.of("import", article.toString(), "--from", "qdc",
                RefiQdaFiles.fixture("handwritten/atlas-ti.qdc").toString());
        assertEquals(0, atlas.code(), atlas.err());
        assertTrue(atlas.out().contains("imported 3 of 4 codes"), atlas.out());
        CliRun types = CliRun.of("types", article.toString(), "--json");
        assertTrue(types.out().contains("\"Talent\"") && types.out().contains("人才流动"), types.out());
    }

    @Test
    void uimaXmiExportWritesTheTypeSystemBesideAndImportsBack() throws IOException {
        Path article = annotatedCopy("c.txt");
        Path xmi = dir.resolve("out/c.xmi");
        Files.createDirectories(xmi.getParent());
        CliRun export = CliRun.of("export", article.toString(), "--format", "uima-xmi", "-o", xmi.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/TypeSystem.xml")));
        assertEquals(0, CliRun.of("export", article.toString(), "--format", "uima-xmi", "-o", xmi.toString(), "--force")
                .code(), "the same TypeSystem.xml is no obstacle");
        Path copy = dir.resolve("d.txt");
        Files.copy(article, copy);
        CliRun imported = CliRun.of("import", copy.toString(), "--from", "uima-xmi", xmi.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(CliRun.of("list", article.toString(), "--json").out(),
                CliRun.of("list", copy.toString(), "--json").out());
    }
}
