package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.Conversion;
import glossa.convert.html.HtmlConverter;

/**
 * What a page says about itself, as the article's provenance shows it: title (without the site's name), author,
 * date, site and address, from JSON-LD, meta tags, the canonical link, {@code <time>}, {@code <title>}/{@code <h1>}
 * and the "saved from" comment a browser writes.
 */
class HtmlMetadataTest {

    private static final String BODY = "<div><p>The ministry published the draft rules on Monday after a long "
            + "consultation with industry.</p></div>";

    private static Conversion convert(String head, String body) throws Exception {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return new HtmlConverter().convert(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static Conversion withHead(String head) throws Exception {
        return convert(head, BODY);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("Export controls tightened - Tech Daily", "Tech Daily", "Export controls tightened"),
                Arguments.of("宇航员在太空中喝酒会怎么样_探索者 _光明网", "", "宇航员在太空中喝酒会怎么样"),
                Arguments.of("Draft rules on data security | Xinhua", "", "Draft rules on data security"),
                // A trailing part of 12 characters is the site's; of 13 it may be the title's own.
                Arguments.of("Draft rules on data security | 123456789012", "", "Draft rules on data security"),
                Arguments.of("Draft rules on data security | 1234567890123", "",
                        "Draft rules on data security | 1234567890123"),
                // Only a part after the title's middle: "0123456789 - abcdefg" is cut at the middle, not after it.
                Arguments.of("0123456789 - abcdefg", "", "0123456789 - abcdefg"),
                Arguments.of("01234567890 - abcdefg", "", "01234567890"),
                Arguments.of("Go - Play", "", "Go - Play"),
                Arguments.of("- Leading dash title", "", "- Leading dash title"),
                Arguments.of("_2024 annual report", "", "_2024 annual report"),
                Arguments.of("Analysis: a long headline that names The Paper - The Paper", "The Paper",
                        "Analysis: a long headline that names The Paper"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void theSitesNameIsCutFromTheTitle(String title, String site, String expected) throws Exception {
        String head = "<title>" + title + "</title>"
                + (site.isEmpty() ? "" : "<meta property=\"og:site_name\" content=\"" + site + "\">");
        assertEquals(expected, withHead(head).title());
    }

    @Test
    void withoutATitleTheFirstH1IsTheTitle() throws Exception {
        Conversion c = convert("", "<div><h1>数据出境安全评估办法</h1><p>第一条 为了规范数据出境活动，保护个人信息权益，制定本办法。</p></div>");
        assertEquals("数据出境安全评估办法", c.title());
        assertEquals("# 数据出境安全评估办法\n\n第一条 为了规范数据出境活动，保护个人信息权益，制定本办法。\n", c.text());
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("<link rel=\"canonical\" href=\" https://www.gov.cn/zhengce/a.htm \">"
                        + "<meta property=\"og:url\" content=\"https://m.gov.cn/a.htm\">", "https://www.gov.cn/zhengce/a.htm"),
                Arguments.of("<meta property=\"og:url\" content=\"https://m.gov.cn/a.htm\">", "https://m.gov.cn/a.htm"),
                Arguments.of("<link rel=\"canonical\" href=\"/zhengce/a.htm\">", ""),
                Arguments.of("", ""));
    }

    /** Only a web address counts: a relative one says nothing once the page is saved. */
    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("addresses")
    void theAddressComesFromTheCanonicalLinkFirst(String head, String url) throws Exception {
        assertEquals(url, withHead(head).url());
    }

    @Test
    void aPageSavedByABrowserNamesWhereItWasSavedFrom() throws Exception {
        String html = "<!DOCTYPE html>\n<!-- saved from url=(0045)https://www.cac.gov.cn/2022-07/07/c_1658.htm -->\n"
                + "<html><head><title>Notice</title></head><body>" + BODY + "</body></html>";
        Conversion c = new HtmlConverter().convert(html.getBytes(StandardCharsets.UTF_8), "saved.html");
        assertEquals("https://www.cac.gov.cn/2022-07/07/c_1658.htm", c.url());
    }

    @Test
    void theDateComesFromMetaTagsElseFromATimeElement() throws Exception {
        assertEquals("2024-05-06T08:00:00+08:00", convert("", "<div><time datetime=\" 2024-05-06T08:00:00+08:00 \">"
                + "5月6日</time>" + BODY + "</div>").published());
        assertEquals("2024-05-07", convert("<meta name=\"PubDate\" content=\"2024-05-07\">",
                "<div><time datetime=\"2024-05-06\">5月6日</time>" + BODY + "</div>").published());
    }

    static Stream<Arguments> jsonLd() {
        return Stream.of(
                Arguments.of("a list of headlines: the first",
                        "{\"@type\":\"NewsArticle\",\"headline\":[\"第一个标题\",\"第二个\"],\"author\":\"新华社\"}",
                        "第一个标题", "新华社"),
                Arguments.of("authors without a name are left out",
                        "{\"@type\":[\"Thing\",\"Article\"],\"headline\":\"标题\",\"author\":[{\"name\":\"张三\"},"
                                + "{\"@type\":\"Person\"},{\"name\":\"李四\"}]}",
                        "标题", "张三, 李四"),
                Arguments.of("an empty author list: the meta tag",
                        "{\"@type\":\"Report\",\"headline\":\"报告\",\"author\":[]}", "报告", "王五"),
                Arguments.of("an author that is an address: none",
                        "{\"@type\":\"BlogPosting\",\"headline\":\"博文\",\"author\":\"https://example.cn/u/1\"}", "博文",
                        ""),
                Arguments.of("a broken block: the meta tags",
                        "{\"@type\":\"NewsArticle\",\"headline\":", "Meta title", "王五"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLd")
    void jsonLdGivesTitleAndAuthor(String what, String json, String title, String author) throws Exception {
        String meta = what.contains("meta") ? "<meta name=\"author\" content=\"王五\"><title>Meta title</title>" : "";
        Conversion c = withHead(meta + "<script type=\"application/ld+json\">" + json + "</script>");
        assertEquals(title, c.title());
        assertEquals(author, c.author());
    }
}
