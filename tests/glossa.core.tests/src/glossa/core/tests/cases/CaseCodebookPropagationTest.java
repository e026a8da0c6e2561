package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/**
 * The case codebook's structure reaches the articles: a type's place (its parent) and its attribute schemas (kind,
 * choices), from the case file on load and between open articles connected to it, with the articles' type objects
 * (and so their annotations) kept.
 */
class CaseCodebookPropagationTest {

    @TempDir
    Path root;

    private static AttributeDefinition choice(String name, String... choices) {
        AttributeDefinition definition = GlossaFactory.eINSTANCE.createAttributeDefinition();
        definition.setName(name);
        definition.setKind(AttributeKind.CHOICE);
        definition.getChoices().addAll(List.of(choices));
        return definition;
    }

    /** The type's definition named tone (the default codebook's claim has others). */
    private static AttributeDefinition tone(AnnotationType type) {
        return type.getAttributes().stream().filter(d -> d.getName().equals("tone")).findFirst().orElseThrow();
    }

    private static String parentId(Codebook codebook, String id) {
        return Codebooks.find(codebook, id).orElseThrow().eContainer() instanceof AnnotationType parent
                ? parent.getId() : null;
    }

    @Test
    void theCasesNestingAndSchemasWinOnMergeAndTheTypeObjectsStay() {
        Codebook shared = DefaultCodebook.create();
        AnnotationType sharedClaim = Codebooks.find(shared, "claim").orElseThrow();
        Codebooks.find(shared, "policy-measure").orElseThrow().getChildren().add(sharedClaim);
        sharedClaim.getAttributes().add(choice("tone", "for", "against", "neutral"));
        Codebook local = DefaultCodebook.create();
        AnnotationType localClaim = Codebooks.find(local, "claim").orElseThrow();
        localClaim.getAttributes().add(choice("tone", "for", "against"));
        Annotation annotation = AnnotationFactory.create("一二三", localClaim, 0, 2, "ana");

        CodebookMerge.Result result = CodebookMerge.merge(shared, local);

        assertEquals("policy-measure", parentId(local, "claim"), "nested as the case nests it");
        assertSame(localClaim, Codebooks.find(local, "claim").orElseThrow());
        assertSame(localClaim, annotation.getType());
        assertEquals(List.of("for", "against", "neutral"), tone(localClaim).getChoices());
        assertEquals(1, localClaim.getAttributes().stream().filter(d -> d.getName().equals("tone")).count());
        assertTrue(result.updatedInArticle().contains("claim"));
        assertFalse(result.caseChanged());
        CodebookMerge.Result again = CodebookMerge.merge(shared, local);
        assertFalse(again.articleChanged() || again.caseChanged(), "a second merge has nothing to do");

        // Taken back to the top level in the case: the article follows.
        shared.getTypes().add(sharedClaim);
        CodebookMerge.merge(shared, local);
        assertNull(parentId(local, "claim"));
    }

    @Test
    void aSwapOfParentAndChildIsPlacedWithoutPuttingATypeInsideItself() {
        Codebook shared = DefaultCodebook.create();
        AnnotationType measure = Codebooks.find(shared, "policy-measure").orElseThrow();
        AnnotationType counter = Codebooks.find(shared, "counter-strategy").orElseThrow();
        measure.getChildren().add(counter); // case: measure > counter
        Codebook local = DefaultCodebook.create();
        Codebooks.find(local, "counter-strategy").orElseThrow().getChildren()
                .add(Codebooks.find(local, "policy-measure").orElseThrow()); // article: counter > measure

        CodebookMerge.merge(shared, local);

        assertNull(parentId(local, "policy-measure"));
        assertEquals("policy-measure", parentId(local, "counter-strategy"));
        assertEquals(3, Codebooks.allTypes(local).size());
    }

    @Test
    void nestingAndSchemasEditedInOneOpenArticleReachTheCaseFileAndTheOthers() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 1);
        CaseFixtures.article(root, "b.txt", 2, 0, 1);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(root.resolve("a.txt"), null);
        AnnotatedArticle b = store.open(root.resolve("b.txt"), null);
        CaseCodebook codebook = CaseCodebook.load(root);
        CaseCodebook.Connection ca = codebook.connect(a.document(), Runnable::run);
        CaseCodebook.Connection cb = codebook.connect(b.document(), Runnable::run);
        AnnotationType bClaim = Codebooks.find(b.document().getCodebook(), "claim").orElseThrow();

        // Nest claim under policy-measure in article a (as the Codebook view's drag does).
        Codebook aBook = a.document().getCodebook();
        Codebooks.find(aBook, "policy-measure").orElseThrow().getChildren()
                .add(Codebooks.find(aBook, "claim").orElseThrow());

        assertNull(codebook.lastSaveError());
        assertEquals("policy-measure", parentId(b.document().getCodebook(), "claim"), "the other open article");
        assertSame(bClaim, Codebooks.find(b.document().getCodebook(), "claim").orElseThrow());
        assertEquals("policy-measure", parentId(CaseCodebook.load(root).codebook(), "claim"), "the case file");

        // A schema set in article a (the Attributes dialog replaces the list).
        AnnotationType aClaim = Codebooks.find(aBook, "claim").orElseThrow();
        aClaim.getAttributes().add(choice("tone", "for", "against"));
        assertEquals(List.of("for", "against"), tone(bClaim).getChoices());
        aClaim.getAttributes().remove(tone(aClaim));
        aClaim.getAttributes().add(choice("tone", "for", "against", "mixed"));
        assertEquals(List.of("for", "against", "mixed"), tone(bClaim).getChoices());
        AnnotationType caseClaim = Codebooks.find(CaseCodebook.load(root).codebook(), "claim").orElseThrow();
        assertEquals(List.of("for", "against", "mixed"), tone(caseClaim).getChoices());
        cb.close();
        ca.close();

        // An article opened later (here: loaded with the case) receives the nesting and the schema; its own
        // unsaved sidecar had neither.
        CaseFixtures.article(root, "c.txt", 3, 1);
        AnnotatedArticle c = CaseArticles.load(root, null).articles().stream()
                .filter(x -> x.articlePath().endsWith("c.txt")).findFirst().orElseThrow();
        assertEquals("policy-measure", parentId(c.document().getCodebook(), "claim"));
        assertEquals(List.of("for", "against", "mixed"),
                tone(Codebooks.find(c.document().getCodebook(), "claim").orElseThrow()).getChoices());
    }
}
