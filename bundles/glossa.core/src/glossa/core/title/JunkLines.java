package glossa.core.title;

import java.util.regex.Pattern;

/**
 * Lines at the top of a saved web page that are not the article's title: a logo's alt text, a breadcrumb, a byline
 * with the view count, a date or a URL alone, a "简介:" summary. Kept apart from {@link TitleDetector} so that the rule
 * for "junk" reads in one place.
 */
final class JunkLines {

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

    private JunkLines() {
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
