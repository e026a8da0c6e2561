package glossa.search;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;

/**
 * Which hits to keep: by article (a glob over the path relative to the case, or over the file name when the glob has
 * no {@code /}), by section (a part of the section path), by coding with a type and by the article's date
 * ({@link ArticleDate}).
 *
 * @param articleGlob null for every article
 * @param section     null for every section; otherwise a case-insensitive part of the hit's section path
 * @param typeId      the type of {@code coding}; null means any type
 * @param coding      whether hits must (not) overlap an annotation of the type
 * @param since       null, or the first day an article's date may be (inclusive)
 * @param until       null, or the last day an article's date may be (inclusive)
 */
public record SearchFilter(String articleGlob, String section, String typeId, Coding coding, LocalDate since,
        LocalDate until) {

    /** Hits already coded (overlapping a confirmed or suggested annotation), not coded, or either. */
    public enum Coding {
        ANY, CODED, NOT_CODED
    }

    public static final SearchFilter ALL = new SearchFilter(null, null, null, Coding.ANY);

    public SearchFilter {
        coding = coding == null ? Coding.ANY : coding;
    }

    /** A filter without dates. */
    public SearchFilter(String articleGlob, String section, String typeId, Coding coding) {
        this(articleGlob, section, typeId, coding, null, null);
    }

    /**
     * Is the article's date within {@code since..until}? Always when the filter has no dates; never for an article
     * without a date when it has one.
     */
    public boolean keepsDate(SearchableArticle article) {
        if (since == null && until == null) {
            return true;
        }
        LocalDate date = article.date();
        return date != null && (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }

    /** A matcher of relative article paths; accepts everything when there is no glob. */
    public ArticleMatcher articles() {
        if (articleGlob == null || articleGlob.isBlank()) {
            return relative -> true;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + articleGlob.strip());
        boolean byName = !articleGlob.contains("/");
        return relative -> {
            Path path = Path.of(relative);
            return matcher.matches(path) || byName && path.getFileName() != null && matcher.matches(path.getFileName());
        };
    }

    /** Does the filter keep a hit of {@code article} over {@code begin..end} in {@code sectionPath}? */
    public boolean keeps(SearchableArticle article, String sectionPath, int begin, int end) {
        if (!keepsDate(article)) {
            return false;
        }
        if (section != null && !section.isBlank()
                && !sectionPath.toLowerCase(java.util.Locale.ROOT).contains(section.strip().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return switch (coding) {
            case ANY -> true;
            case CODED -> article.coded(typeId, begin, end);
            case NOT_CODED -> !article.coded(typeId, begin, end);
        };
    }

    /** Tests relative article paths ({@code /}-separated). */
    @FunctionalInterface
    public interface ArticleMatcher {
        boolean matches(String relativePath);
    }
}
