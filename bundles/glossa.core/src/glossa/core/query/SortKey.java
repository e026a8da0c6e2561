package glossa.core.query;

import java.util.Objects;

/**
 * How an {@link AnnotationIndex} orders its rows: a column (with the attribute name for {@link AnnotationColumn#ATTRIBUTE})
 * and a direction. Ties are broken by document order, so equal keys keep a stable, meaningful order.
 */
public record SortKey(AnnotationColumn column, String attribute, boolean ascending) {

    public static final SortKey DOCUMENT_ORDER = new SortKey(AnnotationColumn.BEGIN, null, true);

    public SortKey {
        Objects.requireNonNull(column);
    }

    public static SortKey of(AnnotationColumn column, boolean ascending) {
        return new SortKey(column, null, ascending);
    }

    public static SortKey attribute(String name, boolean ascending) {
        return new SortKey(AnnotationColumn.ATTRIBUTE, name, ascending);
    }

    public SortKey reversed() {
        return new SortKey(column, attribute, !ascending);
    }
}
