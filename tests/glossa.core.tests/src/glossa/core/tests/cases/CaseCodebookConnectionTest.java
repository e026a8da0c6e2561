package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;
import glossa.core.cases.CodebookMerge;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarException;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * What a connected article passes on to the case codebook, whichever way a type arrives (several at once, nested, a
 * whole codebook set), what it does not (a type put back where the case has it), save errors, outside edits of the
 * same length, and the case codebook's other operations.
 */
class CaseCodebookConnectionTest {

    private static final GlossaFactory F = GlossaFactory.eINSTANCE;

    @TempDir
    Path root;

    private static Document document(CaseCodebook codebook) {
        Document document = F.createDocument();
        document.setCodebook(codebook.snapshot());
        return document;
    }

    @Test
    void typesReachTheCaseWhicheverWayTheyArriveInTheArticle() throws IOException {
        Object[][] ways = {
                { "several at once", (Consumer<Document>) d -> d.getCodebook().getTypes()
                        .addAll(List.of(CaseFixtures.type("frame"), CaseFixtures.type("actor"))) },
                { "nested under a type", (Consumer<Document>) d -> Codebooks.find(d.getCodebook(), "claim")
                        .orElseThrow().getChildren().add(CaseFixtures.type("frame")) },
                { "a whole codebook set", (Consumer<Document>) d -> {
                    Codebook replaced = EcoreUtil.copy(d.getCodebook());
                    replaced.getTypes().add(CaseFixtures.type("frame"));
                    d.setCodebook(replaced);
                } }, };
        for (Object[] way : ways) {
            Path caseRoot = Files.createDirectories(root.resolve(((String) way[0]).replace(' ', '-')));
            CaseCodebook codebook = CaseCodebook.load(caseRoot);
            Document document = document(codebook);
            AtomicInteger saves = new AtomicInteger();
            codebook.connect(document, r -> {
                saves.incrementAndGet();
                r.run();
            });
            @SuppressWarnings("unchecked")
            Consumer<Document> change = (Consumer<Document>) way[1];
            change.accept(document);
            assertTrue(codebook.typeIds().contains("frame"), (String) way[0] + ": " + codebook.typeIds());
            assertTrue(CaseCodebook.load(caseRoot).typeIds().contains("frame"), way[0] + ": saved");
            assertTrue(saves.get() >= 1, (String) way[0]);
            assertNull(codebook.lastSaveError(), (String) way[0]);
        }
    }

    @Test
    void attributesAddedTogetherReachTheCasesType() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        Document document = document(codebook);
        codebook.connect(document, Runnable::run);
        AttributeDefinition source = F.createAttributeDefinition();
        source.setName("source");
        source.setKind(AttributeKind.TEXT);
        AttributeDefinition weight = F.createAttributeDefinition();
        weight.setName("weight");
        weight.setKind(AttributeKind.NUMBER);
        Codebooks.find(document.getCodebook(), "claim").orElseThrow().getAttributes().addAll(List.of(source, weight));
        List<String> names = Codebooks.find(codebook.codebook(), "claim").orElseThrow().getAttributes().stream()
                .map(AttributeDefinition::getName).toList();
        assertTrue(names.containsAll(List.of("source", "weight")), names.toString());
    }

    @Test
    void aTypePutBackWhereTheCaseHasItChangesAndSavesNothing() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        Document document = document(codebook);
        AtomicInteger saves = new AtomicInteger();
        codebook.connect(document, r -> saves.incrementAndGet());
        AnnotationType claim = Codebooks.find(document.getCodebook(), "claim").orElseThrow();
        document.getCodebook().getTypes().remove(claim);
        document.getCodebook().getTypes().add(0, claim);
        assertEquals(0, saves.get());
        assertFalse(Files.exists(codebook.file()));
        assertEquals(CaseCodebook.fileOf(root), codebook.file());
    }

    @Test
    void aFailedSaveIsKeptUntilTheNextOneSucceeds() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        Document document = document(codebook);
        CaseCodebook.Connection connection = codebook.connect(document, Runnable::run);
        assertSame(document, connection.document());
        Files.writeString(codebook.file(), "<not a codebook");
        document.getCodebook().getTypes().add(CaseFixtures.type("frame"));
        assertInstanceOf(SidecarException.class, codebook.lastSaveError());
        assertEquals("<not a codebook", Files.readString(codebook.file()), "an unreadable file is never overwritten");
        Files.delete(codebook.file());
        document.getCodebook().getTypes().add(CaseFixtures.type("actor"));
        assertNull(codebook.lastSaveError());
        assertTrue(CaseCodebook.load(root).typeIds().containsAll(List.of("frame", "actor")));
    }

    @Test
    void anOutsideEditOfTheSameLengthIsTakenInBeforeASave() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        codebook.edit(c -> c.getTypes().add(CaseFixtures.type("only-x")));
        codebook.save();
        Path file = codebook.file();
        String ours = Files.readString(file, StandardCharsets.UTF_8);
        String theirs = ours.replace("only-x", "only-y");
        assertEquals(ours.length(), theirs.length());
        Files.writeString(file, theirs, StandardCharsets.UTF_8);
        codebook.save();
        assertTrue(CaseCodebook.load(root).typeIds().containsAll(List.of("only-x", "only-y")),
                "the colleague's type survives our save");
    }

    @Test
    void anEditReachesConnectedArticlesAndReturnsItsResult() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        Document document = document(codebook);
        codebook.connect(document, Runnable::run);
        String result = codebook.edit(c -> {
            c.getTypes().add(CaseFixtures.type("imported"));
            return "imported 1";
        });
        assertEquals("imported 1", result);
        assertTrue(Codebooks.find(document.getCodebook(), "imported").isPresent());
        Codebook snapshot = codebook.snapshot();
        assertNotSame(codebook.codebook(), snapshot);
        assertTrue(EcoreUtil.equals(codebook.codebook(), snapshot));
    }

    @Test
    void aDocumentWithoutCodebookGetsACopyOfTheCases() throws IOException {
        CaseCodebook codebook = CaseCodebook.load(root);
        Document bare = F.createDocument();
        CodebookMerge.Result result = codebook.mergeInto(bare);
        assertEquals(codebook.typeIds(), result.addedToArticle());
        assertFalse(result.caseChanged());
        assertNotSame(codebook.codebook(), bare.getCodebook());
        assertTrue(EcoreUtil.equals(codebook.codebook(), bare.getCodebook()));
    }

    @Test
    void aConnectionWatchesTheCodebookNotTheAnnotations() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 3);
        AnnotatedArticle article = new ArticleStore().open(root.resolve("a.txt"), null);
        CaseCodebook codebook = CaseCodebook.load(root);
        codebook.connect(article.document(), Runnable::run);
        assertFalse(article.document().getAnnotations().isEmpty());
        assertTrue(article.document().getAnnotations().stream().allMatch(a -> a.eAdapters().isEmpty()));
        assertFalse(article.document().getCodebook().eAdapters().isEmpty());
    }
}
