package glossa.core.stats;

import java.util.ArrayList;
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

    private SectionStatistics(List<AnnotationType> types, SectionIndex index) {
        this.types = types;
        this.index = index;
        this.totals = new int[types.size()];
        this.unsectioned = new int[types.size()];
    }

    /** Computes the statistics of the annotations that pass {@code filter}; O(n log s) for n annotations, s sections. */
    public static SectionStatistics compute(Document document, Predicate<Annotation> filter) {
        SectionIndex index = SectionIndex.of(document);
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        SectionStatistics stats = new SectionStatistics(types, index);
        Map<AnnotationType, Integer> column = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            column.put(types.get(i), i);
        }
        for (Section section : index.sections()) {
            stats.counts.put(section, new int[types.size()]);
        }
        for (Annotation annotation : document.getAnnotations()) {
            Integer c = column.get(annotation.getType());
            if (c == null || !filter.test(annotation)) {
                continue;
            }
            stats.totals[c]++;
            Section section = index.deepestAt(annotation.getBegin());
            if (section == null) {
                stats.unsectioned[c]++;
            }
            for (Object s = section; s instanceof Section sec; s = sec.eContainer()) {
                stats.counts.get(sec)[c]++;
            }
        }
        for (int[] row : stats.counts.values()) {
            for (int n : row) {
                stats.maxCell = Math.max(stats.maxCell, n);
            }
        }
        return stats;
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
