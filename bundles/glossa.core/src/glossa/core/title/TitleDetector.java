package glossa.core.title;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import glossa.core.AnnotatedArticle;
import glossa.core.sections.FrontMatter;
import glossa.core.sections.SectionDetector;
import glossa.model.Document;
import glossa.model.Provenance;

/**
 * The one title detector: reports, exports, the editor's tooltip, the Outline and the case views all ask it.
 *
 * <p>The title is, in this order: the document's {@code title} when it is set (by the analyst in the Properties
 * view, or by a converter from the page's metadata); the {@code title:} of YAML front matter; the first line of the
 * text that is not page furniture ({@link JunkLines}: "logo", breadcrumbs, "作者:… 浏览量:…") and not a numbered section
 * heading; else the file name. Author, date and source URL come from front matter, or from a byline in the lines above
 * the first section heading.</p>
 *
 * <p>Older versions stored the first line of the text as the title of every new document, so a stored title equal
 * to that line ({@link SectionDetector#firstLine}) counts as not set: the sample's "logo" gives way to the real
 * title.</p>
 *
 * <p>It reads at most {@link #SCAN_LINES} non-blank lines or {@link #SCAN_CHARS} characters, so it is cheap enough
 * to call whenever a label is drawn.</p>
 */
public final class TitleDetector {

    static final int SCAN_LINES = 30;
    static final int SCAN_CHARS = 16 * 1024;
    /** Longer lines are paragraphs, not titles; such a line is shortened like {@link SectionDetector#firstLine}. */
    private static final int TITLE_MAX = 100;
    private static final int SHORT_TITLE = 60;

    private static final Pattern AUTHOR = Pattern.compile(
            "(?:作者|文|撰文|Author|By)\\s*[:：]?\\s*([^\\s:：|｜,，·•/]{1,40}?)"
                    + "(?=\\s|\\d{4}[.\\-/年]|[|｜,，·•/]|来源|发布|时间|浏览|阅读|编辑|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})日?(?:[\\sT]*(\\d{1,2}:\\d{2}))?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'）)】]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_LABEL = Pattern.compile("(原文链接|原文地址|原文|来源|链接|出处|Source|URL|Link)\\s*[:：]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD = Pattern.compile("^(\\*\\*|__)(.+)\\1$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；.!?;]$");

    private TitleDetector() {
    }

    /** The title and header facts of an article; never null. */
    public static DocumentInfo of(AnnotatedArticle article) {
        String fileName = article.articlePath() != null ? article.articlePath().getFileName().toString()
                : article.document().getSourcePath();
        return detect(article.document(), article.text(), fileName);
    }

    /** The title of an article, as {@link #of} gives it. */
    public static String title(AnnotatedArticle article) {
        return of(article).title();
    }

    /**
     * @param document the document whose {@code title} is metadata (may be null: text only)
     * @param fileName the fallback title (may be null)
     */
    public static DocumentInfo detect(Document document, String text, String fileName) {
        String body = text == null ? "" : text;
        Map<String, String> front = frontMatter(body);
        Scan scan = scan(body, front.isEmpty() ? 0 : frontMatterEnd(body));
        Provenance provenance = document == null ? null : document.getProvenance();
        String author = first(provenance == null ? null : provenance.getAuthor(), first(front.get("author"), scan.author));
        String date = first(provenance == null ? null : provenance.getPublished(), first(front.get("date"), scan.date));
        String url = first(provenance == null ? null : provenance.getUrl(),
                first(first(front.get("source_url"), front.get("url")),
                        first(first(front.get("source"), front.get("canonical")), scan.url)));
        if (!url.isEmpty() && !URL.matcher(url).lookingAt()) {
            url = ""; // "source: 新华社" names a publisher, not an address
        }
        String stored = document == null ? null : document.getTitle();
        if (stored != null && !stored.isBlank() && !stored.equals(SectionDetector.firstLine(body))) {
            return new DocumentInfo(stored, DocumentInfo.Origin.METADATA, author, date, url);
        }
        String fromFront = front.get("title");
        if (fromFront != null && !fromFront.isBlank()) {
            return new DocumentInfo(fromFront, DocumentInfo.Origin.FRONT_MATTER, author, date, url);
        }
        if (!scan.title.isEmpty()) {
            return new DocumentInfo(scan.title, DocumentInfo.Origin.DETECTED, author, date, url);
        }
        return new DocumentInfo(fileName, DocumentInfo.Origin.FILE_NAME, author, date, url);
    }

    /** What the lines above the first section heading say. */
    private static final class Scan {
        String title = "";
        String author = "";
        String date = "";
        String url = "";
    }

    private static Scan scan(String text, int from) {
        Scan scan = new Scan();
        int limit = Math.min(text.length(), from + SCAN_CHARS);
        int lines = 0;
        for (int start = from; start < limit && lines < SCAN_LINES; ) {
            int end = lineEnd(text, start);
            String raw = text.substring(start, Math.min(end, limit));
            start = nextLine(text, end);
            String line = SectionDetector.headingText(raw);
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            if (SectionDetector.isNumberedHeading(raw)) {
                break; // the body has started: a byline or title further down belongs to something else
            }
            Matcher bold = BOLD.matcher(line);
            if (bold.matches()) {
                line = bold.group(2).strip();
            }
            byline(line, scan);
            if (scan.title.isEmpty() && !JunkLines.isJunk(line)) {
                scan.title = titleOf(line);
                if (isParagraph(line)) {
                    break; // no title line above the text: keep its beginning, stop looking
                }
            }
        }
        return scan;
    }

    private static boolean isParagraph(String line) {
        return line.codePointCount(0, line.length()) > TITLE_MAX
                || (SENTENCE_END.matcher(line).find() && line.codePointCount(0, line.length()) > SHORT_TITLE);
    }

    private static String titleOf(String line) {
        if (!isParagraph(line)) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, SHORT_TITLE)) + "…";
    }

    private static void byline(String line, Scan scan) {
        boolean furniture = JunkLines.isJunk(line);
        if (scan.author.isEmpty() && furniture) {
            Matcher m = AUTHOR.matcher(line);
            if (m.find()) {
                scan.author = m.group(1);
            }
        }
        if (scan.date.isEmpty() && furniture) {
            Matcher m = DATE.matcher(line);
            if (m.find()) {
                scan.date = "%s-%02d-%02d%s".formatted(m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? "" : " " + m.group(4));
            }
        }
        if (scan.url.isEmpty()) {
            Matcher m = URL.matcher(line);
            if (m.find() && (m.start() == 0 || URL_LABEL.matcher(line.substring(0, m.start())).find())) {
                scan.url = m.group();
            }
        }
    }

    /** Key → value of YAML front matter ({@code ---} … {@code ---} at the very start), flat keys only, lower case. */
    static Map<String, String> frontMatter(String text) {
        return FrontMatter.values(text);
    }

    /** The offset after the closing {@code ---} line of front matter, or 0 when the text has none. */
    static int frontMatterEnd(String text) {
        return FrontMatter.end(text);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
    }

    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        return text.startsWith("\r\n", lineEnd) ? lineEnd + 2 : lineEnd + 1;
    }
}
