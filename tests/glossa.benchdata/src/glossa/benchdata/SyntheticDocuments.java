package glossa.benchdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * Seeded synthetic documents for benchmarks: the default codebook, a section tree of {@code sections} top-level
 * sections with three sub-sections each, and {@code n} annotations with Chinese quotes, memos and actors spread over
 * the text. The same seed gives the same document. Or, for benchmarks that open real files, a real article
 * ({@link #writeArticle}).
 */
public final class SyntheticDocuments {

    private static final String[] ACTORS = { "OpenAI", "美国政府", "DeepSeek", "商务部", "中国AI企业", "开源社区", "高校" };
    private static final String[] AUTHORS = { "alice", "bob", "陈静", "王磊" };
    /** Quotes are built from policy vocabulary, so many share their first words, as real quotes do. */
    private static final String[] WORDS = { "中国", "美国", "技术", "出口", "管制", "人才", "流动", "限制", "开源", "社区",
            "模型", "训练", "芯片", "算力", "数据", "安全", "政府", "企业", "提案", "实体清单", "竞争", "合作", "创新", "生态",
            "标准", "联盟", "投资", "市场", "高校", "研究", "AI", "GPU", "DeepSeek", "OpenAI", "封锁", "突围", "自主", "研发",
            "供应链", "算法", "应对", "策略", "风险", "监管", "国际", "产业", "发展", "能力", "成本", "优势" };

    private SyntheticDocuments() {
    }

    public static Document create(int n, int sections, long seed) {
        Random random = new Random(seed);
        GlossaFactory f = GlossaFactory.eINSTANCE;
        Document document = f.createDocument();
        document.setCodebook(DefaultCodebook.create());
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        int sectionLength = 10_000;
        for (int s = 0; s < sections; s++) {
            Section top = section(String.valueOf(s + 1), hanText(random, 6), 1, s * sectionLength, (s + 1) * sectionLength);
            for (int c = 0; c < 3; c++) {
                int begin = s * sectionLength + 1_000 + c * 3_000;
                top.getChildren().add(section((c + 1) + ".", hanText(random, 8), 2, begin, begin + 3_000));
            }
            document.getSections().add(top);
        }
        int textLength = sections * sectionLength;
        long now = System.currentTimeMillis();
        Annotation[] annotations = new Annotation[n];
        for (int i = 0; i < n; i++) {
            Annotation a = f.createAnnotation();
            a.setId("a-" + i);
            a.setType(types.get(random.nextInt(types.size())));
            int begin = random.nextInt(textLength - 40);
            a.setBegin(begin);
            a.setEnd(begin + 4 + random.nextInt(30));
            a.setQuote(phrase(random, 2 + random.nextInt(6)));
            if (random.nextInt(3) == 0) {
                a.setMemo(phrase(random, 4));
            }
            a.getAttributes().add(AnnotationFactory.attribute("actor", ACTORS[random.nextInt(ACTORS.length)]));
            a.setAuthor(AUTHORS[random.nextInt(AUTHORS.length)]);
            a.setStatus(AnnotationStatus.get(random.nextInt(10) == 0 ? 1 : 0));
            a.setModified(new Date(now - random.nextInt(1_000_000_000)));
            annotations[i] = a;
        }
        document.getAnnotations().addAll(List.of(annotations));
        return document;
    }

    /**
     * Writes {@code sample} repeated (blank line between) to at least {@code bytes} UTF-8 bytes at {@code path}, with
     * a sidecar of {@code count} annotations spread evenly, the codebook's types in turn, every fifth overlapping its
     * predecessor, and the detected sections.
     */
    public static Path writeArticle(Path path, String sample, int bytes, int count) throws IOException {
        StringBuilder text = new StringBuilder(sample);
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            text.append("\n\n").append(sample);
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
        ArticleText articleText = TextDecoder.decode(path);
        String all = articleText.text();
        Document document = ArticleStore.newDocument(path, articleText, ContentHash.of(all));
        document.getSections().addAll(SectionDetector.detect(all));
        List<AnnotationType> types = Codebooks.activeTypes(document.getCodebook());
        int step = Math.max(1, all.length() / count);
        List<Annotation> annotations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int begin = Math.max(0, Math.min(i * step + (i % 5 == 4 ? -step / 2 : 0), all.length() - 30));
            int end = Math.min(all.length(), begin + 4 + i % 9);
            AnnotationType type = types.get(i % types.size());
            try {
                annotations.add(AnnotationFactory.create(all, type, begin, end, "bench"));
            } catch (IllegalArgumentException blank) {
                annotations.add(AnnotationFactory.create(all, type, begin, begin + 20, "bench"));
            }
        }
        document.getAnnotations().addAll(annotations);
        new ArticleStore().save(new AnnotatedArticle(path, articleText, document), false, null);
        return path;
    }

    private static Section section(String number, String title, int level, int begin, int end) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setNumber(number);
        section.setTitle(title);
        section.setLevel(level);
        section.setBegin(begin);
        section.setEnd(end);
        return section;
    }

    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /** Common Han characters (U+4E00..U+62FF), so pinyin collation has real work to do. */
    private static String hanText(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (0x4E00 + random.nextInt(0x1500));
        }
        return new String(chars);
    }
}
