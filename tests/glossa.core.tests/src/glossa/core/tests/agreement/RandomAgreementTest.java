package glossa.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.CodedSpan;
import glossa.core.agreement.Coefficients;
import glossa.core.agreement.Scope;
import glossa.model.AnnotationStatus;

/**
 * Every figure of glossa.core.agreement against {@link PlainAgreement}, an independent per-character computation,
 * on random data to 1e-9: two to four coders, one to four types, one to three articles, coders missing from whole
 * articles, spans that overlap (of one coder and type too), touch, repeat another coder's exactly, or nearly.
 */
class RandomAgreementTest {

    private static final double TOLERANCE = 1e-9;

    private record Generated(List<ArticleCoding> articles, List<List<List<PlainAgreement.Span>>> spans,
            List<String> coders, int types) {
    }

    private static Generated generate(Random random) {
        int coders = 2 + random.nextInt(3);
        int types = 1 + random.nextInt(4);
        int articleCount = 1 + random.nextInt(3);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            names.add("coder" + c);
        }
        Map<String, String> typeNames = new LinkedHashMap<>();
        for (int t = 0; t < types; t++) {
            typeNames.put("t" + t, "Type " + t);
        }
        List<ArticleCoding> articles = new ArrayList<>();
        List<List<List<PlainAgreement.Span>>> all = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            int length = 20 + random.nextInt(400);
            List<CodedSpan> coded = new ArrayList<>();
            List<List<PlainAgreement.Span>> byCoder = new ArrayList<>();
            List<PlainAgreement.Span> pool = new ArrayList<>();
            for (int c = 0; c < coders; c++) {
                List<PlainAgreement.Span> spans = new ArrayList<>();
                boolean absent = random.nextInt(8) == 0;
                int count = absent ? 0 : 1 + random.nextInt(18);
                for (int k = 0; k < count; k++) {
                    PlainAgreement.Span span;
                    int choice = random.nextInt(10);
                    if (choice < 3 && !pool.isEmpty()) { // another coder's span, exactly or nearly
                        PlainAgreement.Span other = pool.get(random.nextInt(pool.size()));
                        int shift = choice == 0 ? 0 : random.nextInt(5) - 2;
                        int begin = Math.max(0, Math.min(length - 1, other.begin() + shift));
                        int end = Math.min(length, Math.max(begin + 1, other.end() + random.nextInt(5) - 2));
                        span = new PlainAgreement.Span(begin, end, random.nextInt(4) == 0 ? random.nextInt(types)
                                : other.type());
                    } else if (choice == 3 && !spans.isEmpty() && spans.get(spans.size() - 1).end() < length) {
                        PlainAgreement.Span last = spans.get(spans.size() - 1); // touching the previous one
                        span = new PlainAgreement.Span(last.end(),
                                Math.min(length, last.end() + 1 + random.nextInt(20)), last.type());
                    } else {
                        int begin = random.nextInt(length);
                        int end = Math.min(length, begin + 1 + random.nextInt(random.nextBoolean() ? 8 : 60));
                        span = new PlainAgreement.Span(begin, end, random.nextInt(types));
                    }
                    spans.add(span);
                    coded.add(new CodedSpan(names.get(c), "t" + span.type(), span.begin(), span.end(),
                            random.nextInt(5) == 0 ? AnnotationStatus.REJECTED : AnnotationStatus.CONFIRMED, null));
                }
                pool.addAll(spans);
                byCoder.add(spans);
            }
            articles.add(new ArticleCoding("article " + a, length, coded, List.of(), typeNames));
            all.add(byCoder);
        }
        return new Generated(articles, all, names, types);
    }

    /** The plain pieces of the generated articles, clipped to {@code [from, to)} of article 0 when {@code to > 0}. */
    private static List<PlainAgreement.Piece> pieces(Generated g, int from, int to) {
        List<PlainAgreement.Piece> pieces = new ArrayList<>();
        for (int a = 0; a < g.articles().size(); a++) {
            if (to > 0 && a > 0) {
                break;
            }
            int begin = to > 0 ? from : 0;
            int end = to > 0 ? to : g.articles().get(a).length();
            List<List<PlainAgreement.Span>> clipped = new ArrayList<>();
            for (List<PlainAgreement.Span> spans : g.spans().get(a)) {
                if (spans.isEmpty()) {
                    clipped.add(null); // no annotation in the article: the coder did not take part
                    continue;
                }
                List<PlainAgreement.Span> in = new ArrayList<>();
                for (PlainAgreement.Span s : spans) {
                    int b = Math.max(begin, s.begin());
                    int e = Math.min(end, s.end());
                    if (b < e) {
                        in.add(new PlainAgreement.Span(b - begin, e - begin, s.type()));
                    }
                }
                clipped.add(in);
            }
            pieces.add(new PlainAgreement.Piece(end - begin, clipped));
        }
        return pieces;
    }

    private static void check(String what, double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected undefined, got " + actual);
        } else {
            assertEquals(expected, actual, TOLERANCE, what);
        }
    }

    private static void compare(String where, AgreementResult result, PlainAgreement plain, int types) {
        double observed = 0;
        double expected = 0;
        for (int t = 0; t < types; t++) {
            double[] u = plain.unitizing(t);
            observed += u[0];
            expected += u[1];
            AgreementResult.TypeResult row = result.type("t" + t);
            if (row == null) {
                continue; // a type nobody used in the scope is not reported
            }
            double[] c = plain.coding(t);
            Coefficients k = row.coefficients();
            check(where + " t" + t + " percent", c[0], k.percent());
            check(where + " t" + t + " kappa", c[1], k.kappa());
            check(where + " t" + t + " alpha", c[2], k.alpha());
            check(where + " t" + t + " alpha-u", u[1] > 0 ? 1 - u[0] / u[1] : Double.NaN, k.alphaU());
        }
        double[] c = plain.coding(-1);
        check(where + " overall percent", c[0], result.overall().percent());
        check(where + " overall kappa", c[1], result.overall().kappa());
        check(where + " overall alpha", c[2], result.overall().alpha());
        check(where + " overall alpha-u", expected > 0 ? 1 - observed / expected : Double.NaN,
                result.overall().alphaU());
    }

    @Test
    void matchesThePlainComputationOnWholeArticles() {
        Random random = new Random(20260101L);
        for (int round = 0; round < 250; round++) {
            Generated g = generate(random);
            AgreementResult result = Agreement.compute(AgreementStudies.ofArticles(g.articles(), g.coders()));
            compare("round " + round, result, new PlainAgreement(pieces(g, 0, 0), g.coders().size()), g.types());
        }
    }

    @Test
    void matchesThePlainComputationOnASection() {
        Random random = new Random(777L);
        for (int round = 0; round < 150; round++) {
            Generated g = generate(random);
            ArticleCoding article = g.articles().get(0);
            int from = random.nextInt(article.length());
            int to = from + 1 + random.nextInt(article.length() - from);
            Scope section = new Scope("S", "S", from, to, List.of());
            AgreementResult result = Agreement.compute(AgreementStudies.ofScopes(article, g.coders(), List.of(section)));
            compare("round " + round, result, new PlainAgreement(pieces(g, from, to), g.coders().size()), g.types());
        }
    }

    @Test
    void pairsMatchThePlainComputationOfThePair() {
        Random random = new Random(31L);
        for (int round = 0; round < 60; round++) {
            Generated g = generate(random);
            List<AgreementResult> pairs = Agreement.pairwise(AgreementStudies.ofArticles(g.articles(), g.coders()));
            int m = g.coders().size();
            assertEquals(m * (m - 1) / 2, pairs.size());
            AgreementResult first = pairs.get(0);
            assertEquals(List.of(g.coders().get(0), g.coders().get(1)), first.coders());
            Generated pair = new Generated(g.articles(), g.spans().stream()
                    .map(article -> article.subList(0, 2)).toList(), first.coders(), g.types());
            compare("pair of round " + round, first, new PlainAgreement(pieces(pair, 0, 0), 2), g.types());
        }
    }
}
