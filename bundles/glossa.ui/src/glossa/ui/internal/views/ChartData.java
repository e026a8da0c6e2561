package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;

import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.model.AnnotationType;
import glossa.model.Section;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.appearance.TypeColors;

/** What the section chart shows: for each top-level section (a category), one bar per annotation type (a series). */
public record ChartData(List<String> categories, List<String> categoryTitles, List<String> series, List<RGB> colors,
        int[][] values) {

    public static ChartData of(SectionStatistics stats) {
        return of(stats, false);
    }

    /** @param boilerplate whether page furniture (sections of kind {@code boilerplate}) gets bars too */
    public static ChartData of(SectionStatistics stats, boolean boilerplate) {
        List<String> categories = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Section> sections = stats.topLevelSections().stream()
                .filter(s -> boilerplate || !SummaryRows.isBoilerplate(s)).toList();
        List<AnnotationType> types = stats.types();
        int[][] values = new int[sections.size()][types.size()];
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            boolean numbered = section.getNumber() != null && !section.getNumber().isEmpty();
            String title = Labels.sectionTitle(section.getTitle());
            categories.add(numbered ? section.getNumber() : shorten(title, 4));
            titles.add(numbered ? section.getNumber() + " " + nonNull(title) : nonNull(title));
            for (int t = 0; t < types.size(); t++) {
                values[s][t] = stats.count(section, types.get(t));
            }
        }
        return new ChartData(categories, titles, types.stream().map(t -> nonNull(t.getName())).toList(),
                types.stream().map(TypeColors::rgb).toList(), values);
    }

    public int max() {
        int max = 0;
        for (int[] row : values) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static String shorten(String s, int n) {
        s = nonNull(s);
        return s.length() <= n ? s : s.substring(0, n) + "\u2026";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
