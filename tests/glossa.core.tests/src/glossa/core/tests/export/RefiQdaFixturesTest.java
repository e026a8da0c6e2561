package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.imports.ProjectImport;
import glossa.exchange.imports.QdcImporter;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/** Projects and codebooks in the shapes other tools write, and real ATLAS.ti exports, import as they should. */
class RefiQdaFixturesTest {

    @TempDir
    Path dir;

    private CaseArticles.Loaded importFolder(String fixture, ProjectImport.Result[] result) throws IOException {
        Path qdpx = RefiQdaFiles.zipFolder(fixture, dir);
        result[0] = ProjectImport.run(qdpx, dir.resolve("case"), new NullProgressMonitor());
        return CaseArticles.load(dir.resolve("case"), null);
    }

    private static AnnotationType type(Codebook codebook, String name) {
        return Codebooks.allTypes(codebook).stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void atlasTiShapedProjectImportsWithNestedCodesNotesLinksAndSkipsThePdf() throws IOException {
        ProjectImport.Result[] result = new ProjectImport.Result[1];
        CaseArticles.Loaded loaded = importFolder("handwritten/atlas-ti", result);
        assertEquals(1, loaded.articles().size());
        AnnotatedArticle article = loaded.articles().get(0);
        assertEquals("Interview 1.txt", article.articlePath().getFileName().toString(), "the .docx name gets .txt");
        assertEquals(Files.readString(RefiQdaFiles.fixture(
                "handwritten/atlas-ti/Sources/6F1B0C2A-3E55-4A7B-9C1D-0E2F3A4B5C6D.txt")), article.text());
        Codebook codebook = loaded.codebook().codebook();
        AnnotationType policy = type(codebook, "Policy");
        assertTrue(policy.isRetired(), "a code group (isCodable=false) is offered for no new annotations");
        assertEquals(List.of("Export control", "开源 strategy"),
                policy.getChildren().stream().map(AnnotationType::getName).toList());
        assertEquals("export-control", policy.getChildren().get(0).getId());
        assertTrue(policy.getChildren().get(1).getId().startsWith("code-086ac733"));
        assertEquals("#0066FF", policy.getChildren().get(1).getColor());
        assertEquals("Code group for policy codes", policy.getDescription());

        List<Annotation> annotations = article.document().getAnnotations();
        assertEquals(2, annotations.size());
        Annotation fear = annotations.get(0);
        assertEquals("技术出口管制", fear.getQuote());
        assertEquals(fear.getQuote(), article.text().substring(fear.getBegin(), fear.getEnd()));
        assertEquals("export-control", fear.getType().getId());
        assertEquals("Ana Analyst", fear.getAuthor());
        assertEquals("What the interviewee fears\n\nSaid twice, with emphasis 😀", fear.getMemo());
        assertEquals("a-4191294a-e287-4510-9b47-5d4e0e8b6c11", fear.getId());
        assertEquals("Open source 🚀 开源模型", annotations.get(1).getQuote());
        assertEquals(1, article.document().getRelations().size());
        assertEquals("is answered by", article.document().getRelations().get(0).getKind());
        assertEquals(2, result[0].skipped().size(), result[0].skipped().toString());
        assertTrue(result[0].skipped().get(0).startsWith("PDFSource 'Report.pdf'"), result[0].skipped().toString());
        assertTrue(result[0].skipped().get(0).contains("1 selection"));
        assertTrue(result[0].skipped().get(1).contains("coding(s) of the whole source"));
    }

    @Test
    void qualCoderShapedProjectWithInlineTextImports() throws IOException {
        ProjectImport.Result[] result = new ProjectImport.Result[1];
        CaseArticles.Loaded loaded = importFolder("handwritten/qualcoder", result);
        AnnotatedArticle article = loaded.articles().get(0);
        assertEquals("interview_firmA.txt", article.articlePath().getFileName().toString());
        assertEquals("Firm A interview", article.document().getTitle(), "from the Title variable");
        List<Annotation> annotations = article.document().getAnnotations();
        assertEquals(3, annotations.size(), "two codings on one selection make two annotations");
        assertEquals("芯片限制", annotations.get(0).getQuote());
        assertNull(annotations.get(0).getCreated(), "a date without a zone separator is left empty");
        assertEquals("我们转向国产 GPU 🇨🇳", annotations.get(1).getQuote());
        assertEquals("coder2", annotations.get(1).getAuthor());
        assertEquals("default", annotations.get(2).getAuthor());
        assertEquals(List.of("adaptation", "constraint"), annotations.subList(1, 3).stream()
                .map(a -> a.getType().getId()).sorted().toList());
        assertEquals(1, result[0].skipped().size());
        assertTrue(result[0].skipped().get(0).startsWith("PictureSource 'photo.jpg'"));
    }

    @Test
    void realAtlasTiExportsImport() throws IOException {
        ProjectImport.Result blank = ProjectImport.run(RefiQdaFiles.fixture("ponte/blank-atlas-project.qdpx"),
                dir.resolve("blank"), null);
        assertEquals(0, blank.articles());
        assertEquals(0, blank.types());
        ProjectImport.Result target = ProjectImport.run(RefiQdaFiles.fixture("ponte/target-atlas-project.qdpx"),
                dir.resolve("target"), null);
        assertEquals(3, target.types());
        Codebook codebook = CaseArticles.load(dir.resolve("target"), null).codebook().codebook();
        AnnotationType commits = type(codebook, "Commits");
        assertEquals(List.of("2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92"),
                commits.getChildren().stream().map(AnnotationType::getName).toList());
    }

    @Test
    void atlasTiCodebookMergesIntoTheArticleCodebook() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        int before = Codebooks.allTypes(article.document().getCodebook()).size();
        ImportResult result = new QdcImporter().read(article,
                Files.newInputStream(RefiQdaFiles.fixture("handwritten/atlas-ti.qdc")), null);
        assertEquals(4, result.report().records());
        assertEquals(3, result.report().imported());
        assertEquals(1, result.report().alreadyPresent(), "Claim is in the codebook already");
        result.applyTo(article.document());
        Codebook codebook = article.document().getCodebook();
        assertEquals(before + 3, Codebooks.allTypes(codebook).size());
        AnnotationType claim = Codebooks.find(codebook, DefaultCodebook.CLAIM).orElseThrow();
        assertEquals(List.of("Claim about chips"), claim.getChildren().stream().map(AnnotationType::getName).toList());
        AnnotationType talent = type(codebook, "Talent");
        assertEquals("#006EFF", talent.getColor());
        assertEquals("Hiring, visas, people moving", talent.getDescription());
        assertEquals(List.of("人才流动"), talent.getChildren().stream().map(AnnotationType::getName).toList());
        ImportResult again = new QdcImporter().read(article,
                Files.newInputStream(RefiQdaFiles.fixture("handwritten/atlas-ti.qdc")), null);
        assertTrue(again.isEmpty(), "importing the same codebook twice adds nothing");
    }

    @Test
    void glossaCodebookRoundTripsThroughQdc() throws IOException {
        AnnotatedArticle from = ExportFixtures.small();
        byte[] qdc = ExportFixtures.bytes(from, ExportFixtures.format("qdc"), ExportFixtures.OPTIONS);
        AnnotatedArticle into = ExportFixtures.fresh(from);
        into.document().setCodebook(GlossaFactory.eINSTANCE.createCodebook());
        ImportResult result = new QdcImporter().read(into, new ByteArrayInputStream(qdc), null);
        result.applyTo(into.document());
        assertEquals(RefiQdaRoundTripTest.describeTypes(Codebooks.allTypes(from.document().getCodebook())),
                RefiQdaRoundTripTest.describeTypes(Codebooks.allTypes(into.document().getCodebook())));
    }

    @Test
    void qdcWithADoctypeIsRefused() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>").getBytes(StandardCharsets.UTF_8);
        var e = org.junit.jupiter.api.Assertions.assertThrows(glossa.exchange.imports.ImportFormatException.class,
                () -> new QdcImporter().read(ExportFixtures.small(), new ByteArrayInputStream(xxe), null));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
