package glossa.core.filter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.AttributeValue;

/**
 * The one filter that the editor highlights, the views and the exporters all ask. An immutable snapshot of an
 * {@link AnnotationFilterSpec}: hidden types, allowed statuses and authors (empty means all) and a free text that must
 * occur in the quote, the memo or an attribute value (case-insensitive; Chinese text matches as is).
 */
public final class AnnotationFilter implements Predicate<Annotation> {

    public static final AnnotationFilter ALL = new AnnotationFilter(Set.of(), Set.of(), Set.of(), "");

    private final Set<String> hiddenTypes;
    private final Set<AnnotationStatus> statuses;
    private final Set<String> authors;
    private final String text;

    public AnnotationFilter(Set<String> hiddenTypes, Set<AnnotationStatus> statuses, Set<String> authors, String text) {
        this.hiddenTypes = Set.copyOf(hiddenTypes);
        this.statuses = Set.copyOf(statuses);
        this.authors = Set.copyOf(authors);
        this.text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public static AnnotationFilter of(AnnotationFilterSpec spec) {
        if (spec == null) {
            return ALL;
        }
        return new AnnotationFilter(Set.copyOf(spec.getHiddenTypes()), Set.copyOf(spec.getStatuses()),
                Set.copyOf(spec.getAuthors()), spec.getText());
    }

    /** Only the given type ids are shown (an export's {@code --types a,b}). */
    public static AnnotationFilter onlyTypes(Set<String> visibleTypes, List<String> allTypeIds) {
        Set<String> hidden = new java.util.HashSet<>(allTypeIds);
        hidden.removeAll(visibleTypes);
        return new AnnotationFilter(hidden, Set.of(), Set.of(), "");
    }

    public boolean isTypeVisible(String typeId) {
        return !hiddenTypes.contains(typeId);
    }

    public Set<String> hiddenTypes() {
        return hiddenTypes;
    }

    public Set<AnnotationStatus> statuses() {
        return statuses;
    }

    public Set<String> authors() {
        return authors;
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return hiddenTypes.isEmpty() && statuses.isEmpty() && authors.isEmpty() && text.isEmpty();
    }

    @Override
    public boolean test(Annotation annotation) {
        String typeId = annotation.getType() == null ? null : annotation.getType().getId();
        return testFacets(typeId, annotation.getStatus(), annotation.getAuthor())
                && (text.isEmpty() || matchesText(annotation));
    }

    /**
     * The type, status and author part of {@link #test}, without the text: what counts kept per type × status ×
     * author (the case summary cache) can answer without the annotations. {@code test(a)} is exactly
     * {@code testFacets(type id, status, author) && text matches}.
     */
    public boolean testFacets(String typeId, AnnotationStatus status, String author) {
        if (typeId != null && hiddenTypes.contains(typeId)) {
            return false;
        }
        if (!statuses.isEmpty() && (status == null || !statuses.contains(status))) {
            return false;
        }
        return authors.isEmpty() || author != null && authors.contains(author);
    }

    private boolean matchesText(Annotation annotation) {
        if (contains(annotation.getQuote()) || contains(annotation.getMemo())) {
            return true;
        }
        for (AttributeValue attribute : annotation.getAttributes()) {
            if (contains(attribute.getValue())) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    /** Filters are equal when they let the same annotations through: same hidden types, statuses, authors, text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AnnotationFilter f && hiddenTypes.equals(f.hiddenTypes) && statuses.equals(f.statuses)
                && authors.equals(f.authors) && text.equals(f.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(hiddenTypes, statuses, authors, text);
    }

    /** A human-readable description for report headers, e.g. "types: −claim; status: confirmed; text: 签证". */
    public String describe() {
        if (isEmpty()) {
            return "none (all annotations)";
        }
        StringBuilder sb = new StringBuilder();
        if (!hiddenTypes.isEmpty()) {
            sb.append("hidden types: ").append(String.join(", ", hiddenTypes.stream().sorted().toList()));
        }
        if (!statuses.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("status: ")
                    .append(String.join(", ", statuses.stream().map(AnnotationStatus::getLiteral).sorted().toList()));
        }
        if (!authors.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("authors: ").append(String.join(", ", authors.stream().sorted().toList()));
        }
        if (!text.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("text: ").append(text);
        }
        return sb.toString();
    }
}
