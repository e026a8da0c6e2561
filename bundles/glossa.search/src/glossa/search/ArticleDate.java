package glossa.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import glossa.core.AnnotatedArticle;
import glossa.model.Provenance;

/**
 * The date search filters an article by: the publication date its provenance gives ({@link Provenance#getPublished},
 * from a converted page or front matter), else the day the article file was last modified (in the local time zone,
 * as a file manager shows it).
 */
public final class ArticleDate {

    /**
     * A date at the start of a published value: ISO ({@code 2024-03-05}, also with a time after it), with slashes or
     * dots ({@code 2024/3/5}), or Chinese ({@code 2024年3月5日}).
     */
    private static final Pattern DATE = Pattern.compile(
            "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");

    private ArticleDate() {
    }

    /** The article's date, or null when it has neither a readable published date nor a file. */
    public static LocalDate of(AnnotatedArticle article) {
        Provenance provenance = article.document().getProvenance();
        LocalDate published = provenance == null ? null : parse(provenance.getPublished());
        if (published != null) {
            return published;
        }
        return article.articlePath() == null ? null : modified(article.articlePath());
    }

    /** The leading date of a published value, or null when it does not start with one. */
    public static LocalDate parse(String published) {
        if (published == null) {
            return null;
        }
        Matcher m = DATE.matcher(published);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // 2024-13-40 is not a date
        }
    }

    /**
     * A date the analyst typed ({@code YYYY-MM-DD}; the forms {@link #parse} reads are accepted too).
     *
     * @throws IllegalArgumentException naming the value when it is not a date
     */
    public static LocalDate parseArgument(String value) {
        LocalDate date = parse(value);
        if (date == null || !value.strip().matches("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?")) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + value);
        }
        return date;
    }

    private static LocalDate modified(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return null;
        }
    }
}
