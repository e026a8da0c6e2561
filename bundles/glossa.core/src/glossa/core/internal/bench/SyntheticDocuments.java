package glossa.core.internal.bench;

import java.util.Date;
import java.util.List;
import java.util.Random;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * Seeded synthetic documents for benchmarks: the default codebook, a section tree of {@code sections} top-level
 * sections with three sub-sections each, and {@code n} annotations with Chinese quotes, memos and actors spread over
 * the text. The same seed gives the same document.
 */
public final class SyntheticDocuments {

    private static final String[] ACTORS = { "OpenAI", "美国政府", "DeepSeek", "商务部", "中国AI企业", "开源社区", "高校" };
    private static final String[] AUTHORS = { "alice", "bob", "陈静", "王磊" };

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
            a.setQuote(hanText(random, 4 + random.nextInt(20)));
            if (random.nextInt(3) == 0) {
                a.setMemo(hanText(random, 10));
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

    private static Section section(String number, String title, int level, int begin, int end) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setNumber(number);
        section.setTitle(title);
        section.setLevel(level);
        section.setBegin(begin);
        section.setEnd(end);
        return section;
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
