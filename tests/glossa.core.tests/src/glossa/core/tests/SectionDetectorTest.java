package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import glossa.core.sections.SectionDetector;
import glossa.core.text.TextDecoder;
import glossa.model.Section;
import glossa.model.SectionKind;

class SectionDetectorTest {

    @Test
    void sharedSampleHasPreambleFiveSectionsWithPointsAndClosing() throws Exception {
        String text = TextDecoder.decode(TestFiles.sample()).text();
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("", "一", "二", "三", "四", "五", "", ""), numbers(top));
        assertEquals(SectionKind.PREAMBLE, top.get(0).getKind());
        assertEquals(0, top.get(0).getBegin());
        // The page's tail (相关文章推荐 / 发表评论 / 活动) is page furniture after the closing section.
        Section footer = top.get(7);
        assertEquals(SectionKind.BOILERPLATE, footer.getKind());
        assertTrue(text.startsWith("相关文章推荐", footer.getBegin()));
        assertEquals(text.length(), footer.getEnd());
        assertEquals("提案背景:中美AI竞争的“技术卡位战”", top.get(1).getTitle());
        assertEquals("提案内容:15页文件中的“技术杀招”", top.get(2).getTitle());
        assertEquals("技术博弈:DeepSeek的“突围路径”", top.get(3).getTitle());
        assertEquals("行业影响:全球AI生态的“分裂风险”", top.get(4).getTitle());
        assertEquals("中国AI的应对策略:从“技术突围”到“规则重构”", top.get(5).getTitle());
        Section closing = top.get(6);
        assertEquals(SectionKind.CLOSING, closing.getKind());
        assertTrue(closing.getTitle().startsWith("结语"));
        assertEquals(footer.getBegin(), closing.getEnd());
        for (int i = 1; i <= 5; i++) {
            Section section = top.get(i);
            assertEquals(SectionKind.BODY, section.getKind());
            assertEquals(1, section.getLevel());
            assertEquals(List.of("1.", "2.", "3."), numbers(section.getChildren()), section.getNumber());
            for (Section point : section.getChildren()) {
                assertEquals(2, point.getLevel());
                assertTrue(point.getChildren().isEmpty(), "bullets are not sections");
                assertTrue(text.substring(point.getBegin(), point.getEnd()).strip().startsWith(point.getNumber()));
            }
        }
        assertEquals("技术代差缩小引发的焦虑", top.get(1).getChildren().get(0).getTitle());
        assertEquals("人才“内循环”体系的构建", top.get(3).getChildren().get(2).getTitle());
        assertTiled(text, top);
    }

    @Test
    void headingOffsetsPointAtTheHeadingLine() throws Exception {
        String text = TextDecoder.decode(TestFiles.sample()).text();
        Section two = SectionDetector.detect(text).get(2);
        assertTrue(text.startsWith("二、提案内容", two.getBegin()));
        assertTrue(text.startsWith("三、", two.getEnd()));
    }

    @Test
    void ownChineseSampleNestsParenthesisedHeadingsAndPoints() throws Exception {
        String text = TextDecoder.decode(TestFiles.repo("samples/glossa-sample.zh.txt")).text();
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("", "一", "二", "三", ""), numbers(top));
        assertEquals(List.of("（一）", "（二）"), numbers(top.get(1).getChildren()));
        Section first = top.get(1).getChildren().get(0);
        assertEquals(List.of("1.", "2."), numbers(first.getChildren()));
        assertEquals(3, first.getChildren().get(0).getLevel());
        assertTrue(first.getChildren().get(0).getTitle().length() > 40, "a long numbered sentence is still a point");
        assertTrue(top.get(1).getChildren().get(1).getChildren().isEmpty(), "“1.5亿次” in running text is no point");
        assertEquals(List.of("（1）", "（2）"), numbers(top.get(3).getChildren()));
        assertEquals("结语", top.get(4).getTitle());
        assertEquals(SectionKind.CLOSING, top.get(4).getKind());
        assertTiled(text, top);
    }

    @Test
    void markdownSampleUsesHashLevelsAndTheLoneH1AsDocumentTitle() throws Exception {
        String text = TextDecoder.decode(TestFiles.repo("samples/glossa-sample.en.md")).text();
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("", "1.", "2.", "3.", ""), numbers(top));
        assertEquals(SectionKind.PREAMBLE, top.get(0).getKind());
        assertEquals("Background / 背景", top.get(1).getTitle());
        assertEquals(List.of("1.", "2."), numbers(top.get(1).getChildren()));
        assertEquals(List.of("2.1", "2.2"), numbers(top.get(2).getChildren()));
        assertEquals(List.of("1.", "2."), numbers(top.get(2).getChildren().get(1).getChildren()));
        assertEquals(3, top.get(2).getChildren().get(1).getChildren().get(0).getLevel());
        assertEquals(List.of("1、", "2、", "3、"), numbers(top.get(3).getChildren()));
        assertEquals(SectionKind.CLOSING, top.get(4).getKind());
        assertTiled(text, top);
    }

    @Test
    void englishRomanAndDottedHeadings() {
        String text = """
                Policy Brief
                I. Introduction
                Text about 1. nothing.
                1. The first point is a long sentence that goes on and on, as points in briefs often do.
                2. The second point.
                II. Analysis
                1 Scope
                3.4 not a heading: a list does not start at 4
                III. Findings
                1.1 Shares
                IV. Conclusions
                The end.
                """;
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("", "I.", "II.", "III.", "IV."), numbers(top));
        assertEquals(List.of("1.", "2."), numbers(top.get(1).getChildren()));
        assertTrue(top.get(2).getChildren().isEmpty(), "“1 Scope” and a 3.4 out of nowhere are text");
        assertEquals(List.of("1.1"), numbers(top.get(3).getChildren()));
        assertEquals(SectionKind.CLOSING, top.get(4).getKind());
        assertEquals("Conclusions", top.get(4).getTitle());
    }

    @Test
    void englishNumberedHeadingsWithSubsections() {
        String text = "1. Introduction\nx\n1.1 Background\ny\n1.2 Scope\n2. Method\n2.1 Data\n3. Conclusion\nz\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("1.", "2.", "3."), numbers(top));
        assertEquals(List.of("1.1", "1.2"), numbers(top.get(0).getChildren()));
        assertEquals(List.of("2.1"), numbers(top.get(1).getChildren()));
        assertEquals(SectionKind.CLOSING, top.get(2).getKind());
        assertTiled(text, top);
    }

    @Test
    void aSummaryOpeningTheTextIsItsAbstractButAConclusionAtTheEndStillCloses() {
        String notice = "Federal Aviation Administration\nSUMMARY: The FAA proposes to\nsupersede an AD.\n"
                + "DATES: We must receive comments by September 21.\nPART 39—AIRWORTHINESS DIRECTIVES\n"
                + "(a) Comments Due Date\nby September 21.\n(b) Affected ADs\nthis AD replaces another.\n";
        List<Section> top = SectionDetector.detect(notice);
        assertTrue(top.stream().noneMatch(s -> s.getKind() == SectionKind.CLOSING),
                "the summary at the top does not swallow the notice as a closing section");
        assertTiled(notice, top);

        String essay = "开头的一段话，没有编号的标题。\n第二段正文，继续论述。\n第三段正文。\n结语\n最后的话。\n";
        List<Section> essaySections = SectionDetector.detect(essay);
        Section last = essaySections.get(essaySections.size() - 1);
        assertEquals(SectionKind.CLOSING, last.getKind(), "结语 late in a text without numbered headings still closes it");
        assertEquals("结语", last.getTitle());
        assertTiled(essay, essaySections);
    }

    @Test
    void federalRegisterParagraphsNestNumbersUnderLettersAndLettersGoOnPastH() {
        // 14 CFR / Federal Register style: (a) > (1) > (i); "(i)" after "(h)" and its points is the ninth letter.
        String ad = "PART 39—AIRWORTHINESS DIRECTIVES\n(a) Comments Due Date\ntext.\n(b) Affected ADs\ntext.\n"
                + "(c) Applicability\ntext.\n(d) Subject\ntext.\n(e) Unsafe Condition\ntext.\n(f) Compliance\ntext.\n"
                + "(g) Installation\ntext.\n(h) Manual Revisions\ntext\n"
                + "(1) In the Certificate Limitations\ntext\n(2) In the Operating Procedures\ntext\n"
                + "(i) Minimum Equipment List\ntext\n(j) Display Software\ntext\n(k) Wire Bundle\ntext\n"
                + "(1) The Manager\ntext\n(2) Before using\ntext\n(i) The steps labeled as RC\ntext\n"
                + "(ii) Steps not labeled\ntext\n(l) Related Information\ntext\n";
        List<Section> top = SectionDetector.detect(ad);
        Section part = top.get(top.size() - 1);
        assertEquals("PART 39", part.getNumber());
        assertEquals(List.of("(h)", "(i)", "(j)", "(k)", "(l)"),
                numbers(part.getChildren()).subList(numbers(part.getChildren()).indexOf("(h)"), part.getChildren().size()));
        Section h = part.getChildren().stream().filter(s -> "(h)".equals(s.getNumber())).findFirst().orElseThrow();
        assertEquals(List.of("(1)", "(2)"), numbers(h.getChildren()));
        Section k = part.getChildren().stream().filter(s -> "(k)".equals(s.getNumber())).findFirst().orElseThrow();
        assertEquals(List.of("(1)", "(2)"), numbers(k.getChildren()));
        assertEquals(List.of("(i)", "(ii)"), numbers(k.getChildren().get(1).getChildren()));
        assertTiled(ad, top);
    }

    @Test
    void chineseChaptersAndSections() {
        String text = "第一章 总则\n第一节 目的\n正文\n第二节 范围\n正文\n第二章 措施\n十一、不是开头的编号\n一、出口管制\n二、签证\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("第一章", "第二章"), numbers(top));
        assertEquals("总则", top.get(0).getTitle());
        assertEquals(List.of("第一节", "第二节"), numbers(top.get(0).getChildren()));
        assertEquals(List.of("一", "二"), numbers(top.get(1).getChildren()));
    }

    @Test
    void chineseNumeralsBeyondTen() {
        StringBuilder sb = new StringBuilder();
        String[] numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };
        for (String n : numerals) {
            sb.append(n).append("、标题").append(n).append("\n正文。\n");
        }
        assertEquals(List.of(numerals), numbers(SectionDetector.detect(sb.toString())));
    }

    @Test
    void yearsAndAmountsAreNotHeadings() {
        String text = "2023年，美国出台了法案。\n1.5亿美元的投入。\n2025.09.26 20:07 发布\n3. 孤立的编号不是标题\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(1, top.size());
        assertEquals(SectionKind.BODY, top.get(0).getKind());
    }

    @Test
    void textWithoutHeadingsIsOneSection() {
        String text = "\n  A short note without any headings.\nSecond line.\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(1, top.size());
        assertEquals(0, top.get(0).getBegin());
        assertEquals(text.length(), top.get(0).getEnd());
        assertEquals("A short note without any headings.", top.get(0).getTitle());
        assertEquals("", top.get(0).getNumber());
    }

    @Test
    void crlfTextGivesTheSameTreeWithOffsetsIntoTheCrlfText() throws Exception {
        String lf = TextDecoder.decode(TestFiles.sample()).text();
        String crlf = lf.replace("\n", "\r\n");
        List<Section> a = SectionDetector.detect(lf);
        List<Section> b = SectionDetector.detect(crlf);
        assertEquals(numbers(a), numbers(b));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getTitle(), b.get(i).getTitle(), "no \\r in titles");
            assertTrue(crlf.startsWith(lf.substring(a.get(i).getBegin(), a.get(i).getBegin() + 4), b.get(i).getBegin()));
        }
        Section point = b.get(2).getChildren().get(1);
        assertTrue(crlf.startsWith("  2. 人才流动限制\r\n", point.getBegin()));
        assertTiled(crlf, b);
    }

    @Test
    void markdownCodeFencesHideHeadings() {
        String text = "## A\n```\n# not a heading\n```\n## B\n";
        assertEquals(List.of("A", "B"), SectionDetector.detect(text).stream().map(Section::getTitle).toList());
    }

    private static List<String> numbers(List<Section> sections) {
        return sections.stream().map(Section::getNumber).collect(Collectors.toList());
    }

    /**
     * The sections tile the text: top-level sections follow each other with neither gap nor overlap from offset 0 to
     * the end of the text; a section's children follow each other the same way, from somewhere after the parent's
     * heading to the parent's end.
     */
    private static void assertTiled(String text, List<Section> sections) {
        assertTiled(sections, 0, text.length(), true);
    }

    private static void assertTiled(List<Section> sections, int begin, int end, boolean fromBegin) {
        int previousEnd = begin;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            assertTrue(s.getBegin() < s.getEnd(), "empty section " + s.getTitle());
            if (i > 0 || fromBegin) {
                assertEquals(previousEnd, s.getBegin(), (i == 0 ? "the first section must begin at " + begin
                        : "gap or overlap before ") + " " + s.getTitle());
            } else {
                assertTrue(s.getBegin() > begin, "a first child must begin after its parent's heading: " + s.getTitle());
            }
            previousEnd = s.getEnd();
            assertTiled(s.getChildren(), s.getBegin(), s.getEnd(), false);
        }
        if (!sections.isEmpty()) {
            assertEquals(end, previousEnd, "the last section must end at " + end);
        }
    }
}
