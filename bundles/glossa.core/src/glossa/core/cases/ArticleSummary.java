package glossa.core.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;

/**
 * What the Case Summary needs of one article without its annotations: the article's title, its number of
 * top-level sections, the types of its (case-merged) codebook, and its annotations counted per type × status ×
 * author. That is enough to recompute the articles × types table under every filter but the text one
 * ({@link AnnotationFilter#testFacets}). Immutable; {@code relativeName} uses '/' separators.
 */
public record ArticleSummary(String relativeName, ArticleStamp stamp, String title, int sectionCount,
        List<TypeInfo> types, List<Tally> tallies) {

    /** A type of the article's codebook: id, display name and colour as stored. */
    public record TypeInfo(String id, String name, String color) {

        public TypeInfo {
            Objects.requireNonNull(id);
        }
    }

    /** {@code count} annotations of one type, status and author ({@code author} may be null). */
    public record Tally(String typeId, AnnotationStatus status, String author, int count) {

        public Tally {
            Objects.requireNonNull(typeId);
        }
    }

    public ArticleSummary {
        Objects.requireNonNull(relativeName);
        Objects.requireNonNull(stamp);
        types = List.copyOf(types);
        tallies = List.copyOf(tallies);
    }

    /**
     * Summarizes a loaded article. Annotations without a type (or a type without id) are left out, as the Case
     * Summary leaves them out.
     */
    public static ArticleSummary of(AnnotatedArticle article, String relativeName, ArticleStamp stamp) {
        List<TypeInfo> types = new ArrayList<>();
        for (AnnotationType type : Codebooks.allTypes(article.document().getCodebook())) {
            if (type.getId() != null) {
                types.add(new TypeInfo(type.getId(), type.getName(), type.getColor()));
            }
        }
        record Key(String typeId, AnnotationStatus status, String author) {
        }
        Map<Key, int[]> counts = new LinkedHashMap<>();
        for (Annotation annotation : article.document().getAnnotations()) {
            AnnotationType type = annotation.getType();
            if (type == null || type.getId() == null) {
                continue;
            }
            counts.computeIfAbsent(new Key(type.getId(), annotation.getStatus(), annotation.getAuthor()),
                    k -> new int[1])[0]++;
        }
        List<Tally> tallies = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> tallies.add(new Tally(key.typeId(), key.status(), key.author(), n[0])));
        return new ArticleSummary(relativeName, stamp, glossa.core.title.TitleDetector.title(article),
                (int) article.document().getSections().stream() // page furniture and front matter are not sections to count
                        .filter(s -> !glossa.core.stats.SummaryRows.isBoilerplate(s)
                                && s.getKind() != glossa.model.SectionKind.FRONT_MATTER)
                        .count(),
                types, tallies);
    }

    /** The annotations that pass {@code filter}'s type, status and author tests (its text is not looked at). */
    public int count(AnnotationFilter filter) {
        int n = 0;
        for (Tally tally : tallies) {
            if (filter.testFacets(tally.typeId(), tally.status(), tally.author())) {
                n += tally.count();
            }
        }
        return n;
    }
}
