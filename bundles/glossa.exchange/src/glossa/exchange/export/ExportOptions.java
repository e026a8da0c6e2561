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
 */
public record ExportOptions(AnnotationFilter filter, Set<String> sections, boolean fullText, Instant date) {

    public ExportOptions {
        filter = filter == null ? AnnotationFilter.ALL : filter;
        sections = sections == null ? Set.of() : Set.copyOf(sections);
        date = Objects.requireNonNullElseGet(date, Instant::now);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(AnnotationFilter.ALL, Set.of(), true, null);
    }

    public ExportOptions withFilter(AnnotationFilter newFilter) {
        return new ExportOptions(newFilter, sections, fullText, date);
    }

    public ExportOptions withSections(Set<String> newSections) {
        return new ExportOptions(filter, newSections, fullText, date);
    }

    public ExportOptions withFullText(boolean newFullText) {
        return new ExportOptions(filter, sections, newFullText, date);
    }

    public ExportOptions withDate(Instant newDate) {
        return new ExportOptions(filter, sections, fullText, newDate);
    }
}
