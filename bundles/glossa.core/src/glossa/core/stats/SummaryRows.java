package glossa.core.stats;

import java.util.ArrayList;
import java.util.List;

import glossa.core.sections.SectionIndex;
import glossa.model.AnnotationType;
import glossa.model.Section;

/**
 * The rows of a hierarchical summary: each chapter followed by its points, depth first, down to a chosen depth. A
 * row's counts include its sub-sections ({@link SectionStatistics}), so a chapter's total is the total of all its
 * points plus what lies in the chapter outside them, and the chapter rows alone add up to the grand total. Sections
 * of kind {@code boilerplate} (page furniture) are left out with everything beneath them, unless the analyst asks for
 * them (the "show boilerplate" toggle).
 */
public final class SummaryRows {

    /** All levels of the section tree. */
    public static final int ALL_LEVELS = 0;

    /**
     * One row.
     *
     * @param depth  1 for a top-level section (a chapter), 2 for its points, …
     * @param counts per type, in the order of the types asked for
     */
    public record Row(Section section, int depth, String label, int[] counts, int total, boolean hasChildren) {
    }

    private SummaryRows() {
    }

    /**
     * @param roots  the top-level sections to summarise, in order
     * @param types  the columns
     * @param levels how deep to go: 1 shows the chapters only, {@link #ALL_LEVELS} (or any value below 1) all
     */
    public static List<Row> of(SectionStatistics stats, List<Section> roots, List<AnnotationType> types, int levels) {
        return of(stats, roots, types, levels, false);
    }

    /** @param boilerplate true to list page furniture (kind {@code boilerplate}) as well */
    public static List<Row> of(SectionStatistics stats, List<Section> roots, List<AnnotationType> types, int levels,
            boolean boilerplate) {
        List<Row> rows = new ArrayList<>();
        for (Section root : roots) {
            add(rows, stats, root, types, 1, levels < 1 ? Integer.MAX_VALUE : levels, boilerplate);
        }
        return rows;
    }

    private static void add(List<Row> rows, SectionStatistics stats, Section section, List<AnnotationType> types,
            int depth, int levels, boolean boilerplate) {
        if (!boilerplate && isBoilerplate(section)) {
            return;
        }
        int[] counts = new int[types.size()];
        int total = 0;
        for (int t = 0; t < counts.length; t++) {
            counts[t] = stats.count(section, types.get(t));
            total += counts[t];
        }
        boolean deeper = depth < levels
                && section.getChildren().stream().anyMatch(c -> boilerplate || !isBoilerplate(c));
        rows.add(new Row(section, depth, label(section), counts, total, deeper));
        if (deeper) {
            for (Section child : section.getChildren()) {
                add(rows, stats, child, types, depth + 1, levels, boilerplate);
            }
        }
    }

    /** Page furniture (kind {@code boilerplate}, where the section detector marks it): never summarised. */
    public static boolean isBoilerplate(Section section) {
        return section.getKind() != null && "boilerplate".equals(section.getKind().getLiteral());
    }

    /**
     * Whether {@code offset} lies in page furniture: the deepest section holding it, or one above it, is of kind
     * {@code boilerplate}. Annotations there are left out of summaries with their section.
     */
    public static boolean inBoilerplate(SectionIndex index, int offset) {
        for (Object s = index.deepestAt(offset); s instanceof Section section; s = section.eContainer()) {
            if (isBoilerplate(section)) {
                return true;
            }
        }
        return false;
    }

    /** "二、 提案内容", "1. 技术出口管制升级", or the title alone when the section has no number. */
    public static String label(Section section) {
        String number = section.getNumber() == null ? "" : section.getNumber().strip();
        String title = section.getTitle() == null ? "" : section.getTitle().strip();
        if (number.isEmpty()) {
            return title;
        }
        return title.isEmpty() ? number : number + " " + title;
    }

    /** The deepest level of the tree below {@code roots} (1 when they have no children), boilerplate left out. */
    public static int depth(List<Section> roots) {
        int depth = 0;
        for (Section root : roots) {
            if (!isBoilerplate(root)) {
                depth = Math.max(depth, 1 + depth(root.getChildren()));
            }
        }
        return depth;
    }
}
