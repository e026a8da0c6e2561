package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.TextBlocks;
import glossa.convert.html.HtmlConverter;

/**
 * How the article's elements become lines: block elements end a paragraph wherever loose text stands around them,
 * a paragraph all in bold is a line of its own, the bold lines that open a page without a title are its title, and a
 * page needs some words besides its title.
 */
class HtmlTextBlocksTest {

    private static Conversion convert(String html) throws ConversionException {
        return new HtmlConverter().convert(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static String text(String body) throws ConversionException {
        return convert("<html><body>" + body + "</body></html>").text();
    }

    static Stream<Arguments> looseText() {
        return Stream.of(
                Arguments.of("before a heading", "<div>Loose text first.<h2>Section</h2>Loose text after.</div>",
                        "Loose text first.\n\n## Section\n\nLoose text after."),
                Arguments.of("before a table row",
                        "<div>Loose text first.<table><tr><td>cell one</td><td>cell two</td></tr></table>after"
                                + "<p>A paragraph long enough to make this block the article.</p></div>",
                        "Loose text first.\n\ncell one\tcell two\n\nafter\n\n"
                                + "A paragraph long enough to make this block the article."),
                Arguments.of("before a bold paragraph", "<div>Loose text first.<p><b>Bold line</b></p>after</div>",
                        "Loose text first.\n\nBold line\n\nafter"),
                Arguments.of("around a block", "<div>Loose text first.<blockquote>quoted words</blockquote>after</div>",
                        "Loose text first.\n\nquoted words\n\nafter"),
                Arguments.of("inside a non-block wrapper",
                        "<font id=\"zoom\"><p>First paragraph of the notice.</p>Closing words of the notice.</font>",
                        "First paragraph of the notice.\n\nClosing words of the notice."));
    }

    @ParameterizedTest(name = "loose text {0}")
    @MethodSource("looseText")
    void blockElementsBreakParagraphsInTheOrderOfThePage(String where, String body, String text) throws Exception {
        assertEquals(text + "\n", text(body));
    }

    static Stream<Arguments> boldParagraphs() {
        return Stream.of(
                // All bold: one line, its <br> a space (a heading set over two lines).
                Arguments.of("<p><b>第一章<br>总则</b></p>", "第一章 总则"),
                Arguments.of("<p><strong><b>Nested bold</b> counted<br>once</strong></p>", "Nested bold counted once"),
                // Partly bold: an ordinary paragraph, its <br> kept.
                Arguments.of("<p><b>Note:</b> first line<br>second line</p>", "Note: first line\nsecond line"),
                Arguments.of("<p>plain<br>text</p>", "plain\ntext"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("boldParagraphs")
    void aParagraphAllInBoldIsOneLine(String paragraph, String text) throws Exception {
        assertEquals("Enough words in the opening paragraph to make an article.\n\n" + text + "\n",
                text("<div><p>Enough words in the opening paragraph to make an article.</p>" + paragraph + "</div>"));
    }

    static Stream<Arguments> boldTitles() {
        String sixty = "标".repeat(60);
        return Stream.of(
                Arguments.of("<p><b>国务院办公厅转发民政部关于</b></p><p><b>清理整顿社会团体意见的通知</b></p>",
                        "国务院办公厅转发民政部关于清理整顿社会团体意见的通知"),
                Arguments.of("<p><b>Notice of the State Council</b></p><p><b>on Data Security</b></p>",
                        "Notice of the State Council on Data Security"),
                Arguments.of("<p><b>关于印发</b></p><p><b>《数据安全管理办法》的通知</b></p>", "关于印发《数据安全管理办法》的通知"),
                Arguments.of("<p><b>工业和信息化部：</b></p><p><b>关于AI治理</b></p>", "工业和信息化部：关于AI治理"),
                Arguments.of("<p><b>关于</b></p><p><b>AI治理的通知</b></p>", "关于 AI治理的通知"),
                Arguments.of("<p><b>第一行</b></p><p><b>第二行</b></p><p><b>第三行</b></p><p><b>第四行</b></p>",
                        "第一行第二行第三行"),
                Arguments.of("<p><span style=\"font-weight: bold\">样式加粗的标题</span></p>", "样式加粗的标题"),
                Arguments.of("<p><span style=\"font-weight:700\">数字加粗的</span><span style=\"font-weight:700\">标题</span></p>",
                        "数字加粗的标题"),
                Arguments.of("<p><b>" + sixty + "</b></p>", sixty),
                Arguments.of("<p><b>" + sixty + "长</b></p>", ""),
                Arguments.of("<p>不加粗的第一段</p><p><b>加粗</b></p>", ""),
                Arguments.of("<h2>先有小标题</h2><p><b>加粗</b></p>", ""));
    }

    /** A page without a title (a notice cut from a portal): up to three short bold lines opening it are its title. */
    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("boldTitles")
    void theBoldLinesOpeningAnUntitledPageAreItsTitle(String opening, String title) throws Exception {
        Conversion c = convert("<html><body><div>" + opening
                + "<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将有关事项通知如下。</p></div></body></html>");
        assertEquals(title, c.title());
    }

    @Test
    void aTitleThatIsAlreadyAHeadingIsNotRepeated() throws Exception {
        Conversion c = convert("<html><head><title>Draft data rules</title></head><body><div><h3>Draft data rules</h3>"
                + "<p>The ministry published the draft rules on Monday after a consultation.</p></div></body></html>");
        assertEquals("### Draft data rules\n\nThe ministry published the draft rules on Monday after a consultation.\n",
                c.text());
        Conversion outside = convert("<html><head><title>Draft data rules</title></head><body><div><h3>Summary</h3>"
                + "<p>The ministry published the draft rules on Monday after a consultation.</p></div></body></html>");
        assertTrue(outside.text().startsWith("# Draft data rules\n\n### Summary\n\n"), outside.text());
    }

    static Stream<Arguments> bodyLengths() {
        return Stream.of(Arguments.of("一二三四五六七八九十一二三四五六七八九十", true),
                Arguments.of("一二三四五六七八九十一二三四五六七八九", false),
                Arguments.of("1234567890 1234567890 ！？。，", true),
                Arguments.of("123456789 1234567890 ！？。，", false));
    }

    /** A page needs 20 letters or digits besides its title: a long title over an empty shell is no article. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyLengths")
    void aPageNeedsTwentyLettersBesidesItsTitle(String body, boolean accepted) throws Exception {
        String html = "<html><head><title>A very long title that alone has far more than twenty letters</title></head>"
                + "<body><div><p>" + body + "</p></div></body></html>";
        if (accepted) {
            assertTrue(convert(html).text().endsWith(body + "\n"));
        } else {
            assertTrue(assertThrows(ConversionException.class, () -> convert(html)).getMessage()
                    .startsWith("no article text found"));
        }
    }

    /** Bytes that are not UTF-8: the page's {@code <meta charset>} decides. */
    @Test
    void aGb2312PageIsDecodedByItsMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><div><p>关于进一步加强网络数据安全管理工作的通知正文。</p></div></body></html>";
        Conversion c = new HtmlConverter().convert(html.getBytes(Charset.forName("GB2312")), "gb.html");
        assertEquals("关于进一步加强网络数据安全管理工作的通知正文。\n", c.text());
    }

    @Test
    void textBlocksAreSeparatedByOneBlankLineAndFoldSpaces() {
        TextBlocks blocks = new TextBlocks();
        assertTrue(blocks.isEmpty());
        assertEquals(0, blocks.length());
        assertEquals("", blocks.toString());
        TextBlocks same = blocks.heading(9, "  Title \n again ").paragraph("a  \u200B b\t c\n\n d").paragraph(" \n ");
        assertTrue(same == blocks, "calls chain on the same text");
        assertFalse(blocks.isEmpty());
        assertEquals("###### Title again\n\na b\tc\nd\n", blocks.toString());
        assertEquals(blocks.toString().length() + 1, blocks.length(), "the next block starts after the blank line");
        assertEquals("# x", new TextBlocks().heading(0, "x").toString().strip());
    }
}
