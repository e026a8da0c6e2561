package glossa.exchange.export;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import glossa.core.filter.AnnotationFilter;

/**
 * What an export covers and how.
 *
 * @param filter    the annotations to include (the document's current filter by default)
 * @param sections  top-level sections to include, each given by its number label as written ("二") or by its 1-based
 *                  position among the top-level sections ("2"); empty means all sections
 * @param fullText  whether reports show the article text with highlights (HTML) or only the quotes
 * @param date      the export date shown in report headers; fixed by tests for reproducible output
 * @param levels    how many levels of the section tree the summaries show: 1 the chapters only (collapsed),
 *                  {@link #ALL_LEVELS} every level
 * @param language  the language of the report's own words (headings, labels): {@code "en"}, {@code "zh"}, or
 *                  {@link #AUTO_LANGUAGE} for the article's language (Chinese when CJK characters dominate its text)
 * @param boilerplate whether sections of kind {@code boilerplate} (page furniture) and their annotations are reported;
 *                  left out by default
 */
public record ExportOptions(AnnotationFilter filter, Set<String> sections, boolean fullText, Instant date, int levels,
        String language, boolean boilerplate) {

    public static final int ALL_LEVELS = 0;
    public static final String AUTO_LANGUAGE = "";

    public ExportOptions {
        filter = filter == null ? AnnotationFilter.ALL : filter;
        sections = sections == null ? Set.of() : Set.copyOf(sections);
        date = Objects.requireNonNullElseGet(date, Instant::now);
        levels = Math.max(ALL_LEVELS, levels);
        language = language == null ? AUTO_LANGUAGE : language.strip();
    }

    /** Boilerplate left out. */
    public ExportOptions(AnnotationFilter filter, Set<String> sections, boolean fullText, Instant date, int levels,
            String language) {
        this(filter, sections, fullText, date, levels, language, false);
    }

    /** All levels, the language of the article. */
    public ExportOptions(AnnotationFilter filter, Set<String> sections, boolean fullText, Instant date) {
        this(filter, sections, fullText, date, ALL_LEVELS, AUTO_LANGUAGE);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(AnnotationFilter.ALL, Set.of(), true, null);
    }

    public ExportOptions withFilter(AnnotationFilter newFilter) {
        return new ExportOptions(newFilter, sections, fullText, date, levels, language, boilerplate);
    }

    public ExportOptions withSections(Set<String> newSections) {
        return new ExportOptions(filter, newSections, fullText, date, levels, language, boilerplate);
    }

    public ExportOptions withFullText(boolean newFullText) {
        return new ExportOptions(filter, sections, newFullText, date, levels, language, boilerplate);
    }

    public ExportOptions withDate(Instant newDate) {
        return new ExportOptions(filter, sections, fullText, newDate, levels, language, boilerplate);
    }

    /** @param newLevels 1 for chapters only, {@link #ALL_LEVELS} for all */
    public ExportOptions withLevels(int newLevels) {
        return new ExportOptions(filter, sections, fullText, date, newLevels, language, boilerplate);
    }

    /** @param newLanguage "en", "zh" or {@link #AUTO_LANGUAGE} */
    public ExportOptions withLanguage(String newLanguage) {
        return new ExportOptions(filter, sections, fullText, date, levels, newLanguage, boilerplate);
    }

    /** @param newBoilerplate true to report page furniture (sections of kind {@code boilerplate}) as well */
    public ExportOptions withBoilerplate(boolean newBoilerplate) {
        return new ExportOptions(filter, sections, fullText, date, levels, language, newBoilerplate);
    }
}
