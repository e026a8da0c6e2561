package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseCodebook;
import glossa.core.cases.CodebookMerge;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarException;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;

class CaseCodebookTest {

    @TempDir
    Path root;

    private static AnnotationType type(String id, String name, String color) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor(color);
        return type;
    }

    private static Document document(Codebook codebook) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(codebook);
        return document;
    }

    @Test
    void aSaveTakesInTheTypesAnotherWriterSavedMeanwhile() throws IOException {
        CaseCodebook mine = CaseCodebook.load(root);
        mine.save();
        CaseCodebook theirs = CaseCodebook.load(root); // a colleague's workbench on the synced folder
        theirs.edit(c -> c.getTypes().add(type("sanction", "Sanction", "#AA0000")));
        theirs.save();
        mine.edit(c -> c.getTypes().add(type("subsidy", "Subsidy", "#00AA00")));
        mine.save();

        List<String> onDisk = CaseCodebook.load(root).typeIds();
        assertTrue(onDisk.contains("sanction"), "their type survives my save: " + onDisk);
        assertTrue(onDisk.contains("subsidy"), onDisk.toString());
        assertTrue(mine.typeIds().contains("sanction"), "and is in my codebook from now on");

        // A file that is no longer a codebook is never overwritten.
        Path file = CaseCodebook.fileOf(root);
        Files.writeString(file, "<not a codebook", StandardCharsets.UTF_8);
        mine.edit(c -> c.getTypes().add(type("tariff", "Tariff", "#0000AA")));
        assertThrows(SidecarException.class, mine::save);
        assertEquals("<not a codebook", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void sameIdTakesTheCaseNameAndColourAndKeepsTheArticlesTypeObject() {
        Codebook shared = DefaultCodebook.create();
        Codebooks.find(shared, "claim").orElseThrow().setName("Assertion");
        Codebooks.find(shared, "claim").orElseThrow().setColor("#112233");
        Codebook local = DefaultCodebook.create();
        AnnotationType localClaim = Codebooks.find(local, "claim").orElseThrow();
        Annotation annotation = AnnotationFactory.create("一二三", localClaim, 0, 2, "ana");

        CodebookMerge.Result result = CodebookMerge.merge(shared, local);

        assertEquals(List.of("claim"), result.updatedInArticle());
        assertFalse(result.caseChanged());
        assertSame(localClaim, Codebooks.find(local, "claim").orElseThrow());
        assertSame(localClaim, annotation.getType());
        assertEquals("Assertion", localClaim.getName());
        assertEquals("#112233", localClaim.getColor());
    }

    @Test
    void unknownIdsTravelBothWaysUnderTheirParentAndRetiredTypesStay() {
        Codebook shared = DefaultCodebook.create();
        AnnotationType retired = type("old-frame", "Old frame", "#000000");
        retired.setRetired(true);
        shared.getTypes().add(retired);
        Codebook local = DefaultCodebook.create();
        AnnotationType child = type("visa", "Visa rule", "#ABCDEF");
        Codebooks.find(local, "policy-measure").orElseThrow().getChildren().add(child);

        CodebookMerge.Result result = CodebookMerge.merge(shared, local);

        assertEquals(List.of("visa"), result.addedToCase());
        assertEquals(List.of("old-frame"), result.addedToArticle());
        assertTrue(result.caseChanged());
        AnnotationType sharedVisa = Codebooks.find(shared, "visa").orElseThrow();
        assertEquals("policy-measure", ((AnnotationType) sharedVisa.eContainer()).getId());
        assertEquals("#ABCDEF", sharedVisa.getColor());
        assertTrue(Codebooks.find(local, "old-frame").orElseThrow().isRetired());
        assertEquals(Codebooks.allTypes(shared).stream().map(AnnotationType::getId).toList(),
                Codebooks.allTypes(local).stream().map(AnnotationType::getId).toList());
        // A second merge has nothing left to do.
        CodebookMerge.Result again = CodebookMerge.merge(shared, local);
        assertFalse(again.caseChanged());
        assertFalse(again.articleChanged());
    }

    @Test
    void attributesAreUnitedByName() {
        Codebook shared = DefaultCodebook.create();
        Codebook local = DefaultCodebook.create();
        AnnotationType localClaim = Codebooks.find(local, "claim").orElseThrow();
        localClaim.getAttributes().add(definition("source"));

        CodebookMerge.Result result = CodebookMerge.merge(shared, local);

        assertTrue(result.caseChanged());
        assertTrue(Codebooks.find(shared, "claim").orElseThrow().getAttributes().stream()
                .anyMatch(d -> d.getName().equals("source")));
    }

    private static glossa.model.AttributeDefinition definition(String name) {
        glossa.model.AttributeDefinition definition = GlossaFactory.eINSTANCE.createAttributeDefinition();
        definition.setName(name);
        return definition;
    }

    @Test
    void savesAtomicallyAndLoadsBack() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        assertFalse(Files.exists(CaseCodebook.fileOf(root)), "nothing is written before the first save");
        Document doc = document(DefaultCodebook.create());
        doc.getCodebook().getTypes().add(type("frame", "Frame", "#FF0000"));
        codebook.mergeInto(doc);
        codebook.save();

        CaseCodebook loaded = CaseCodebook.load(root);
        assertEquals(List.of("claim", "policy-measure", "counter-strategy", "frame"), loaded.typeIds());
        assertEquals("#FF0000", Codebooks.find(loaded.codebook(), "frame").orElseThrow().getColor());
        try (var files = Files.list(root)) {
            assertEquals(List.of(CaseCodebook.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void anUnreadableCodebookIsRefusedAndLeftUntouched() throws IOException {
        byte[] hostile = ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<glossa:Codebook xmlns:glossa=\"http://glossa.dev/model/1\" name=\"&e;\"/>\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(CaseCodebook.fileOf(root), hostile);
        assertThrows(SidecarException.class, () -> CaseCodebook.load(root));
        assertArrayEquals(hostile, Files.readAllBytes(CaseCodebook.fileOf(root)));

        Files.writeString(CaseCodebook.fileOf(root), "not xml at all");
        assertThrows(SidecarException.class, () -> CaseCodebook.load(root));
        assertEquals("not xml at all", Files.readString(CaseCodebook.fileOf(root)));
    }

    @Test
    void aTypeAddedInOneOpenArticleReachesTheCaseFileAndTheOtherArticle() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 1);
        CaseFixtures.article(root, "b.txt", 2, 0, 1);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(root.resolve("a.txt"), null);
        AnnotatedArticle b = store.open(root.resolve("b.txt"), null);
        CaseCodebook codebook = CaseCodebook.load(root);
        CaseCodebook.Connection ca = codebook.connect(a.document(), Runnable::run);
        CaseCodebook.Connection cb = codebook.connect(b.document(), Runnable::run);

        a.document().getCodebook().getTypes().add(type("frame", "Frame", "#FF0000"));

        assertNull(codebook.lastSaveError());
        assertTrue(Codebooks.find(b.document().getCodebook(), "frame").isPresent(), "available in the other article");
        assertEquals(List.of("claim", "policy-measure", "counter-strategy", "frame"),
                CaseCodebook.load(root).typeIds(), "written to the case file");

        Codebooks.find(a.document().getCodebook(), "frame").orElseThrow().setName("Framing");
        assertEquals("Framing", Codebooks.find(b.document().getCodebook(), "frame").orElseThrow().getName());
        assertEquals("Framing", Codebooks.find(CaseCodebook.load(root).codebook(), "frame").orElseThrow().getName());

        cb.close();
        a.document().getCodebook().getTypes().add(type("actor", "Actor", "#00FF00"));
        assertFalse(Codebooks.find(b.document().getCodebook(), "actor").isPresent(), "a closed article is left alone");
        ca.close();

        // A third article opened later gets both types through the case load.
        CaseFixtures.article(root, "c.txt", 3, 1);
        CaseArticles.Loaded loaded = CaseArticles.load(root, null);
        AnnotatedArticle c = loaded.articles().stream().filter(x -> x.articlePath().endsWith("c.txt")).findFirst()
                .orElseThrow();
        assertNotNull(Codebooks.find(c.document().getCodebook(), "actor").orElse(null));
        assertEquals("Framing", Codebooks.find(c.document().getCodebook(), "frame").orElseThrow().getName());
    }
}
