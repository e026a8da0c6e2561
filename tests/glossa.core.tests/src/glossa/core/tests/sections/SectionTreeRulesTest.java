package glossa.core.tests.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.sections.FrontMatter;
import glossa.core.sections.SectionDetector;
import glossa.model.Section;

/**
 * The detector's rules for building the tree, one small text each: which lines become sections, which nest under
 * which, and where the boundaries (first and last line, length limits, the page footer) fall. A tree is written as
 * an outline: one line per section, two spaces per level, "kind number title [begin,end)".
 */
class SectionTreeRulesTest {

    private static List<String> outline(String text) {
        List<String> lines = new ArrayList<>();
        outline(SectionDetector.detect(text), "", lines);
        return lines;
    }

    private static void outline(List<Section> sections, String indent, List<String> into) {
        for (Section s : sections) {
            into.add(indent + s.getKind() + " " + s.getNumber() + " " + s.getTitle() + " [" + s.getBegin() + ","
                    + s.getEnd() + ")");
            outline(s.getChildren(), indent + "  ", into);
        }
    }

    @Test
    void anEmptyTextHasNoSections() {
        assertEquals(List.of(), outline(""));
    }

    @Test
    void aBlankTextIsOneUntitledSection() {
        assertEquals(List.of("body   [0,5)"), outline("\n \n\n "));
    }

    @Test
    void anUntitledTextTakesItsFirstLineUpToSixtyCodePoints() {
        String sixty = "𠀀".repeat(60); // outside the BMP: code points, not chars, are counted
        assertEquals(sixty, SectionDetector.detect(sixty + "\nmore").get(0).getTitle());
        assertEquals(sixty + "…", SectionDetector.detect(sixty + "𠀀\nmore").get(0).getTitle());
        assertEquals("Title", SectionDetector.firstLine("\n\n## Title\nText"));
    }

    @Test
    void aRepeatedFrontMatterTitleNamesTheDocumentNotAChapter() {
        String text = "---\ntitle: “The Report”\n---\n# The Report\nIntro.\n# One\nText.\n# Two\nText.\n";
        int body = text.indexOf("# The Report");
        assertEquals(List.of("frontMatter  Front matter [0," + body + ")",
                "preamble  Preamble [" + body + "," + text.indexOf("# One") + ")",
                "body  One [" + text.indexOf("# One") + "," + text.indexOf("# Two") + ")",
                "body  Two [" + text.indexOf("# Two") + "," + text.length() + ")"), outline(text));
        // Without front matter, or with another title, "# The Report" is a chapter like the others.
        String bare = text.substring(body);
        assertEquals(List.of("The Report", "One", "Two"), titles(bare));
        assertEquals(List.of("Front matter", "The Report", "One", "Two"),
                titles(text.replace("title: “The Report”", "title: Another")));
    }

    @Test
    void aTextThatIsOnlyFrontMatterIsOneSectionEvenWithoutAFinalLineBreak() {
        assertEquals(List.of("frontMatter  Front matter [0,17)"), outline("---\ntitle: x\n---\n"));
        assertEquals(List.of("frontMatter  Front matter [0,16)"), outline("---\ntitle: x\n---"));
    }

    @Test
    void aNumberOnlyHeadingTakesTheShortLineBelowAsItsTitle() {
        String title120 = "T".repeat(120);
        assertEquals(List.of("Article 1 " + title120, "Article 2 Next"), numbersAndTitles(
                "Article 1\n\n" + title120 + "\nText.\nArticle 2\nNext\nText.\n"));
        // A longer line, a sentence or a numbered line is text, not a title.
        assertEquals(List.of("Article 1 ", "Article 2 "), numbersAndTitles(
                "Article 1\n" + title120 + "T\nArticle 2\nThe text goes on.\n"));
        // The last line of the text has no line below: it stays untitled.
        assertEquals(List.of("Preamble", ""), titles("Report\nArticle 1\n"));
        List<Section> numbered = SectionDetector.detect("Article 1\n1. Item\n");
        assertEquals(List.of("Article 1 "), numbered.stream().map(s -> s.getNumber() + " " + s.getTitle()).toList());
        assertEquals(List.of("1."), numbered.get(0).getChildren().stream().map(Section::getNumber).toList());
    }

    @Test
    void aNumberOnlyHeadingNeverTakesThePageFooterAsItsTitle() {
        String text = "Intro.\nArticle 1\n\n相关文章推荐\nSome link\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("Preamble", "", "Page footer"), top.stream().map(Section::getTitle).toList());
        assertEquals(text.indexOf("相关文章推荐"), top.get(1).getEnd());
    }

    @Test
    void aBlockOfPageFurnitureAloneIsThePageHeader() {
        String text = "首页 > 新闻 > 国际\n作者：张三 浏览量：100";
        assertEquals(List.of("boilerplate  Page header [0," + text.length() + ")"), outline(text));
    }

    @Test
    void aFooterMarkerBeforeAnyTextIsNotTheFooter() {
        // Only blank lines before it: the marker is not after the article's text, so it is not the page footer.
        String text = "\n\n相关文章推荐\n一、甲\n正文\n";
        int one = text.indexOf("一、");
        assertEquals(List.of("preamble  Preamble [0," + one + ")", "body 一 甲 [" + one + "," + text.length() + ")"),
                outline(text));
    }

    @Test
    void aFooterMarkerAfterOnlyBlankLinesLeavesTheTextWhole() {
        String text = "\n\n相关文章推荐\n正文在这里。\n";
        assertEquals(List.of("body  相关文章推荐 [0," + text.length() + ")"), outline(text));
    }

    @Test
    void aReaderServiceHeaderIsFrontMatterAndGivesTheTitle() {
        String header = "Title: Budget 2025\nURL Source: https://example.org/b\nMarkdown Content:\n";
        String text = header + "# Budget 2025\nIntro.\n# One\nA.\n# Two\nB.\n";
        assertEquals(header.length(), FrontMatter.end(text));
        assertEquals("Budget 2025", FrontMatter.values(text).get("title"));
        assertEquals("https://example.org/b", FrontMatter.values(text).get("source_url"));
        assertEquals(List.of("Front matter", "Preamble", "One", "Two"), titles(text));
    }

    @Test
    void lettersGoOnPastHAndRomanNumeralsStartUnderALetter() {
        StringBuilder text = new StringBuilder();
        for (char c = 'a'; c <= 'j'; c++) {
            text.append('(').append(c).append(") Item ").append(c).append(".\n");
        }
        List<Section> top = SectionDetector.detect(text.toString());
        assertEquals(List.of("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)", "(j)"),
                top.stream().map(Section::getNumber).toList(), "(i) after (h) is the ninth letter");
        top.forEach(s -> assertEquals(List.of(), s.getChildren()));

        List<Section> nested = SectionDetector.detect("(a) One.\n(i) First.\n(ii) Second.\n(b) Two.\n");
        assertEquals(List.of("(a)", "(b)"), nested.stream().map(Section::getNumber).toList());
        assertEquals(List.of("(i)", "(ii)"), nested.get(0).getChildren().stream().map(Section::getNumber).toList());
    }

    @Test
    void aStrayParenthesisedNumberOutOfSequenceIsText() {
        // "(v)" is neither the first Roman numeral nor the letter after one: running text.
        assertEquals(List.of("Intro."), titles("Intro.\n(v) Stray item.\nMore.\n"));
    }

    @Test
    void aDivisionOutOfSequenceKeepsItsInlineItemOutToo() {
        String text = "Sec. 1. Purpose.  (a) One.\n(b) Two.\nSec. 7. Quoted.  (a) Three.\nSec. 2. Scope.  (a) Four.\n";
        List<Section> top = SectionDetector.detect(text);
        assertEquals(List.of("Sec. 1.", "Sec. 2."), top.stream().map(Section::getNumber).toList());
        assertEquals(List.of("(a)", "(b)"), top.get(0).getChildren().stream().map(Section::getNumber).toList());
        Section a = top.get(1).getChildren().get(0);
        assertEquals(text.indexOf("(a) Four."), a.getBegin(), "the inline item starts at its own mark");
        assertEquals(List.of("(a)"), top.get(1).getChildren().stream().map(Section::getNumber).toList());
    }

    @Test
    void anotherStyleOfTheSameRankIsASiblingNotAChild() {
        assertEquals(List.of("1. ", "2. ", "1、 ", "2、 "), flat("1. A\n2. B\n1、甲\n2、乙\n"));
        assertEquals(List.of("I. ", "一 "), flat("I. Intro\ntext\n一、背景\ntext\n"));
    }

    @Test
    void aNumberedHeadingWrittenWithHashesKeepsItsHashLevel() {
        // "## 一、总则" and "## 附录" are both level-2 Markdown headings: siblings, though only one is numbered.
        List<Section> top = SectionDetector.detect("# Doc\n## 一、总则\ntext\n## 附录\ntext\n");
        assertEquals(List.of("Preamble", "总则", "附录"), top.stream().map(Section::getTitle).toList());
    }

    @Test
    void dottedNumbersBelongUnderTheNumberTheyStartWith() {
        // "2.1" is not a subsection of "1."; at the top, or under a plain-text heading, it may stand alone.
        assertEquals(List.of("1. ", "2. ", "  2.1 "), flat("1. A\n2.1 Misplaced\n2. B\n2.1 Placed\n"));
        assertEquals(List.of("1.1 ", "1.2 "), flat("1.1 A\ntext\n1.2 B\ntext\n"));
        assertEquals(List.of("1. ", "  1.1 ", "    （1） ", "    （2） "), flat("1. A\n1.1 B\n（1）C\n（2）D\n"));
    }

    @Test
    void chinesePartsNamedWithBuFenHoldChapters() {
        List<Section> top = SectionDetector.detect("第一部分 总则\n第一章 目的\n正文\n第二部分 措施\n第一章 出口\n正文\n");
        assertEquals(List.of("第一部分 总则", "第二部分 措施"), top.stream().map(s -> s.getNumber() + " " + s.getTitle()).toList());
        assertEquals(List.of("第一章"), top.get(1).getChildren().stream().map(Section::getNumber).toList());
    }

    private static List<String> titles(String text) {
        return SectionDetector.detect(text).stream().map(Section::getTitle).toList();
    }

    private static List<String> numbersAndTitles(String text) {
        return SectionDetector.detect(text).stream().map(s -> s.getNumber() + " " + s.getTitle()).toList();
    }

    /** Numbers of the whole tree, two spaces per level, with a trailing space. */
    private static List<String> flat(String text) {
        List<String> lines = new ArrayList<>();
        flat(SectionDetector.detect(text), "", lines);
        return lines;
    }

    private static void flat(List<Section> sections, String indent, List<String> into) {
        for (Section s : sections) {
            if (!s.getNumber().isEmpty()) {
                into.add(indent + s.getNumber() + " ");
            }
            flat(s.getChildren(), indent + "  ", into);
        }
    }
}
