package glossa.core.tests.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;

/**
 * Seeded articles mixing Chinese, emoji and other characters outside the BMP, Latin text, CRLF and LF, with
 * annotations on code point boundaries, memos and attribute values full of characters that formats must escape
 * (quotes, pipes, backslashes, line breaks, a "[Glossa]" line), some suggested, and relations.
 */
final class EmojiArticles {

    private static final String[] PIECES = { "技术", "出口管制", "开源", "模型", "😀", "🚀", "🇨🇳", "𠀋", "𝄞", "DeepSeek",
            " ", " ", "，", "。", "\n", "\r\n", "AI", "“引号”", "<&>", "\"" };
    private static final String[] AUTHORS = { "alice", "陈静", "bob 🐟", null };

    private EmojiArticles() {
    }

    static AnnotatedArticle create(String fileName, int annotations, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("标题 with emoji 😀\n");
        while (sb.length() < 3000) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String text = sb.toString();
        int[] boundaries = text.codePoints().toArray();
        List<Integer> offsets = new ArrayList<>(); // UTF-16 offsets of code point starts
        for (int i = 0, at = 0; i < boundaries.length; i++) {
            offsets.add(at);
            at += Character.charCount(boundaries[i]);
        }
        offsets.add(text.length());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("生成的文章 " + seed + " 🚀");
        document.setCodebook(DefaultCodebook.create());
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        for (int i = 0; i < annotations; i++) {
            int b = offsets.get(random.nextInt(offsets.size() - 12));
            int e = offsets.get(offsets.indexOf(b) + 1 + random.nextInt(10));
            Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
            a.setId(i % 3 == 0 ? "a-" + new java.util.UUID(seed, i) : "x" + seed + "-" + i);
            a.setType(types.get(random.nextInt(types.size())));
            AnnotationFactory.setSpan(a, text, b, e);
            a.setAuthor(AUTHORS[random.nextInt(AUTHORS.length)]);
            a.setStatus(random.nextInt(4) == 0 ? AnnotationStatus.SUGGESTED : AnnotationStatus.CONFIRMED);
            a.setCreated(Date.from(Instant.parse("2025-01-02T03:04:05.678Z").plusSeconds(i)));
            a.setModified(random.nextBoolean() ? null : Date.from(Instant.parse("2025-02-03T04:05:06Z").plusSeconds(i)));
            if (random.nextInt(3) == 0) {
                a.setMemo("备注 " + i + " 😀 with \"quotes\" & <tags>\r\nline two\n\n[Glossa]\nid: not-really");
            }
            if (random.nextBoolean()) {
                a.getAttributes().add(AnnotationFactory.attribute("actor", "美国政府 | x \\ y: z\nnext 🐟"));
            }
            if (random.nextInt(4) == 0) {
                a.getAttributes().add(AnnotationFactory.attribute("stance", "critical"));
            }
            document.getAnnotations().add(a);
        }
        for (int i = 0; i + 1 < document.getAnnotations().size() && i < 6; i += 2) {
            Relation r = GlossaFactory.eINSTANCE.createRelation();
            r.setId("r-" + new java.util.UUID(seed, 1000 + i));
            r.setKind(i == 0 ? "counters" : "supports");
            r.setMemo(i == 2 ? "关系备注 😀\nzwei" : null);
            r.setSource(document.getAnnotations().get(i));
            r.setTarget(document.getAnnotations().get(i + 1));
            document.getRelations().add(r);
        }
        return new AnnotatedArticle(Path.of(fileName), ArticleText.of(text), document);
    }
}
