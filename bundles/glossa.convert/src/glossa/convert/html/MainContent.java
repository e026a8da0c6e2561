package glossa.convert.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds a web page's main article and strips what is around and inside it that is not the article: scripts,
 * styles, forms, navigation, page headers and footers, asides, share bars, comments, "related articles" lists.
 *
 * <p>The article is the page's {@code articleBody}, its one {@code <article>} or its {@code <main>} when it has
 * them; otherwise the element whose paragraphs hold the most text (each paragraph counts for its parent in full
 * and for its grandparent by half), as readers of web pages commonly do.</p>
 */
final class MainContent {

    /** Never text. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, input, select, textarea, nav, aside, footer, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

    /** Words of a class or id that mark page furniture (split at -, _, space and camel case). */
    private static final Pattern FURNITURE_TOKEN = Pattern.compile("nav|navbar|menu|breadcrumbs?|crumbs?|footer|"
            + "sidebar|share|sharing|social|comments?|reply|replies|related|recommend(ed|ation|ations)?|tuijian|"
            + "xgwz|xgyd|rmtj|pinglun|advert|ads|advertisement|banner|popup|modal|cookie|subscribe|newsletter|"
            + "toolbar|pager|pagination|copyright|hot|hotnews|tags|byline-tools|print|qrcode|erweima");

    /** Labels that start a block of furniture inside the page: the block goes, with what follows it. */
    private static final Pattern FURNITURE_LABEL = Pattern.compile("(?i)^[\\s【\\[]*(相关文章推荐|相关文章|相关阅读|"
            + "相关推荐|相关新闻|相关链接|推荐阅读|延伸阅读|热门推荐|热门文章|热点推荐|猜你喜欢|发表评论|网友评论|评论列表|"
            + "我要评论|精彩视频推荐|精彩推荐|视频推荐|为您推荐|编辑推荐|今日推荐|热门视频|热门评论|热点新闻|最新文章|阅读排行|点击排行|排行榜|"
            + "分享到|分享至|扫一扫|关注我们|上一篇|下一篇|related articles?|related stories|related topics|more on this story|top stories|most read|most popular|"
            + "features( and analysis)?|editor'?s picks|trending|read more|"
            + "more stories|recommended|you may also like|comments?|leave a (comment|reply)|share this( article)?)"
            + "[\\s】\\]:：]*$");

    private MainContent() {
    }

    /** The article's element with the furniture removed (the page is changed), or null when the page has no body. */
    static Element find(Document page) {
        Element body = page.body();
        if (body == null) {
            return null;
        }
        body.select(NOT_TEXT).remove();
        // Some sites wrap the whole page in one <form>: only forms that do not hold the article go.
        body.select("form").stream().filter(form -> !holdsArticle(form)).forEach(Element::remove);
        removeFurniture(body);
        removeLabelledBlocks(body);
        Element main = marked(body);
        if (main == null) {
            main = densest(body);
        }
        removePageHeaders(main);
        removeLinkLists(main);
        return main;
    }

    private static Element marked(Element body) {
        Element main = body.selectFirst("[itemprop=articleBody]");
        if (main == null) {
            List<Element> articles = body.select("article");
            if (articles.size() == 1) {
                main = articles.get(0);
            }
        }
        if (main == null) {
            main = body.selectFirst("main, [role=main]");
        }
        return main != null && textLength(main) > 0 ? main : null;
    }

    /** The element whose paragraphs hold the most text; the body when no paragraph holds any. */
    private static Element densest(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote, li, td, br")) {
            Element block = p.tagName().equals("br") ? p.parent() : p;
            if (block == null) {
                continue;
            }
            int length = p.tagName().equals("br") ? ownTextLength(block) : textLength(block);
            Element parent = block.parent();
            if (parent != null) {
                score.merge(parent, length, Integer::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    score.merge(grandparent, length / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(e -> score.get(e) > 0).orElse(body);
    }

    private static void removeFurniture(Element root) {
        for (Element element : root.select("[class], [id]")) {
            if (element.parent() != null && isFurniture(element) && !holdsArticle(element)) {
                element.remove();
            }
        }
    }

    /** A class or id word names furniture; the element is not the page's wrapper around everything. */
    static boolean isFurniture(Element element) {
        String names = element.className() + " " + element.id();
        for (String token : names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
            if (!token.isEmpty() && FURNITURE_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True for an element that holds the article (so that "hot" on a wrapper does not take the article along). */
    private static boolean holdsArticle(Element element) {
        return element.selectFirst("article, main, [itemprop=articleBody], h1") != null
                || element.select("p").size() >= 5;
    }

    /** "相关文章推荐", "发表评论", "Related articles": the label, its block and all after it in that container. */
    private static void removeLabelledBlocks(Element root) {
        for (Element element : root.select("h1, h2, h3, h4, h5, h6, p, div, span, strong, b, li, dt, header")) {
            if (element.parent() == null || element.text().length() > 30
                    || !FURNITURE_LABEL.matcher(element.text()).matches()) {
                continue;
            }
            Element block = element;
            // Climb out of wrappers that hold nothing but the label (<div><h3>相关文章</h3></div>).
            while (block.parent() != null && block.parent().text().strip().equals(block.text().strip())
                    && !block.parent().tagName().equals("body")) {
                block = block.parent();
            }
            Element next = block.nextElementSibling();
            while (next != null) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            block.remove();
        }
    }

    /**
     * Breadcrumbs and section labels just above the article's title ("US &amp; Canada", "首页 > 国内"): short text
     * before the heading that repeats the title goes.
     */
    static void removeBeforeTitle(Element main, String title) {
        if (title.isBlank()) {
            return;
        }
        Element heading = null;
        for (Element h : main.select("h1, h2")) {
            if (h.text().strip().equals(title.strip())) {
                heading = h;
                break;
            }
        }
        if (heading == null) {
            return;
        }
        StringBuilder before = new StringBuilder();
        java.util.List<org.jsoup.nodes.Node> drop = new java.util.ArrayList<>();
        for (Element at = heading; at != null && at != main; at = at.parent()) {
            for (org.jsoup.nodes.Node sibling = at.previousSibling(); sibling != null;
                    sibling = sibling.previousSibling()) {
                before.append(sibling instanceof Element e ? e.text() : sibling.outerHtml().strip());
                drop.add(sibling);
            }
        }
        if (before.toString().strip().length() < 100) {
            drop.forEach(org.jsoup.nodes.Node::remove);
        }
    }

    /**
     * Blocks that are mostly links (teasers of other stories, tag clouds, "more from this section") and headings that
     * are nothing but a link go; an article's own paragraphs are mostly words.
     */
    private static void removeLinkLists(Element main) {
        // A link around a heading is a teaser for another story: it goes with the item that holds it.
        for (Element teaser : main.select("a:has(h1, h2, h3, h4, h5, h6)")) {
            Element item = teaser.parent();
            if (item != null && item != main && teaser.parent() != null) {
                item.remove();
            }
        }
        for (Element block : main.select("ul, ol, div, section, table, h2, h3, h4, h5, h6")) {
            if (block.parent() == null || block == main) {
                continue;
            }
            int text = textLength(block);
            int linked = block.select("a").stream().mapToInt(MainContent::textLength).sum();
            boolean heading = block.normalName().startsWith("h");
            if (text > 0 && (heading ? linked >= text : block.select("a").size() >= 2 && linked > text * 0.6
                    && block.select("p").size() < 3)) {
                block.remove();
            }
        }
    }

    /** A {@code <header>} inside the article keeps its headings (the article's title) but not its furniture. */
    private static void removePageHeaders(Element main) {
        for (Element header : main.select("header")) {
            if (header.selectFirst("h1, h2, h3") == null) {
                header.remove();
            }
        }
    }

    private static int textLength(Element element) {
        return element.text().strip().length();
    }

    private static int ownTextLength(Element element) {
        int length = 0;
        for (TextNode node : element.textNodes()) {
            length += node.text().strip().length();
        }
        return length;
    }
}
