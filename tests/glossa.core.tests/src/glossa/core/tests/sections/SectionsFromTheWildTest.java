package glossa.core.tests.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.sections.FrontMatterMetadata;
import glossa.core.sections.SectionDetector;
import glossa.core.text.TextDecoder;
import glossa.core.title.DocumentInfo;
import glossa.core.title.TitleDetector;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/** Front matter, page furniture, bold and Markdown numbering, English divisions with no-break spaces. */
class SectionsFromTheWildTest {

    private static String fixture(String name) throws Exception {
        Path path = Path.of(System.getProperty("glossa.repo")).resolve("tests/fixtures/sections").resolve(name);
        assertTrue(Files.isRegularFile(path), path.toString());
        return TextDecoder.decode(path).text();
    }

    /** An inline 相关文章推荐 box with chapters after it is not the page footer: the article goes on. */
    @Test
    void aFooterMarkerFollowedByNumberedChaptersDoesNotEndTheArticle() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")));
        String twice = sample + "\n" + sample;
        List<Section> sections = SectionDetector.detect(twice);
        List<Section> boilerplate = sections.stream().filter(s -> s.getKind() == SectionKind.BOILERPLATE).toList();
        assertEquals(1, boilerplate.size(), "one page footer");
        assertTrue(boilerplate.get(0).getBegin() > sample.length(), "the footer is the second copy's, at the end");
        assertEquals(twice.length(), boilerplate.get(0).getEnd());
    }

    @Test
    void frontMatterIsASectionWithExactOffsetsAndBecomesProvenanceAndTitle() throws Exception {
        String text = fixture("cn-web-wechat-pension.md");
        List<Section> top = SectionDetector.detect(text);
        Section front = top.get(0);
        assertEquals(SectionKind.FRONT_MATTER, front.getKind());
        assertEquals(0, front.getBegin());
        assertTrue(text.substring(0, front.getEnd()).endsWith("---\n"));
        assertEquals(front.getEnd(), top.get(1).getBegin(), "the body starts where the front matter ends");

        Document document = GlossaFactory.eINSTANCE.createDocument();
        assertTrue(FrontMatterMetadata.apply(document, text));
        assertEquals("10年前被网暴的清华教授，精准预测到了2022年", document.getTitle());
        assertNotNull(document.getProvenance());
        assertEquals("搜索下载一条", document.getProvenance().getAuthor());
        assertTrue(document.getProvenance().getPublished().startsWith("2022-08-17"));
        DocumentInfo info = TitleDetector.detect(document, text, "x.md");
        assertEquals("10年前被网暴的清华教授，精准预测到了2022年", info.title());
    }

    @Test
    void executiveOrderHeadingsReadTheSameWithNoBreakSpaces() throws Exception {
        String text = fixture("us-eo-14151-dei-programs.txt");
        String nbsp = text.replace(".  ", ".\u00a0\u00a0").replace("Sec. ", "Sec.\u00a0");
        assertEquals(rows(SectionDetector.detect(text)), rows(SectionDetector.detect(nbsp)));
        Section two = SectionDetector.detect(nbsp).get(2);
        assertEquals("Sec.\u00a02.", two.getNumber());
        assertEquals("Implementation", two.getTitle());
        Section a = two.getChildren().get(0);
        assertEquals("(a)", a.getNumber());
        assertTrue(nbsp.startsWith("(a)", a.getBegin()), "an (a) inside the Sec. line starts where it is written");
    }

    @Test
    void boldChineseNumberingUnderATitleThatRepeatsTheFrontMatter() {
        String text = """
                ---
                title: "关于数据出境的几点看法"
                ---
                # 关于数据出境的几点看法

                导语段落。

                **一、背景**

                正文。

                **（一）规则**

                **1.** 第一点

                **2.** 第二点

                ## 二、建议

                正文。

                相关文章推荐

                发表评论
                """;
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("frontMatter", "preamble", "body", "body", "boilerplate"),
                top.stream().map(s -> s.getKind().getLiteral()).toList());
        assertEquals("一", top.get(2).getNumber());
        assertEquals("背景", top.get(2).getTitle());
        Section rules = top.get(2).getChildren().get(0);
        assertEquals("（一）", rules.getNumber());
        assertEquals(List.of("1.", "2."), rules.getChildren().stream().map(Section::getNumber).toList());
        assertEquals("二", top.get(3).getNumber(), "'## 二、' is a sibling of '**一、**', not a Markdown level");
        assertTrue(text.startsWith("相关文章推荐", top.get(4).getBegin()));
    }

    @Test
    void aBlockOfNavigationLinesIsAPageHeaderButOneStrayLineIsNot() {
        String text = "首页 > 新闻 > 正文\n作者:张三 浏览量:12\n\n标题\n\n一、甲\n\n正文\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(SectionKind.BOILERPLATE, top.get(0).getKind());
        assertEquals(0, top.get(0).getBegin());
        assertTrue(text.startsWith("标题", top.get(1).getBegin()) || text.startsWith("\n标题", top.get(1).getBegin()));
        List<Section> single = SectionDetector.detect("logo\n\n标题\n\n一、甲\n\n正文\n");
        assertEquals(SectionKind.PREAMBLE, single.get(0).getKind());
    }

    @Test
    void chineseLawArticlesHoldTheirItems() throws Exception {
        String text = fixture("cn-law-export-control.md");
        List<Section> top = SectionDetector.detect(text);
        Section chapterTwo = top.get(2);
        assertEquals("第二章", chapterTwo.getNumber());
        Section part = chapterTwo.getChildren().get(0);
        assertEquals("第一节", part.getNumber());
        Section article13 = part.getChildren().stream().filter(s -> s.getNumber().equals("第十三条")).findFirst()
                .orElseThrow();
        assertEquals(8, article13.getChildren().size());
        assertEquals("（八）", article13.getChildren().get(7).getNumber());
    }

    private static List<String> rows(List<Section> sections) {
        return sections.stream().flatMap(s -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(s.getLevel() + s.getTitle().replace('\u00a0', ' ')), rows(s.getChildren()).stream())).toList();
    }
}
