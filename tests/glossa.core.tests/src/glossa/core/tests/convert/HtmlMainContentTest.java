package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.ConversionException;
import glossa.convert.html.HtmlConverter;

/**
 * Which part of a web page is the article: the marked article ({@code articleBody}, the one {@code <article>},
 * {@code <main>}) or the block whose paragraphs hold the most text; and what inside it is page furniture (forms,
 * headers without a heading, "related" blocks, lists of links) rather than the article.
 */
class HtmlMainContentTest {

    private static final String P1 = "<p>The ministry published the draft rules on Monday after a long consultation.</p>";
    private static final String P2 = "<p>Companies have thirty days to comment on the obligations it sets out.</p>";
    private static final String T1 = "The ministry published the draft rules on Monday after a long consultation.";
    private static final String T2 = "Companies have thirty days to comment on the obligations it sets out.";

    private static String text(String body) throws ConversionException {
        String html = "<html><head></head><body>" + body + "</body></html>";
        return new HtmlConverter().convert(html.getBytes(StandardCharsets.UTF_8), "page.html").text();
    }

    static Stream<Arguments> markedArticles() {
        String aside = "<p>Staff writer, covering trade and technology policy for the paper since 2019.</p>";
        return Stream.of(
                Arguments.of("articleBody inside the one <article>",
                        "<article><div itemprop=\"articleBody\">" + P1 + P2 + "</div>" + aside + "</article>",
                        T1 + "\n\n" + T2),
                Arguments.of("the one <article> inside <main>",
                        "<main><article>" + P1 + P2 + "</article>" + aside + "</main>", T1 + "\n\n" + T2),
                Arguments.of("<main> when there are two <article>s",
                        "<div>" + aside + aside + aside + "</div><main><article>" + P1 + "</article><article>" + P2
                                + "</article></main>",
                        T1 + "\n\n" + T2),
                Arguments.of("an empty <main> does not count",
                        "<main> </main><div>" + P1 + P2 + "</div>", T1 + "\n\n" + T2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markedArticles")
    void theMarkedArticleIsTheText(String what, String body, String text) throws Exception {
        assertEquals(text + "\n", text(body));
    }

    @Test
    void withoutMarksTheBlockWithTheMostParagraphTextWins() throws Exception {
        // A short block beside the story under the same wrapper is not the story; three parts of one story are.
        String teaser = "<div class=\"box\"><p>Read also: an earlier report on the consultation.</p></div>";
        assertEquals(T1 + "\n\n" + T2 + "\n\n" + T1 + "\n",
                text("<div id=\"wrap\"><div id=\"story\">" + P1 + P2 + P1 + "</div>" + teaser + "</div>"));
        assertEquals(T1 + "\n\n" + T2 + "\n\n" + T1 + "\n",
                text("<div id=\"story\"><div>" + P1 + "</div><div>" + P2 + "</div><div>" + P1 + "</div></div>"
                        + "<div><p>A short unrelated note with a few more words than needed to count.</p></div>"));
    }

    /** Chinese news sites often set the story as lines separated by {@code <br>}, without paragraphs. */
    @Test
    void textSeparatedByLineBreaksCountsAsParagraphText() throws Exception {
        String story = "<div id=\"zoom\">国务院办公厅发布通知，要求各地加强数据安全管理。<br>各地区各部门要结合实际认真贯彻落实。<br>"
                + "本通知自印发之日起施行，有效期五年。<br></div>";
        String sidebar = "<div><p>编辑：张三</p></div>";
        assertEquals("国务院办公厅发布通知，要求各地加强数据安全管理。\n各地区各部门要结合实际认真贯彻落实。\n本通知自印发之日起施行，有效期五年。\n",
                text(sidebar + "<div>" + story + "</div>"));
    }

    @Test
    void aPageWithoutParagraphTextIsReadWhole() throws Exception {
        assertEquals("Only spans hold the text of this page, which is long enough to count.\n",
                text("<div><p> </p></div><div><span>Only spans hold the text of this page, which is long enough to "
                        + "count.</span></div>"));
    }

    @Test
    void aFormAroundTheWholePageStaysAndOtherFormsGo() throws Exception {
        String search = "<form action=\"/search\"><label>站内搜索 热门关键词 人工智能</label><input name=q></form>";
        assertEquals(T1 + "\n\n" + T2 + "\n", text(search + "<form id=\"aspnetForm\"><article>" + P1 + P2
                + "</article></form>"));
        assertEquals(T1 + "\n\n" + T2 + "\n", text("<article>" + P1 + "<form action=\"/subscribe\"><label>订阅我们的"
                + "每日新闻简报，请输入您的电子邮箱地址</label><input name=mail></form>" + P2 + "</article>"));
    }

    @Test
    void aWrapperNamedLikeFurnitureStaysWhenItHoldsFiveParagraphs() throws Exception {
        String five = P1 + P2 + P1 + P2 + P1;
        assertEquals((T1 + "\n\n" + T2 + "\n\n").repeat(2) + T1 + "\n", text("<div class=\"hot-wrapper\">" + five + "</div>"));
    }

    @Test
    void aHeaderWithoutAHeadingIsFurnitureAndOneWithAHeadingStays() throws Exception {
        String body = "<article><header><p>Economy · 5 min read · Share</p></header>"
                + "<header><h2>Draft rules</h2><p>What the ministry proposes, in brief.</p></header>" + P1 + P2
                + "</article>";
        assertEquals("## Draft rules\n\nWhat the ministry proposes, in brief.\n\n" + T1 + "\n\n" + T2 + "\n", text(body));
    }

    /** "相关阅读" and what follows it go, with the wrappers that hold nothing but the label. */
    @Test
    void aRelatedBlockGoesWithTheWrapperAroundItsLabel() throws Exception {
        String related = "<div class=\"box\"><div><h3>相关阅读</h3></div><ul><li>另一篇关于数据出境的长篇报道的标题</li>"
                + "<li>又一篇关于平台治理的评论文章的标题</li></ul></div>";
        assertEquals(T1 + "\n\n" + T2 + "\n", text("<div>" + P1 + P2 + related + "</div>"));
    }

    /** A wrapper that is not itself a label candidate (a {@code <section>}) goes with the label it holds. */
    @Test
    void aRelatedBlockGoesWithASectionAroundItsLabel() throws Exception {
        String related = "<section><h3>相关阅读</h3></section><ul><li>另一篇关于数据出境的长篇报道的标题</li>"
                + "<li>又一篇关于平台治理的评论文章的标题</li></ul>";
        assertEquals(T1 + "\n\n" + T2 + "\n", text("<div>" + P1 + P2 + related + "</div>"));
    }

    static Stream<Arguments> linkBlocks() {
        String a = "<a href=\"/x\">Another story on the same subject</a>";
        return Stream.of(
                Arguments.of("two links and nothing else go", "<div>" + a + " " + a + "</div>", ""),
                Arguments.of("a heading that is only a link goes", "<h3>" + a + "</h3>", ""),
                Arguments.of("a teaser: a link around a heading goes with its item",
                        "<div><a href=\"/y\"><h3>Teaser heading</h3></a><span>teaser text</span></div>", ""),
                Arguments.of("one link stays", "<div>" + a + "</div>", "Another story on the same subject\n\n"),
                Arguments.of("a heading with a link in it stays",
                        "<h3>Reactions to " + "<a href=\"/r\">the draft</a></h3>", "### Reactions to the draft\n\n"),
                Arguments.of("links amid more words stay",
                        "<div>As " + a + " and " + a + " both reported in some detail over the past two weeks, "
                                + "the ministry had been preparing these rules for a long time already.</div>",
                        "As Another story on the same subject and Another story on the same subject both reported in "
                                + "some detail over the past two weeks, the ministry had been preparing these rules "
                                + "for a long time already.\n\n"),
                Arguments.of("three paragraphs of links are the article's own",
                        "<div><p>" + a + "</p><p>" + a + "</p><p>" + a + "</p></div>",
                        "Another story on the same subject\n\n".repeat(3)));
    }

    /** Inside the article, blocks that are mostly links are teasers of other stories; an article's text is words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("linkBlocks")
    void blocksOfLinksInsideTheArticle(String what, String block, String kept) throws Exception {
        assertEquals(T1 + "\n\n" + kept + T2 + "\n", text("<article>" + P1 + block + P2 + "</article>"));
    }

    @Test
    void aPageOfNavigationOnlyIsRefused() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> text("<nav><p>Home News Sport Weather and more links in the menu</p></nav><footer>© 2024</footer>"));
        assertTrue(e.getMessage().startsWith("no article text found"), e.getMessage());
    }
}
