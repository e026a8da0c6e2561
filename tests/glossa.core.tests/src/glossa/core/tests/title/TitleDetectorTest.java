package glossa.core.tests.title;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import glossa.core.sections.SectionDetector;
import glossa.core.title.DocumentInfo;
import glossa.core.title.TitleDetector;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/** The one title detector: metadata, front matter, then the first line that is not page furniture. */
class TitleDetectorTest {

    private static String sample() throws Exception {
        return Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleIsTitledByItsHeadlineNotByTheLogoLine() throws Exception {
        String text = sample();
        assertEquals("logo", SectionDetector.firstLine(text), "the stray first line this is about");
        DocumentInfo info = TitleDetector.detect(null, text, "article.txt");
        assertEquals("OpenAI“技术封锁”风波:DeepSeek与中国AI的突围之路", info.title());
        assertEquals(DocumentInfo.Origin.DETECTED, info.titleOrigin());
        assertEquals("Nicky", info.author(), "from the byline 作者:Nicky2025.09.26 20:07浏览量:0");
        assertEquals("2025-09-26 20:07", info.date());
        assertEquals("", info.sourceUrl());
    }

    @Test
    void aStoredTitleIsMetadataUnlessItIsTheOldAutomaticFirstLine() throws Exception {
        String text = sample();
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("logo"); // what older versions stored for every new document
        assertEquals("OpenAI“技术封锁”风波:DeepSeek与中国AI的突围之路", TitleDetector.detect(document, text, "a").title());
        document.setTitle("分析师的标题");
        DocumentInfo info = TitleDetector.detect(document, text, "a");
        assertEquals("分析师的标题", info.title());
        assertEquals(DocumentInfo.Origin.METADATA, info.titleOrigin());
    }

    @Test
    void pageFurnitureIsSkipped() {
        String text = """
                Home
                首页 > 科技 > 人工智能
                www.example.com
                2025-01-02 10:00
                来源：新华社  作者：张三  阅读：1200

                **美国发布新的AI出口管制规则**

                正文第一段。
                """;
        DocumentInfo info = TitleDetector.detect(null, text, "f.txt");
        assertEquals("美国发布新的AI出口管制规则", info.title());
        assertEquals("张三", info.author());
        assertEquals("2025-01-02 10:00", info.date());
    }

    @Test
    void frontMatterGivesTitleAuthorDateAndUrl() {
        String text = """
                ---
                title: "Executive Order on AI"
                author: The White House
                date: 2025-01-23
                source_url: https://example.gov/eo
                ---
                # Executive Order on AI

                Section 1. Purpose.
                """;
        DocumentInfo info = TitleDetector.detect(null, text, "eo.md");
        assertEquals("Executive Order on AI", info.title());
        assertEquals(DocumentInfo.Origin.FRONT_MATTER, info.titleOrigin());
        assertEquals("The White House", info.author());
        assertEquals("2025-01-23", info.date());
        assertEquals("https://example.gov/eo", info.sourceUrl());
    }

    @Test
    void aTextThatStartsWithAChapterOrIsEmptyFallsBackToTheFileName() {
        assertEquals("plain.txt", TitleDetector.detect(null, "一、背景\n内容。\n", "plain.txt").title());
        assertEquals(DocumentInfo.Origin.FILE_NAME, TitleDetector.detect(null, "", "empty.txt").titleOrigin());
        assertEquals("https://example.com/a",
                TitleDetector.detect(null, "标题行\n原文链接: https://example.com/a\n一、正文\n", "x").sourceUrl());
    }
}
