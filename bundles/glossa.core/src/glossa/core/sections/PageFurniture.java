package glossa.core.sections;

import glossa.core.title.JunkLines;

/**
 * The page furniture around an article saved from the web: a block of navigation and byline lines above it (logo,
 * breadcrumbs, "作者:… 浏览量:…") and the related links, comment box and copyright below it. Both become sections of
 * kind {@code boilerplate}: visible and annotatable in the editor, left out of summaries and reports.
 */
final class PageFurniture {

    /** A single stray line (a logo's alt text) stays in the preamble; a block of two or more is a page header. */
    private static final int HEADER_MIN_LINES = 2;

    private PageFurniture() {
    }

    /** Where the page header that starts at {@code from} ends, or {@code from} when there is none. */
    static int headerEnd(String text, int from) {
        int junkLines = 0;
        int end = from;
        for (int start = from; start < text.length(); start = SectionDetector.nextLine(text,
                SectionDetector.lineEnd(text, start))) {
            String line = plain(text.substring(start, SectionDetector.lineEnd(text, start)));
            if (line.isEmpty()) {
                continue;
            }
            if (!JunkLines.isPageFurniture(line) || HeadingRecognizer.recognize(line) != null) {
                break;
            }
            junkLines++;
            end = SectionDetector.nextLine(text, SectionDetector.lineEnd(text, start));
        }
        return junkLines >= HEADER_MIN_LINES ? end : from;
    }

    /**
     * Where the page footer starts: the first line after the article's first text line that is only a footer marker
     * (相关文章推荐, 发表评论, a copyright line …); {@code text.length()} when there is none.
     */
    static int footerStart(String text, int from) {
        // A marker with a numbered heading after it is a box inside the article (an inline 相关文章推荐), not the
        // page's footer: taking it for one would hide the rest of the article, and its annotations, from reports.
        // So the footer starts at the first marker after the last numbered heading; one pass over the lines.
        int footer = text.length();
        boolean body = false;
        for (int start = from; start < text.length(); start = SectionDetector.nextLine(text,
                SectionDetector.lineEnd(text, start))) {
            String raw = text.substring(start, SectionDetector.lineEnd(text, start));
            String line = plain(raw);
            if (SectionDetector.isNumberedHeading(raw)) {
                footer = text.length(); // the article goes on
            } else if (body && footer == text.length() && JunkLines.isTrailer(line)) {
                footer = start;
            }
            body |= !line.isEmpty();
        }
        return footer;
    }

    /** The line without surrounding space, Markdown heading marks and emphasis. */
    private static String plain(String line) {
        return SectionDetector.headingText(line).replace("**", "").replace("__", "").strip();
    }
}
