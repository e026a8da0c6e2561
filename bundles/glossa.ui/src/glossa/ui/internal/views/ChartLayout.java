package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;

/**
 * Where the bars, labels and legend of the section chart go in a width × height box. Computed once and drawn twice:
 * on screen and into PNGs with SWT's GC, and into SVG by {@link SvgChart}, so all three look alike.
 */
public final class ChartLayout {

    public record Bar(int x, int y, int width, int height, RGB color, int value, String tooltip) {
    }

    public record Label(int x, int y, String text, boolean centered) {
    }

    public record Swatch(int x, int y, int size, RGB color) {
    }

    static final int MARGIN = 8;
    static final int LINE = 16;
    /** The least space between two section labels under the axis. */
    static final int LABEL_GAP = 6;

    final List<Bar> bars = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final List<Swatch> swatches = new ArrayList<>();
    int axisLeft;
    int axisRight;
    int baseline;
    int top;

    /** {@code textWidth} measures a label in pixels (the GC's font on screen, an estimate for SVG). */
    public static ChartLayout compute(ChartData data, int width, int height, java.util.function.ToIntFunction<String> textWidth) {
        ChartLayout l = new ChartLayout();
        // Legend on the first line.
        int x = MARGIN;
        for (int s = 0; s < data.series().size(); s++) {
            l.swatches.add(new Swatch(x, MARGIN + 3, 10, data.colors().get(s)));
            l.labels.add(new Label(x + 14, MARGIN, data.series().get(s), false));
            x += 14 + textWidth.applyAsInt(data.series().get(s)) + 16;
        }
        int max = Math.max(1, data.max());
        String maxLabel = Integer.toString(max);
        l.axisLeft = MARGIN + textWidth.applyAsInt(maxLabel) + 6;
        l.axisRight = Math.max(l.axisLeft + 10, width - MARGIN);
        l.top = MARGIN + LINE + 10;
        l.baseline = Math.max(l.top + 10, height - MARGIN - LINE);
        l.labels.add(new Label(MARGIN, l.top - LINE / 2, maxLabel, false));
        l.labels.add(new Label(MARGIN, l.baseline - LINE / 2, "0", false));
        int categories = data.categories().size();
        if (categories == 0) {
            return l;
        }
        int series = Math.max(1, data.series().size());
        double groupWidth = (double) (l.axisRight - l.axisLeft) / categories;
        double barWidth = Math.max(1, (groupWidth * 0.8) / series);
        int plotHeight = l.baseline - l.top;
        // With many sections (a long article has hundreds) the labels would overprint each other into a black band:
        // a label is left out when it would touch the last one drawn; the bars' tooltips still name every section.
        int lastLabelRight = Integer.MIN_VALUE;
        for (int c = 0; c < categories; c++) {
            double groupX = l.axisLeft + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < data.series().size(); s++) {
                int value = data.values()[c][s];
                int h = (int) Math.round((double) plotHeight * value / max);
                int bx = (int) Math.round(groupX + s * barWidth);
                l.bars.add(new Bar(bx, l.baseline - h, Math.max(1, (int) Math.floor(barWidth) - 1), h,
                        data.colors().get(s), value,
                        data.categoryTitles().get(c) + " \u00B7 " + data.series().get(s) + ": " + value));
            }
            String category = data.categories().get(c);
            int center = (int) Math.round(l.axisLeft + (c + 0.5) * groupWidth);
            int half = (textWidth.applyAsInt(category) + 1) / 2;
            if (center - half >= lastLabelRight + LABEL_GAP) {
                l.labels.add(new Label(center, l.baseline + 2, category, true));
                lastLabelRight = center + half;
            }
        }
        return l;
    }

    public List<Bar> bars() {
        return bars;
    }

    /** The legend, axis and section labels, in drawing order. */
    public List<Label> labels() {
        return labels;
    }
}
