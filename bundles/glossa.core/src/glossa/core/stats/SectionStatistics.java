package glossa.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import glossa.core.codebook.Codebooks;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Section;

/**
 * Counts of annotations per section and type. A section's counts include those of its sub-sections; an annotation
 * belongs to the deepest section holding its begin offset. Annotations outside every section count only in the
 * totals (as "unsectioned").
 */
public final class SectionStatistics {

    private final List<AnnotationType> types;
    private final Map<Section, int[]> counts = new IdentityHashMap<>();
    private final int[] totals;
    private final int[] unsectioned;
    private final SectionIndex index;
    /** The largest cell, fixed once counted: the heat maps ask for it once per cell they shade. */
    private int maxCell;
    /** For {@link #updated}: where each counted annotation was counted, and the filter; null when not tracked. */
    private Map<Annotation, Cell> cells;
    private Predicate<Annotation> filter;

    /** The column and the deepest section (null: unsectioned) an annotation was counted under. */
    private record Cell(int column, Section section) {
    }

    private SectionStatistics(List<AnnotationType> types, SectionIndex index) {
        this.types = types;
        this.index = index;
        this.totals = new int[types.size()];
        this.unsectioned = new int[types.size()];
    }

    /** Computes the statistics of the annotations that pass {@code filter}; O(n log s) for n annotations, s sections. */
    public static SectionStatistics compute(Document document, Predicate<Annotation> filter) {
        return compute(document, filter, false);
    }

    /**
     * Like {@link #compute}, and remembers where each annotation was counted, so that the statistics after a few
     * changes can be {@link #updated} without counting all annotations again.
     */
    public static SectionStatistics computeTracked(Document document, Predicate<Annotation> filter) {
        return compute(document, filter, true);
    }

    private static SectionStatistics compute(Document document, Predicate<Annotation> filter, boolean tracked) {
        SectionIndex index = SectionIndex.of(document);
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        SectionStatistics stats = new SectionStatistics(types, index);
        Map<AnnotationType, Integer> column = columns(types);
        for (Section section : index.sections()) {
            stats.counts.put(section, new int[types.size()]);
        }
        if (tracked) {
            stats.cells = new IdentityHashMap<>();
            stats.filter = filter;
        }
        for (Annotation annotation : document.getAnnotations()) {
            Integer c = column.get(annotation.getType());
            if (c == null || !filter.test(annotation)) {
                continue;
            }
            stats.add(annotation, c, index.deepestAt(annotation.getBegin()));
        }
        stats.findMaxCell();
        return stats;
    }

    /**
     * The statistics after {@code removed}, {@code changed} and {@code added} annotations, from these tracked ones:
     * only those annotations are counted again (O(k log s) for k of them, plus the rows). Sections may have moved
     * since (with text edits) but must be the same; the codebook too. The tracking passes to the result: call this
     * once per instance. Falls back to counting everything when this instance is not tracked, or the filter, the
     * sections or the types differ.
     */
    public SectionStatistics updated(Document document, Predicate<Annotation> filter, Collection<Annotation> removed,
            Collection<Annotation> changed, Collection<Annotation> added) {
        SectionIndex moved = SectionIndex.of(document);
        List<AnnotationType> nowTypes = Codebooks.allTypes(document.getCodebook());
        if (cells == null || !filter.equals(this.filter) || !moved.sections().equals(index.sections())
                || !nowTypes.equals(types)) {
            return computeTracked(document, filter);
        }
        SectionStatistics next = new SectionStatistics(types, moved);
        counts.forEach((section, row) -> next.counts.put(section, row.clone()));
        System.arraycopy(totals, 0, next.totals, 0, totals.length);
        System.arraycopy(unsectioned, 0, next.unsectioned, 0, unsectioned.length);
        next.cells = cells;
        next.filter = filter;
        cells = null;
        for (Collection<Annotation> gone : List.of(removed, changed)) {
            for (Annotation annotation : gone) {
                next.subtract(annotation);
            }
        }
        Map<AnnotationType, Integer> column = columns(types);
        for (Collection<Annotation> counted : List.of(changed, added)) {
            for (Annotation annotation : counted) {
                Integer c = column.get(annotation.getType());
                if (c != null && annotation.eContainer() == document && filter.test(annotation)
                        && !next.cells.containsKey(annotation)) {
                    next.add(annotation, c, moved.deepestAt(annotation.getBegin()));
                }
            }
        }
        next.findMaxCell();
        return next;
    }

    private static Map<AnnotationType, Integer> columns(List<AnnotationType> types) {
        Map<AnnotationType, Integer> column = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            column.put(types.get(i), i);
        }
        return column;
    }

    private void add(Annotation annotation, int c, Section section) {
        totals[c]++;
        if (section == null) {
            unsectioned[c]++;
        }
        for (Object s = section; s instanceof Section sec; s = sec.eContainer()) {
            counts.get(sec)[c]++;
        }
        if (cells != null) {
            cells.put(annotation, new Cell(c, section));
        }
    }

    private void subtract(Annotation annotation) {
        Cell cell = cells.remove(annotation);
        if (cell == null) {
            return;
        }
        int c = cell.column();
        totals[c]--;
        if (cell.section() == null) {
            unsectioned[c]--;
        }
        for (Object s = cell.section(); s instanceof Section sec; s = sec.eContainer()) {
            counts.get(sec)[c]--;
        }
    }

    private void findMaxCell() {
        maxCell = 0;
        for (int[] row : counts.values()) {
            for (int n : row) {
                maxCell = Math.max(maxCell, n);
            }
        }
    }

    /** The types in column order: every type of the codebook, depth first. */
    public List<AnnotationType> types() {
        return types;
    }

    public SectionIndex sectionIndex() {
        return index;
    }

    /** Count of annotations of {@code type} in {@code section}, sub-sections included. */
    public int count(Section section, AnnotationType type) {
        int c = types.indexOf(type);
        int[] row = counts.get(section);
        return c < 0 || row == null ? 0 : row[c];
    }

    /** All annotations in {@code section}, sub-sections included. */
    public int total(Section section) {
        int[] row = counts.get(section);
        int sum = 0;
        if (row != null) {
            for (int n : row) {
                sum += n;
            }
        }
        return sum;
    }

    public int total(AnnotationType type) {
        int c = types.indexOf(type);
        return c < 0 ? 0 : totals[c];
    }

    public int total() {
        int sum = 0;
        for (int n : totals) {
            sum += n;
        }
        return sum;
    }

    public int unsectioned(AnnotationType type) {
        int c = types.indexOf(type);
        return c < 0 ? 0 : unsectioned[c];
    }

    /** The largest single cell among top-level sections, for heat-map shading. */
    public int maxCell() {
        return maxCell;
    }

    /** Type id → count for one section, in column order; handy for JSON output. */
    public Map<String, Integer> row(Section section) {
        Map<String, Integer> row = new LinkedHashMap<>();
        for (AnnotationType type : types) {
            row.put(type.getId(), count(section, type));
        }
        return row;
    }

    /** Top-level sections in document order. */
    public List<Section> topLevelSections() {
        return new ArrayList<>(index.sections().stream().filter(s -> !(s.eContainer() instanceof Section)).toList());
    }
}
