package glossa.core.tests.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.exchange.export.ExportOptions;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * Articles built for the PDF layout tests: chapters "一、…", "二、…" whose bodies the test chooses, and the PDF report
 * of an article read back as a {@link PdfView}.
 */
final class PdfArticles {

    private PdfArticles() {
    }

    /** An article with one chapter per {@code {title, body}}; the chapter's text is its heading line and the body. */
    static AnnotatedArticle chapters(String title, String[]... chapters) {
        String[] numbers = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String[] chapter : chapters) {
            int begin = text.length();
            text.append(numbers[spans.size()]).append("、").append(chapter[0]).append('\n').append(chapter[1])
                    .append('\n');
            spans.add(new int[] { begin, text.length() });
        }
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle(title);
        document.setCodebook(DefaultCodebook.create());
        for (int i = 0; i < chapters.length; i++) {
            document.getSections().add(ExportFixtures.section(numbers[i], chapters[i][0], spans.get(i)[0],
                    spans.get(i)[1], SectionKind.BODY));
        }
        return new AnnotatedArticle(Path.of("layout.zh.txt"), ArticleText.of(text.toString()), document);
    }

    /** The chapter (top-level section) whose title is {@code title}. */
    static Section chapter(AnnotatedArticle article, String title) {
        return article.document().getSections().stream().filter(s -> s.getTitle().equals(title)).findFirst()
                .orElseThrow();
    }

    static byte[] pdf(AnnotatedArticle article, ExportOptions options) throws IOException {
        return ExportFixtures.bytes(article, ExportFixtures.format("pdf"), options);
    }

    static PdfView view(AnnotatedArticle article) throws IOException {
        return PdfView.of(pdf(article, ExportFixtures.OPTIONS));
    }

    /** Seeded Chinese prose: Han characters with closing punctuation (，。、」) scattered through it. */
    static String chineseWithPunctuation(int length, long seed) {
        String han = "技术出口管制与开源模型生态应对美国政府讨论签证规则中国企业数据人才争夺地缘政治投射";
        String closing = "，。、」）！？；";
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(han.charAt(random.nextInt(han.length())));
            if (random.nextInt(4) == 0) {
                sb.append(closing.charAt(random.nextInt(closing.length())));
            }
        }
        return sb.toString();
    }

    /** Seeded English prose: words of 1 to 12 letters separated by single spaces. */
    static String englishWords(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append((char) ((i == 0 && w % 7 == 0 ? 'A' : 'a') + random.nextInt(26)));
            }
        }
        return sb.toString();
    }
}
