package glossa.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import glossa.core.AnnotatedArticle;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Section;

/**
 * What search needs of an article, the same whether it was just loaded (a scan) or read back from the index: the
 * text, the sections (flattened in {@link SectionIndex} order) and the spans of its live annotations.
 *
 * @param path        relative to the case folder, with {@code /}
 * @param sections    begin, end and path label of every section, parents before children
 * @param annotations type id, begin and end of each confirmed or suggested annotation
 * @param date        the article's date ({@link ArticleDate}), null when unknown
 */
public record SearchableArticle(String path, String text, List<SectionSpan> sections, List<CodedSpan> annotations,
        LocalDate date) {

    /** An article without a date (a date filter leaves it out). */
    public SearchableArticle(String path, String text, List<SectionSpan> sections, List<CodedSpan> annotations) {
        this(path, text, sections, annotations, null);
    }

    public record SectionSpan(int begin, int end, String path) {
    }

    public record CodedSpan(String typeId, int begin, int end) {
    }

    /** From a loaded article; {@code caseRoot} makes its path relative. */
    public static SearchableArticle of(Path caseRoot, AnnotatedArticle article) {
        List<SectionSpan> sections = new ArrayList<>();
        for (Section section : SectionIndex.of(article.document()).sections()) {
            // One line, as the index stores it, so that a scan and the index name sections alike.
            sections.add(new SectionSpan(section.getBegin(), section.getEnd(),
                    SectionIndex.path(section).replaceAll("[\\t\\r\\n]", " ")));
        }
        List<CodedSpan> coded = new ArrayList<>();
        for (Annotation annotation : article.document().getAnnotations()) {
            if (annotation.getType() != null && (annotation.getStatus() == AnnotationStatus.CONFIRMED
                    || annotation.getStatus() == AnnotationStatus.SUGGESTED)) {
                coded.add(new CodedSpan(annotation.getType().getId(), annotation.getBegin(), annotation.getEnd()));
            }
        }
        return new SearchableArticle(relative(caseRoot, article.articlePath()), article.text(), sections, coded,
                ArticleDate.of(article));
    }

    public static String relative(Path caseRoot, Path article) {
        return caseRoot.relativize(article.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The path label of the deepest section holding {@code offset}: the rule of {@link SectionIndex#deepestAt}, the
     * last section (in begin order, parents first) that begins at or before it and still holds it.
     */
    public String sectionAt(int offset) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            SectionSpan span = sections.get(i);
            if (span.begin() <= offset && offset < span.end()) {
                return span.path();
            }
        }
        return "";
    }

    /** Does an annotation (of {@code typeId}, or of any type when null) overlap {@code begin..end}? */
    public boolean coded(String typeId, int begin, int end) {
        for (CodedSpan span : annotations) {
            if ((typeId == null || typeId.equals(span.typeId())) && span.begin() < end && begin < span.end()) {
                return true;
            }
        }
        return false;
    }
}
