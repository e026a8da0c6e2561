package glossa.core.title;

import java.util.regex.Pattern;

/**
 * Lines at the top of a saved web page that are not the article's title: a logo's alt text, a breadcrumb, a byline
 * with the view count, a date or a URL alone, a "简介:" summary. Kept apart from {@link TitleDetector} so that the rule
 * for "junk" reads in one place.
 */
public final class JunkLines {

    /** A single Latin word such as "logo", "Home", "Menu" or "Share": what a logo's alt text or a nav link leaves. */
    private static final Pattern ONE_WORD = Pattern.compile("^[\\p{IsLatin}\\d_.-]{1,20}$");
    /** Navigation words that stand alone in Chinese pages. */
    private static final Pattern NAV_WORD = Pattern.compile(
            "^(首页|主页|返回|菜单|导航|登录|注册|搜索|分享|收藏|点赞|评论|关注|更多|目录|正文|返回顶部|打印|字号[:：]?.*)$");
    /** Breadcrumbs: three or more short parts joined by >, ›, », | or " / " ("首页 > 科技 > 正文"). */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[^>›»|｜]{1,20}((\\s*[>›»|｜]\\s*|\\s+/\\s+)[^>›»|｜]{1,30}){2,8}$");
    /** A two-part breadcrumb that starts at the home page ("首页 > 新闻", "Home › News"). */
    private static final Pattern HOME_CRUMB = Pattern.compile("^(首页|主页|Home)\\s*[>›»/|｜]", Pattern.CASE_INSENSITIVE);
    /** Bylines and page furniture: author, source, time, views, editor. */
    private static final Pattern BYLINE = Pattern.compile(
            "(作者|来源|发布时间|发布日期|发表时间|时间|浏览量|浏览|阅读量|阅读|责任编辑|编辑|原创|字号|点击)\\s*[:：]"
                    + "|浏览量|阅读数|^(By|Author|Posted|Published|Updated)\\b[: ]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^[\\d\\s年月日:：./\\-–—T+Z]+$");
    private static final Pattern URL = Pattern.compile("^(https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    /** A lead paragraph or summary labelled as such. */
    private static final Pattern SUMMARY = Pattern.compile("^(简介|摘要|导读|导语|提要|Abstract|Summary)\\s*[:：]",
            Pattern.CASE_INSENSITIVE);

    /**
     * What follows an article on a saved page: related links, the comment box, "activities", share and follow
     * prompts. A line that is only one of these starts the page's footer.
     */
    private static final Pattern TRAILER = Pattern.compile(
            "^(相关文章推荐|相关文章|相关推荐|相关阅读|延伸阅读|推荐阅读|热门推荐|热门文章|猜你喜欢|发表评论|全部评论|网友评论|"
                    + "精彩评论|我要评论|活动|热门活动|往期推荐|往期回顾|阅读原文|点击阅读原文|扫码关注|分享到|返回顶部|"
                    + "Related articles|Related posts|Related stories|Recommended|Comments|Leave a comment|"
                    + "Leave a reply|Share this)[:：]?$",
            Pattern.CASE_INSENSITIVE);
    /** A copyright line: "© 2025 …", "Copyright …", "版权所有 …" (not "(c)", which is a list item in legal texts) (short, or it is a paragraph about copyright). */
    private static final Pattern COPYRIGHT = Pattern.compile("^(©|Copyright\\b|版权所有|版权声明)|版权所有",
            Pattern.CASE_INSENSITIVE);
    private static final int COPYRIGHT_MAX = 120;

    private JunkLines() {
    }

    /** Whether {@code line} (stripped, emphasis marks removed) starts the page furniture after an article. */
    public static boolean isTrailer(String line) {
        return TRAILER.matcher(line).matches()
                || line.codePointCount(0, line.length()) <= COPYRIGHT_MAX && COPYRIGHT.matcher(line).find();
    }

    /** {@link #isJunk} for callers outside the package (the section detector's page header). */
    public static boolean isPageFurniture(String line) {
        return isJunk(line);
    }

    /** Whether {@code line} (stripped, non-empty) is page furniture rather than a title. */
    static boolean isJunk(String line) {
        return ONE_WORD.matcher(line).matches() || NAV_WORD.matcher(line).matches()
                || BREADCRUMB.matcher(line).matches() || HOME_CRUMB.matcher(line).find()
                || BYLINE.matcher(line).find()
                || DATE_ONLY.matcher(line).matches() || URL.matcher(line).matches()
                || SUMMARY.matcher(line).find();
    }
}
