package glossa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.ArticleCoding;
import glossa.core.text.ArticleText;
import glossa.model.Document;

/** The agreement benchmark compares like with like: the naive peer's figures are Glossa's. */
class AgreementPeerTest {

    @Test
    void theNaivePeerComputesTheSameFigures() {
        String text = BenchDataset.article().substring(0, 60_000);
        Document document = TwoCoderDocuments.build(text, 2_000, 99);
        AgreementResult glossa = Agreement.compute(AgreementStudies.ofArticle(
                ArticleCoding.of(new AnnotatedArticle(null, ArticleText.of(text), document)), null));
        List<double[]> naive = NaiveAgreement.compute(document, text.length());
        assertEquals(List.of(TwoCoderDocuments.CODER_A, TwoCoderDocuments.CODER_B), glossa.coders());
        assertEquals(glossa.types().size() + 1, naive.size());
        for (int t = 0; t < glossa.types().size(); t++) {
            var c = glossa.types().get(t).coefficients();
            assertEquals(naive.get(t)[0], c.percent(), 1e-9);
            assertEquals(naive.get(t)[1], c.kappa(), 1e-9);
            assertEquals(naive.get(t)[2], c.alpha(), 1e-9);
        }
        double[] overall = naive.get(naive.size() - 1);
        assertEquals(overall[0], glossa.overall().percent(), 1e-9);
        assertEquals(overall[1], glossa.overall().kappa(), 1e-9);
        assertEquals(overall[2], glossa.overall().alpha(), 1e-9);
        // The coders agree mostly, as intended: well above chance, well below perfect.
        assertTrue(glossa.overall().alpha() > 0.5 && glossa.overall().alpha() < 0.95, "" + glossa.overall());
    }
}
