package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import glossa.core.cases.CodebookMerge;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.HighlightStyle;

/**
 * The merge of a case codebook into an article's, field by field: every presentation field and every part of an
 * attribute definition the case has wins; a type only moved is reported once; a new type with children reaches the
 * case once; a type without id travels nowhere.
 */
class CodebookMergeRulesTest {

    private static AnnotationType claim(Codebook codebook) {
        return Codebooks.find(codebook, "claim").orElseThrow();
    }

    @Test
    void everyPresentationFieldTheCaseHasWinsOnTheArticlesOwnTypeObject() {
        String[] fields = { "shortcut", "description", "style", "retired" };
        for (String field : fields) {
            Codebook caseBook = DefaultCodebook.create(Locale.ENGLISH);
            Codebook article = EcoreUtil.copy(caseBook);
            AnnotationType shared = claim(caseBook);
            switch (field) {
            case "shortcut" -> shared.setShortcut("M1+9");
            case "description" -> shared.setDescription("案例的说明");
            case "style" -> shared.setStyle(HighlightStyle.SQUIGGLE);
            default -> shared.setRetired(true);
            }
            AnnotationType local = claim(article);
            CodebookMerge.Result result = CodebookMerge.merge(caseBook, article);
            assertSame(local, claim(article), field);
            assertEquals(List.of("claim"), result.updatedInArticle(), field);
            assertFalse(result.caseChanged(), field);
            assertEquals(shared.getShortcut(), local.getShortcut(), field);
            assertEquals(shared.getDescription(), local.getDescription(), field);
            assertEquals(shared.getStyle(), local.getStyle(), field);
            assertEquals(shared.isRetired(), local.isRetired(), field);
        }
    }

    @Test
    void theCasesKindChoicesAndDescriptionOfAnAttributeReplaceTheArticles() {
        Codebook caseBook = DefaultCodebook.create(Locale.ENGLISH);
        Codebook article = EcoreUtil.copy(caseBook);
        AttributeDefinition local = claim(article).getAttributes().stream()
                .filter(a -> a.getName().equals("stance")).findFirst().orElseThrow();
        local.setKind(AttributeKind.TEXT);
        local.getChoices().add("article-only");
        local.setDescription("文章自己的说明");
        AttributeDefinition shared = claim(caseBook).getAttributes().stream()
                .filter(a -> a.getName().equals("stance")).findFirst().orElseThrow();

        CodebookMerge.Result result = CodebookMerge.merge(caseBook, article);
        assertEquals(List.of("claim"), result.updatedInArticle());
        assertEquals(AttributeKind.CHOICE, local.getKind());
        assertEquals(List.of("supportive", "critical", "neutral"), List.copyOf(local.getChoices()),
                "the case's choices replace the article's, not added to them");
        assertEquals(shared.getDescription(), local.getDescription());
        assertFalse(CodebookMerge.merge(caseBook, article).articleChanged(), "a second merge changes nothing");
    }

    @Test
    void aTypeTheCaseOnlyMovedIsReportedOnceAndOneAlsoRenamedToo() {
        Codebook caseBook = DefaultCodebook.create(Locale.ENGLISH);
        Codebook article = EcoreUtil.copy(caseBook);
        // The case nests counter-strategy under claim, and policy-measure under claim renamed.
        claim(caseBook).getChildren().add(Codebooks.find(caseBook, "counter-strategy").orElseThrow());
        AnnotationType measure = Codebooks.find(caseBook, "policy-measure").orElseThrow();
        claim(caseBook).getChildren().add(measure);
        measure.setName("Measure (renamed)");

        CodebookMerge.Result result = CodebookMerge.merge(caseBook, article);
        assertEquals(List.of("policy-measure", "counter-strategy"), result.updatedInArticle());
        assertSame(claim(article), Codebooks.find(article, "counter-strategy").orElseThrow().eContainer());
        assertSame(claim(article), Codebooks.find(article, "policy-measure").orElseThrow().eContainer());
        assertTrue(result.articleChanged());
    }

    @Test
    void aNewTypeWithAChildReachesTheCaseOnceAndATypeWithoutIdNever() {
        Codebook caseBook = DefaultCodebook.create(Locale.ENGLISH);
        Codebook article = EcoreUtil.copy(caseBook);
        AnnotationType parent = CaseFixtures.type("frame");
        parent.getChildren().add(CaseFixtures.type("frame-threat"));
        article.getTypes().add(parent);
        AnnotationType blank = CaseFixtures.type(" ");
        article.getTypes().add(blank);

        CodebookMerge.Result result = CodebookMerge.merge(caseBook, article);
        assertEquals(List.of("frame", "frame-threat"), result.addedToCase());
        assertTrue(result.caseChanged());
        AnnotationType copied = Codebooks.find(caseBook, "frame").orElseThrow();
        assertEquals(List.of("frame-threat"), copied.getChildren().stream().map(AnnotationType::getId).toList());
        assertEquals(List.of("claim", "policy-measure", "counter-strategy", "frame", "frame-threat"),
                Codebooks.allTypes(caseBook).stream().map(AnnotationType::getId).toList(),
                "the type without id stays in its article");
    }
}
