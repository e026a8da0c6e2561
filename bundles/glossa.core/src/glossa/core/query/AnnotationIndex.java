package glossa.core.query;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;

import glossa.core.filter.AnnotationFilter;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.Section;

/**
 * The rows of an annotation table: the annotations that pass one {@link AnnotationFilter}, sorted by one
 * {@link SortKey}. Text columns sort with Chinese collation (CLDR's: Han in pinyin order, then Latin); each row's sort key is
 * computed once when it enters the index, never per comparison, so building the index of 100,000 annotations costs
 * one filter pass, n key computations and an O(n log n) sort of precomputed keys.
 *
 * <p>The index follows changes incrementally: {@link #add}, {@link #remove} and {@link #update} cost O(log n) to find
 * the place plus an array copy, and report the row they touched so that a virtual table refreshes only what changed.
 * Build it on any thread from a snapshot of the annotations; afterwards use it from one thread only (the UI's).</p>
 */
public final class AnnotationIndex {

    /** Chinese collation: Han characters in pinyin order, before Latin. Frozen, hence safe to share between threads. */
    private static final Collator COLLATOR = chineseCollator();

    private final AnnotationFilter filter;
    private final SortKey sortKey;
    private final SectionIndex sections;
    private final Map<Section, Integer> sectionOrder = new IdentityHashMap<>();
    private final ArrayList<Row> rows;
    private final Comparator<Row> order;

    private AnnotationIndex(SectionIndex sections, AnnotationFilter filter, SortKey sortKey, int capacity) {
        this.sections = sections;
        this.filter = filter;
        this.sortKey = sortKey;
        this.rows = new ArrayList<>(capacity);
        List<Section> all = sections.sections();
        for (int i = 0; i < all.size(); i++) {
            sectionOrder.put(all.get(i), i);
        }
        Comparator<Row> byKey = sortKey.column().isText() ? (a, b) -> a.text.compareTo(b.text)
                : (a, b) -> Long.compare(a.number, b.number);
        if (!sortKey.ascending()) {
            byKey = byKey.reversed();
        }
        this.order = byKey.thenComparingInt(r -> r.begin).thenComparingInt(r -> r.end)
                .thenComparing(r -> r.id);
    }

    /** The document's annotations that pass {@code filter}, sorted by {@code sortKey}. Call on the thread that owns the document. */
    public static AnnotationIndex build(Document document, AnnotationFilter filter, SortKey sortKey) {
        return build(List.of(document.getAnnotations().toArray(new Annotation[0])), SectionIndex.of(document), filter,
                sortKey);
    }

    /**
     * Builds the index from a snapshot of annotations (e.g. {@code document.getAnnotations().toArray()} taken on the UI
     * thread), so that the filtering and sorting may run in a background job.
     */
    public static AnnotationIndex build(Collection<Annotation> snapshot, SectionIndex sections, AnnotationFilter filter,
            SortKey sortKey) {
        AnnotationIndex index = new AnnotationIndex(sections, filter, sortKey, snapshot.size());
        // Many rows share a text (type, author, actor): collate each distinct text once.
        Map<String, RawCollationKey> keys = new HashMap<>();
        for (Annotation annotation : snapshot) {
            if (filter.test(annotation)) {
                index.rows.add(index.row(annotation, keys));
            }
        }
        index.rows.sort(index.order);
        return index;
    }

    public AnnotationFilter filter() {
        return filter;
    }

    public SortKey sortKey() {
        return sortKey;
    }

    public SectionIndex sections() {
        return sections;
    }

    public int size() {
        return rows.size();
    }

    public Annotation get(int row) {
        return rows.get(row).annotation;
    }

    /** The rows in order, as an unmodifiable live view. */
    public List<Annotation> annotations() {
        return new RowList();
    }

    /** The row of the annotation, or -1 when it is not in the index. O(log n) while its sort key is unchanged. */
    public int indexOf(Annotation annotation) {
        Row probe = row(annotation, null);
        int i = Collections.binarySearch(rows, probe, order);
        if (i >= 0 && rows.get(i).annotation == annotation) {
            return i;
        }
        // Its key changed since it was indexed (the caller has not told us yet): look it up the slow way.
        for (int j = 0; j < rows.size(); j++) {
            if (rows.get(j).annotation == annotation) {
                return j;
            }
        }
        return -1;
    }

    /** Adds the annotation if the filter lets it through; returns its row, or -1 when filtered out or already there. */
    public int add(Annotation annotation) {
        if (!filter.test(annotation)) {
            return -1;
        }
        Row row = row(annotation, null);
        int i = Collections.binarySearch(rows, row, order);
        if (i >= 0 && rows.get(i).annotation == annotation) {
            return -1;
        }
        int at = i >= 0 ? i : -i - 1;
        rows.add(at, row);
        return at;
    }

    /** Removes the annotation; returns the row it had, or -1 when it was not in the index. */
    public int remove(Annotation annotation) {
        int i = indexOf(annotation);
        if (i >= 0) {
            rows.remove(i);
        }
        return i;
    }

    /**
     * Re-files an annotation whose values changed: it may move, appear or disappear. Returns its new row or -1.
     */
    public int update(Annotation annotation) {
        remove(annotation);
        return add(annotation);
    }

    /** The section holding the annotation's begin, the one shown in its section column. */
    public Section sectionOf(Annotation annotation) {
        return sections.deepestAt(annotation.getBegin());
    }

    private Row row(Annotation annotation, Map<String, RawCollationKey> cache) {
        Row row = new Row(annotation);
        AnnotationColumn column = sortKey.column();
        if (column.isText()) {
            String text = AnnotationCells.text(annotation, column, sortKey.attribute(), sections);
            // Raw keys: the sort key bytes alone, without the copy of the source string a CollationKey keeps.
            row.text = cache == null ? COLLATOR.getRawCollationKey(text, null)
                    : cache.computeIfAbsent(text, t -> COLLATOR.getRawCollationKey(t, null));
        } else {
            row.number = switch (column) {
            case SECTION -> {
                Section section = sections.deepestAt(annotation.getBegin());
                // Unsectioned text (before the first heading) sorts first, as it comes first in the document.
                yield section == null ? -1 : sectionOrder.getOrDefault(section, -1);
            }
            case MODIFIED -> annotation.getModified() == null ? Long.MIN_VALUE : annotation.getModified().getTime();
            case STATUS -> annotation.getStatus() == null ? -1 : annotation.getStatus().getValue();
            // Millionths keep the recommenders' distinctions; non-suggestions sort as no confidence at all.
            case CONFIDENCE -> annotation.getStatus() == AnnotationStatus.SUGGESTED
                    ? Math.round(annotation.getConfidence() * 1_000_000) : -1;
            default -> annotation.getBegin();
            };
        }
        return row;
    }

    /** Compares two strings as the index's text columns do; for tests and for callers that sort other lists alike. */
    public static int compareText(String a, String b) {
        return COLLATOR.compare(a, b);
    }

    private static Collator chineseCollator() {
        Collator collator = Collator.getInstance(ULocale.CHINESE);
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }

    /** One indexed annotation with its precomputed sort key and the values its ties are broken by. */
    private static final class Row {
        final Annotation annotation;
        final int begin;
        final int end;
        final String id;
        RawCollationKey text;
        long number;

        Row(Annotation annotation) {
            this.annotation = annotation;
            this.begin = annotation.getBegin();
            this.end = annotation.getEnd();
            this.id = annotation.getId() == null ? "" : annotation.getId();
        }
    }

    private final class RowList extends AbstractList<Annotation> implements RandomAccess {
        @Override
        public Annotation get(int index) {
            return rows.get(index).annotation;
        }

        @Override
        public int size() {
            return rows.size();
        }
    }
}
