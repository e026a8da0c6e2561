package glossa.core.tests.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;

/** Case folders written to disk the way Glossa writes them: article files and their sidecars. */
final class CaseFixtures {

    /** Two numbered sections, then a closing; "<b>" and quotes check escaping. */
    static String text(int n) {
        return "第" + n + "篇 \"文章\" <b>\n一、背景\n美国政府讨论技术出口管制与签证规则。\n二、对策\n中国企业以开源模型生态应对。\n结语\n持续观察。\n";
    }

    /**
     * Writes {@code relative} under {@code root} with {@code perType[i]} annotations of the i-th type of the default
     * codebook (alternately in section 一 and 二, every third one SUGGESTED, authors "ana"/"bo") and saves its sidecar.
     * Returns the expected counts by type id.
     */
    static Map<String, Integer> article(Path root, String relative, int seed, int... perType) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(seed), StandardCharsets.UTF_8);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle article = store.open(file, null);
        String text = article.text();
        Map<String, Integer> expected = new HashMap<>();
        int k = 0;
        for (int t = 0; t < perType.length; t++) {
            AnnotationType type = Codebooks.allTypes(article.document().getCodebook()).get(t);
            for (int i = 0; i < perType[t]; i++, k++) {
                String quote = k % 2 == 0 ? "技术出口管制" : "开源模型";
                int begin = text.indexOf(quote);
                Annotation a = AnnotationFactory.create(text, type, begin, begin + quote.length(), k % 2 == 0 ? "ana" : "bo");
                a.setStatus(k % 3 == 0 ? AnnotationStatus.SUGGESTED : AnnotationStatus.CONFIRMED);
                article.document().getAnnotations().add(a);
                expected.merge(type.getId(), 1, Integer::sum);
            }
        }
        store.save(article, false, null);
        return expected;
    }

    /** A new codebook type whose name is its id. */
    static AnnotationType type(String id) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(id);
        return type;
    }
}
