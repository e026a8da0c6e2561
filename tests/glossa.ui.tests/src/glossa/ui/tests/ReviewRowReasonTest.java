package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchoring;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.ui.internal.views.ReviewRow;

/** The Re-anchoring review tells why an annotation was orphaned when the re-anchorer said why (issue 23). */
class ReviewRowReasonTest {

    @Test
    void anAmbiguousOrphanSaysSoAndAnOrdinaryRowHasNoReason() {
        String old = "the harbour lights were dim: we had and the ferry ran late";
        String now = "it was the winter of despair, we had everything before us, we had nothing before us, we were all going";
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        int begin = old.indexOf("we had");
        document.getAnnotations().add(AnnotationFactory.create(old, document.getCodebook().getTypes().get(0), begin,
                begin + "we had".length(), "analyst"));
        document.setContentHash(Reanchoring.contentHash(old));
        AnnotatedArticle article = new AnnotatedArticle(null, new ArticleText(now, StandardCharsets.UTF_8, false),
                document);
        ReanchorReport report = article.reanchor(old, null);
        report.apply();
        List<ReviewRow> rows = ReviewRow.of(document, now, report);
        assertEquals(1, rows.size());
        assertEquals("ambiguous: 2 candidates", rows.get(0).reason());
        assertEquals("", rows.get(0).newText());
        assertNull(ReviewRow.of(document, now, null).get(0).reason(), "without the report there is nothing to tell");
    }
}
