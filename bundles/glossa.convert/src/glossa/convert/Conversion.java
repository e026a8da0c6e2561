package glossa.convert;

import java.util.List;

/**
 * What a converter made of a source: the article text (lines separated by {@code \n}; headings on lines of their
 * own, {@code #} to {@code ######} before those the source marked as headings) and the source's own metadata.
 * Metadata the source does not give are empty strings.
 *
 * @param pageStarts the offset (UTF-16 code units into {@code text}) where each page begins, page 1 first; empty for
 *                   sources without pages
 */
public record Conversion(String text, String title, String author, String published, String site, String url,
        List<Integer> pageStarts) {

    public Conversion {
        text = text == null ? "" : text;
        title = clean(title);
        author = clean(author);
        published = clean(published);
        site = clean(site);
        url = clean(url);
        pageStarts = List.copyOf(pageStarts == null ? List.of() : pageStarts);
    }

    /** A text without pages or metadata. */
    public static Conversion of(String text) {
        return new Conversion(text, "", "", "", "", "", List.of());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
