package glossa.core.tests.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.ExportOptions;
import glossa.core.text.ArticleText;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.model.Section;
import glossa.model.SectionKind;

/** Documents built in code for the export tests: no detector and no sidecar store needed. */
final class ExportFixtures {

    static final Instant DATE = Instant.parse("2025-09-26T12:00:00Z");
    // English report words: the assertions below name them; ReportExportTest covers the Chinese ones.
    static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(DATE).withLanguage("en");

    /**
     * A small Chinese article with a preamble and two numbered sections. Annotations: a claim over "技术出口管制" with a
     * policy measure "出口管制" nested inside it, a counter-strategy "开源模型" partly overlapping a claim "模型生态",
     * and a relation: the counter-strategy counters the measure.
     */
    static final String TEXT = "前言:美国考虑对华技术出口管制。\n"
            + "一、背景\n美国政府讨论技术出口管制与签证规则。\n"
            + "二、对策\n中国企业以开源模型生态应对,\"引号\", 逗号与\n换行。\n";

    static Annotation claim;
    static Annotation measure;
    static Annotation openSource;
    static Annotation ecosystem;

    /** A registered export format by id, e.g. {@code format("html")}. */
    static ExportFormat format(String id) {
        return FormatRegistry.instance().exportFormat(id);
    }

    static AnnotatedArticle small() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("技术封锁 test");
        document.setCodebook(DefaultCodebook.create());
        String text = TEXT;
        int one = text.indexOf("一、");
        int two = text.indexOf("二、");
        document.getSections().add(section("", "前言", 0, one, SectionKind.PREAMBLE));
        document.getSections().add(section("一", "背景", one, two, SectionKind.BODY));
        document.getSections().add(section("二", "对策", two, text.length(), SectionKind.BODY));
        int b = text.indexOf("技术出口管制", one);
        claim = add(document, text, DefaultCodebook.CLAIM, b, b + 6, "ana");
        claim.getAttributes().add(AnnotationFactory.attribute("actor", "美国政府"));
        claim.getAttributes().add(AnnotationFactory.attribute("stance", "critical"));
        claim.setMemo("主张, with \"quotes\", commas\nand a new line");
        measure = add(document, text, DefaultCodebook.POLICY_MEASURE, b + 2, b + 6, "bo");
        measure.getAttributes().add(AnnotationFactory.attribute("instrument", "export control"));
        measure.setStatus(AnnotationStatus.SUGGESTED);
        int o = text.indexOf("开源模型");
        openSource = add(document, text, DefaultCodebook.COUNTER_STRATEGY, o, o + 4, "ana");
        ecosystem = add(document, text, DefaultCodebook.CLAIM, o + 2, o + 6, "ana");
        Relation relation = GlossaFactory.eINSTANCE.createRelation();
        relation.setId("r-1");
        relation.setKind("counters");
        relation.setSource(openSource);
        relation.setTarget(measure);
        document.getRelations().add(relation);
        return new AnnotatedArticle(Path.of("article.zh.txt"), ArticleText.of(text), document);
    }

    static final String DOCUMENT_MEMO = "整篇文章的备忘: check the 出口管制 timeline 📅\nsecond line";
    static final String SECTION_MEMO = "背景部分需要核实 \"sources\"";
    static final String SUBSECTION_MEMO = "子节的备忘 𠀀";

    /** The small article with a memo on the document, on section 一 and on a subsection inside section 二. */
    static AnnotatedArticle smallWithMemos() {
        AnnotatedArticle article = small();
        Document document = article.document();
        document.setMemo(DOCUMENT_MEMO);
        numbered(document, "一").setMemo(SECTION_MEMO);
        Section two = numbered(document, "二");
        int inner = TEXT.indexOf("中国企业");
        Section subsection = section("1", "企业", inner, two.getEnd(), SectionKind.BODY);
        subsection.setLevel(2);
        two.getChildren().add(subsection);
        subsection.setMemo(SUBSECTION_MEMO);
        return article;
    }

    /** The top-level section numbered {@code number}. */
    static Section numbered(Document document, String number) {
        return document.getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
    }

    static Section section(String number, String title, int begin, int end, SectionKind kind) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setNumber(number);
        section.setTitle(title);
        section.setBegin(begin);
        section.setEnd(end);
        section.setLevel(1);
        section.setKind(kind);
        return section;
    }

    static Annotation add(Document document, String text, String typeId, int begin, int end, String author) {
        AnnotationType type = Codebooks.find(document.getCodebook(), typeId).orElseThrow();
        Annotation a = AnnotationFactory.create(text, type, begin, end, author);
        // Fixed dates with milliseconds, to check they survive a round trip.
        a.setCreated(Date.from(Instant.parse("2025-09-20T08:15:30.123Z").plusSeconds(document.getAnnotations().size())));
        a.setModified(Date.from(Instant.parse("2025-09-21T09:00:00Z")));
        document.getAnnotations().add(a);
        return a;
    }

    /**
     * The shared Chinese sample article, with top-level sections from its "一、" … "五、" and "结语" heading lines
     * (hand-made here: the section detector lives elsewhere) and annotations on phrases it contains, some
     * overlapping.
     */
    static AnnotatedArticle sample() throws IOException {
        Path path = Path.of(System.getProperty("glossa.sample"));
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("OpenAI“技术封锁”风波:DeepSeek与中国AI的突围之路");
        document.setCodebook(DefaultCodebook.create());
        Matcher m = Pattern.compile("(?m)^([一二三四五六七八九十]+)、(.*)$|^(结语):(.*)$").matcher(text);
        Section previous = null;
        int firstHeading = -1;
        while (m.find()) {
            if (firstHeading < 0) {
                firstHeading = m.start();
            }
            if (previous != null) {
                previous.setEnd(m.start());
            }
            boolean closing = m.group(3) != null;
            previous = section(closing ? "" : m.group(1), closing ? m.group(3) + ":" + m.group(4) : m.group(2),
                    m.start(), text.length(), closing ? SectionKind.CLOSING : SectionKind.BODY);
            document.getSections().add(previous);
        }
        document.getSections().add(0, section("", "导语", 0, firstHeading, SectionKind.PREAMBLE));
        String[][] phrases = { { DefaultCodebook.POLICY_MEASURE, "技术出口管制" }, { DefaultCodebook.POLICY_MEASURE, "人才流动限制" },
                { DefaultCodebook.CLAIM, "矛头直指中国AI企业DeepSeek" }, { DefaultCodebook.COUNTER_STRATEGY, "开源" },
                { DefaultCodebook.CLAIM, "DeepSeek" } };
        for (String[] phrase : phrases) {
            int count = 0;
            for (int i = text.indexOf(phrase[1]); i >= 0 && count < 6; i = text.indexOf(phrase[1], i + 1)) {
                add(document, text, phrase[0], i, i + phrase[1].length(), "analyst");
                count++;
            }
        }
        return new AnnotatedArticle(path, ArticleText.of(text), document);
    }

    static String export(AnnotatedArticle article, ExportFormat format, ExportOptions options) throws IOException {
        return new String(bytes(article, format, options), StandardCharsets.UTF_8);
    }

    static byte[] bytes(AnnotatedArticle article, ExportFormat format, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.newExporter().export(article, options, out, new NullProgressMonitor());
        return out.toByteArray();
    }

    /** A fresh article over the same text and codebook, without annotations: the target of a round trip. */
    static AnnotatedArticle fresh(AnnotatedArticle like) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        return new AnnotatedArticle(like.articlePath(), like.articleText(), document);
    }
}
