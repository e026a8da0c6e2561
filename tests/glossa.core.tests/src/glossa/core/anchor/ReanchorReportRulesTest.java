package glossa.core.anchor;

import static glossa.core.anchor.SearchFixture.cjk;
import static glossa.core.anchor.SearchFixture.substituted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/** A report names its document and text, lists for review all but the exact results, and applies every score. */
class ReanchorReportRulesTest {

    @Test
    void reviewListsAllButTheExactAndApplyingRecordsEachScore() {
        Random random = new Random(41);
        String before = cjk(random, 500);
        String kept = cjk(random, 20);
        String middle = cjk(random, 500);
        String quote = cjk(random, 20);
        String after = cjk(random, 500);
        String old = before + kept + middle + quote + after;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        var type = DefaultCodebook.create().getTypes().get(0);
        Annotation exact = AnnotationFactory.create(old, type, 500, 520, "t");
        Annotation fuzzy = AnnotationFactory.create(old, type, 1020, 1040, "t");
        document.getAnnotations().addAll(List.of(exact, fuzzy));
        String revised = before + kept + middle + substituted(quote, 2) + after;
        ReanchorReport report = new Reanchorer().reanchor(revised, document, old, null);
        assertSame(document, report.document());
        assertEquals(revised, report.newText());
        assertEquals(AnchorState.EXACT, report.results().get(0).state());
        AnchorResult edited = report.results().get(1);
        assertEquals(AnchorState.FUZZY, edited.state());
        assertEquals(List.of(edited), report.needingReview());
        report.apply();
        assertEquals(edited.score(), fuzzy.getAnchorScore(), 0);
        assertEquals(AnchorState.FUZZY, fuzzy.getAnchor());
        assertEquals(1, exact.getAnchorScore(), 0);
    }
}
