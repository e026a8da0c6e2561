package glossa.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementReport;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.Coefficients;
import glossa.core.agreement.Scope;
import glossa.model.AnnotationStatus;

/** Agreement where the data are thin or odd: nothing coded, one coder, perfect agreement, a section, statuses. */
class AgreementEdgeCasesTest {

    private static AgreementResult whole(TwoCoderDocument d, List<String> coders) {
        return Agreement.compute(AgreementStudies.ofArticle(ArticleCoding.of(d.article), coders));
    }

    @Test
    void noAnnotationsGiveNoFiguresAndNoTypes() {
        AgreementResult result = whole(new TwoCoderDocument(), null);
        assertEquals(List.of(), result.coders());
        assertEquals(List.of(), result.types());
        assertEquals(0, result.characters());
        assertFalse(Coefficients.defined(result.overall().percent()));
        assertFalse(Coefficients.defined(result.overall().alpha()));
        assertFalse(Coefficients.defined(result.overall().alphaU()));
    }

    @Test
    void oneCoderPairsWithNobody() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 20);
        AgreementResult result = whole(d, null);
        assertEquals(List.of("ana"), result.coders());
        assertEquals(0, result.characters());
        assertFalse(Coefficients.defined(result.type("claim").coefficients().alpha()));
        assertFalse(Coefficients.defined(result.overall().percent()));
        assertFalse(result.hasKappa());
        // Naming a second coder who annotated nothing here does not make them disagree: they did not take part.
        AgreementResult named = whole(d, List.of("ana", "bo"));
        assertEquals(List.of("ana", "bo"), named.coders());
        assertEquals(0, named.characters());
        assertFalse(Coefficients.defined(named.overall().kappa()));
    }

    @Test
    void perfectAgreementIsOneEverywhere() {
        TwoCoderDocument d = new TwoCoderDocument();
        for (String coder : List.of("ana", "bo")) {
            d.add(coder, d.claim, 10, 40);
            d.add(coder, d.measure, 30, 90); // overlapping types, the same for both
            d.add(coder, d.claim, 600, 610);
        }
        AgreementResult result = whole(d, null);
        assertEquals(1000, result.characters());
        for (AgreementResult.TypeResult row : result.types()) {
            Coefficients c = row.coefficients();
            assertEquals(1.0, c.percent(), 0);
            assertEquals(1.0, c.kappa(), 1e-12);
            assertEquals(1.0, c.alpha(), 1e-12);
            assertEquals(1.0, c.alphaU(), 1e-12);
        }
        assertEquals(1.0, result.overall().alpha(), 1e-12);
        assertEquals(1.0, result.overall().alphaU(), 1e-12);
        assertEquals(List.of("claim", "policy-measure"), result.types().stream().map(AgreementResult.TypeResult::id)
                .toList(), "codebook order");
    }

    @Test
    void aSectionCountsOnlyItsOwnCharacters() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 40); // section 一: they disagree
        d.add("bo", d.measure, 10, 40);
        d.add("ana", d.claim, 480, 560); // crosses into 二: only 500..560 counts there
        d.add("bo", d.claim, 500, 560);
        ArticleCoding coding = ArticleCoding.of(d.article);
        Scope two = coding.sections().get(1);
        AgreementResult result = Agreement.compute(AgreementStudies.ofScopes(coding, null, List.of(two)));
        assertEquals(500, result.characters());
        assertEquals(List.of("claim"), result.types().stream().map(AgreementResult.TypeResult::id).toList());
        assertEquals(1.0, result.type("claim").coefficients().alpha(), 1e-12);
        assertEquals(1.0, result.type("claim").coefficients().alphaU(), 1e-12);
        AgreementResult whole = whole(d, null);
        assertTrue(whole.type("claim").coefficients().alpha() < 1, "the whole article has the section 一 disagreement");
    }

    @Test
    void rejectedAnnotationsCountAndOrphanedOnesDoNot() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 40);
        d.add("bo", d.claim, 10, 40).setStatus(AnnotationStatus.REJECTED);
        d.add("bo", d.measure, 200, 260).setStatus(AnnotationStatus.ORPHANED);
        AgreementResult result = whole(d, null);
        assertEquals(1.0, result.type("claim").coefficients().alpha(), 1e-12);
        assertNull(result.type("policy-measure"), "an orphaned annotation has no place in the text");
    }

    @Test
    void aCaseLeavesOutArticlesACoderDidNotCode() {
        TwoCoderDocument first = new TwoCoderDocument();
        first.add("ana", first.claim, 10, 40);
        first.add("bo", first.claim, 10, 40);
        TwoCoderDocument second = new TwoCoderDocument();
        second.add("ana", second.claim, 100, 140); // bo did not code the second article
        List<ArticleCoding> articles = List.of(ArticleCoding.of(first.article), ArticleCoding.of(second.article));
        AgreementResult result = Agreement.compute(AgreementStudies.ofArticles(articles, null));
        assertEquals(1000, result.characters(), "only the first article pairs two coders");
        assertEquals(1.0, result.overall().alpha(), 1e-12);
        AgreementReport report = AgreementReport.forCase("Case", articles, null);
        assertEquals(3, report.rows().size());
        assertEquals(List.of("Case", "Two coders", "Two coders"), report.rows().stream()
                .map(AgreementReport.Row::scope).toList());
        assertEquals(0, report.rows().get(2).result().characters());
    }

    @Test
    void theArticleReportHasOneRowPerTopLevelSection() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 40);
        d.add("bo", d.claim, 12, 40);
        AgreementReport report = AgreementReport.forArticle(ArticleCoding.of(d.article), null, null);
        assertEquals(List.of("Two coders", "一 背景", "二 内容"), report.rows().stream()
                .map(AgreementReport.Row::scope).toList());
        assertEquals(List.of(0, 1, 1), report.rows().stream().map(AgreementReport.Row::depth).toList());
        assertEquals(500, report.rows().get(1).result().characters());
    }

    @Test
    void annotationsWithoutAuthorHaveACoderOfTheirOwn() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add(null, d.claim, 10, 40);
        d.add(" bo ", d.claim, 10, 40);
        assertEquals(List.of(ArticleCoding.NO_AUTHOR, "bo"), ArticleCoding.of(d.article).coders());
    }
}
