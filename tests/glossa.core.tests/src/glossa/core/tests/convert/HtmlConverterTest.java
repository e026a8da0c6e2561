package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.html.HtmlConverter;

/** Saved web pages from the wild (tests/fixtures/sources) and small hand-made pages for single rules. */
class HtmlConverterTest {

    private static Conversion convert(String html) throws ConversionException {
        return new HtmlConverter().convert(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void guangmingArticleKeepsTheStoryAndItsByline() throws Exception {
        byte[] page = Sources.bytes("gmw-astronaut-alcohol.zh.html");
        Conversion c = new HtmlConverter().convert(page, "gmw.html");
        assertEquals("宇航员在太空中喝酒会怎么样？后果很严重", c.title()); // "_探索者 _光明网" cut off
        assertEquals("肖春芳", c.author());
        assertTrue(c.text().startsWith("# 宇航员在太空中喝酒会怎么样？后果很严重\n\n"), c.text().substring(0, 80));
        assertTrue(c.text().contains("国际空间站上的宇航员不允许喝酒"));
        assertTrue(c.text().contains("我们留在地球上的人，则可以准备好适量的香槟酒，以迎接他们的归来。"));
        String raw = new String(page, StandardCharsets.UTF_8);
        for (String furniture : new String[] { "google-analytics", "光明网版权所有", "设为首页" }) {
            if (raw.contains(furniture)) {
                assertFalse(c.text().contains(furniture), furniture);
            }
        }
        assertTrue(c.pageStarts().isEmpty());
    }

    @Test
    void bbcArticleTakesMetadataAndLeavesTeasersOut() throws Exception {
        Conversion c = new HtmlConverter().convert(Sources.bytes("bbc-obama-gun-laws.en.html"), "bbc.html");
        assertEquals("Obama admits US gun laws are his 'biggest frustration'", c.title());
        assertEquals("BBC News", c.site());
        assertEquals("2015-07-24T05:36:09+01:00", c.published());
        assertEquals("http://www.bbc.com/news/world-us-canada-33646704", c.url());
        assertTrue(c.text().startsWith("# Obama admits US gun laws are his 'biggest frustration'\n\n"));
        assertTrue(c.text().contains("greatest frustration of his presidency"));
        assertTrue(c.text().contains("## Analysis: Jon Sopel, BBC News, Washington"));
        assertFalse(c.text().contains("From the section"), "teasers of other stories");
        assertFalse(c.text().contains("More on this story"));
        assertFalse(c.text().contains("Hulk Hogan"));
    }

    @Test
    void qqPageSavedAsUtf8DespiteItsGb2312MetaIsReadAsUtf8() throws Exception {
        Conversion c = new HtmlConverter().convert(Sources.bytes("qq-deepmind.zh.html"), "qq.html");
        assertEquals("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", c.title());
        assertTrue(c.text().contains("DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。"));
        assertFalse(c.text().contains("精彩视频推荐"));
    }

    @Test
    void governmentNoticeLaidOutInATableKeepsItsParagraphs() throws Exception {
        // gov.cn puts the whole notice in one <td> of a layout table, beside a table of filing metadata.
        Conversion c = new HtmlConverter().convert(Sources.bytes("govcn-guobanfa-1997-11-social-organisations.zh.html"),
                "notice.html");
        assertEquals("国务院办公厅转发民政部关于清理整顿社会团体意见的通知", c.title(),
                "no <title>: the two bold lines that open the notice are its title");
        List<String> lines = c.text().lines().toList();
        assertEquals("国务院办公厅转发民政部关于", lines.get(0), "the title stays in the text as the page sets it, not repeated");
        for (String heading : new String[] { "一、清理整顿工作的指导思想", "（一）“双重”负责的原则。", "3.接受境外资助、捐赠等情况。",
                "五、清理整顿工作的组织领导" }) {
            assertTrue(lines.contains(heading), heading + " is a line of its own");
        }
        assertTrue(lines.contains("国办发〔1997〕11号"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("（1）有专职工作人员；（2）")), "run-in items stay in their paragraph");
        assertTrue(lines.size() > 60, "paragraphs, not one line: " + lines.size());
        String raw = new String(Sources.bytes("govcn-guobanfa-1997-11-social-organisations.zh.html"),
                StandardCharsets.UTF_8);
        for (String furniture : new String[] { "索 引 号", "主题分类", "民政、扶贫、救灾" }) {
            assertTrue(raw.contains(furniture), furniture + " is on the page");
            assertFalse(c.text().contains(furniture), furniture + " is filing metadata, not the notice");
        }
    }

    @Test
    void pageWithoutArticleBodyIsRefused() throws Exception {
        ConversionException e = assertThrows(ConversionException.class,
                () -> new HtmlConverter().convert(Sources.bytes("hostile/no-body.html"), "no-body.html"));
        assertTrue(e.getMessage().startsWith("no article text found"), e.getMessage());
        assertThrows(ConversionException.class, () -> convert(""));
    }

    @Test
    void headingsBoldParagraphsTablesAndRelatedListsFollowTheRules() throws Exception {
        Conversion c = convert("""
                <html><head><title>标题_某网</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
                  {"@type":"NewsArticle","headline":"关于推进数据安全的通知","datePublished":"2024-05-06",
                   "author":[{"@type":"Person","name":"张三"}],"publisher":{"@type":"Organization","name":"某网"}}]}</script>
                <style>p { color: red }</style></head>
                <body><div class="breadcrumb">首页 &gt; 政策</div>
                <div class="content">
                  <h1>关于推进数据安全的通知</h1>
                  <p>各有关单位：为落实数据安全法，现就有关事项通知如下。这是第一段正文，足够长。</p>
                  <p><strong>一、总体要求</strong></p>
                  <p>坚持统筹发展和安全。<br>坚持问题导向。</p>
                  <h2>二、主要任务</h2>
                  <ul><li>建立分类分级制度</li><li>加强出境管理</li></ul>
                  <table><tr><th>指标</th><th>目标</th></tr><tr><td>覆盖率</td><td>90%</td></tr></table>
                  <div class="share-bar">分享到：微信 微博</div>
                  <h3>相关文章推荐</h3>
                  <ul><li><a href="/a">另一篇文章</a></li></ul>
                  <div id="comments">发表评论 网友评论</div>
                </div>
                <script>var hidden = "不应出现";</script>
                <footer>版权所有</footer></body></html>
                """);
        assertEquals("关于推进数据安全的通知", c.title());
        assertEquals("张三", c.author());
        assertEquals("2024-05-06", c.published());
        assertEquals("某网", c.site());
        assertEquals("""
                # 关于推进数据安全的通知

                各有关单位：为落实数据安全法，现就有关事项通知如下。这是第一段正文，足够长。

                一、总体要求

                坚持统筹发展和安全。
                坚持问题导向。

                ## 二、主要任务

                建立分类分级制度

                加强出境管理

                指标\t目标

                覆盖率\t90%
                """, c.text());
    }
}
