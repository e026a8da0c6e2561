package glossa.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import glossa.core.AnnotatedArticle;
import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.ArticleCoding;
import glossa.core.text.ArticleText;
import glossa.model.Document;

/**
 * Inter-coder agreement over a loaded two-coder document: Glossa's whole path (copy the annotations out of the EMF
 * document, build the study, compute percent, kappa, alpha and unitizing alpha per type and overall) against the
 * textbook per-character coincidence matrices of {@link NaiveAgreement}, on {@code megabytes} of article with
 * {@code annotations} per coder.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgreementBenchmarks {

    /** One size: the article and the two coders' document, made once per trial. */
    @State(Scope.Benchmark)
    public static class Data {

        @Param({ "10000", "50000", "100000" })
        public int annotations;

        @Param({ "1", "4" })
        public int megabytes;

        public String text;
        public Document document;
        public AnnotatedArticle article;

        private static final Map<Integer, String> ARTICLES = new ConcurrentHashMap<>();

        /** The 1 MB article of the other benchmarks, or a longer one grown the same way. */
        public static String article(int megabytes) {
            return megabytes == 1 ? BenchDataset.article() : ARTICLES.computeIfAbsent(megabytes,
                    mb -> ArticleGenerator.generate(SampleArticle.text(), mb * BenchDataset.ARTICLE_BYTES,
                            BenchDataset.ARTICLE_SEED));
        }

        @Setup(Level.Trial)
        public void setUp() {
            text = article(megabytes);
            document = TwoCoderDocuments.build(text, annotations, BenchDataset.ANNOTATION_SEED + annotations);
            article = new AnnotatedArticle(null, ArticleText.of(text), document);
        }
    }

    @Benchmark
    public AgreementResult glossaAgreement(Data d) {
        return Agreement.compute(AgreementStudies.ofArticle(ArticleCoding.of(d.article), null));
    }

    @Benchmark
    public List<double[]> naiveAgreement(Data d) {
        return NaiveAgreement.compute(d.document, d.text.length());
    }
}
