package glossa.core.title;

/**
 * What a report says about the article in its header: the title and, when known, the author, the date and the
 * source URL (empty strings when unknown).
 *
 * @param title       never empty when the text has a heading-like line; else the file name, or empty
 * @param titleOrigin where the title came from
 */
public record DocumentInfo(String title, Origin titleOrigin, String author, String date, String sourceUrl) {

    /** Where a title came from, strongest first. */
    public enum Origin {
        /** Set on the document: by the analyst (Properties view), a converter or front matter copied into it. */
        METADATA,
        /** The YAML front matter of the text ({@code title:}). */
        FRONT_MATTER,
        /** The first heading-like line of the text that is not junk. */
        DETECTED,
        /** Nothing better: the article's file name. */
        FILE_NAME
    }

    public DocumentInfo {
        title = nonNull(title);
        author = nonNull(author);
        date = nonNull(date);
        sourceUrl = nonNull(sourceUrl);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }
}
