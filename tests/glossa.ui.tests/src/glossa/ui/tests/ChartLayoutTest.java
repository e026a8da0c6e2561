package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

import glossa.ui.internal.views.ChartData;
import glossa.ui.internal.views.ChartLayout;

/** The section labels under the chart's axis never overprint each other, however many sections there are. */
class ChartLayoutTest {

    private static final ToIntFunction<String> WIDTH = s -> 8 * s.length();

    @Test
    void aFewSectionsAreAllLabelled() {
        ChartLayout layout = ChartLayout.compute(data(6), 600, 200, WIDTH);
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"), sectionLabels(layout));
    }

    @Test
    void manySectionsGetLabelsThatDoNotTouch() {
        ChartLayout layout = ChartLayout.compute(data(400), 500, 200, WIDTH);
        List<ChartLayout.Label> labels = layout.labels().stream().filter(ChartLayout.Label::centered).toList();
        assertTrue(labels.size() > 5 && labels.size() < 100, "some labels, not all 400: " + labels.size());
        assertEquals("s1", labels.get(0).text(), "the first section is labelled");
        for (int i = 1; i < labels.size(); i++) {
            ChartLayout.Label previous = labels.get(i - 1);
            ChartLayout.Label label = labels.get(i);
            int previousRight = previous.x() + WIDTH.applyAsInt(previous.text()) / 2;
            int left = label.x() - WIDTH.applyAsInt(label.text()) / 2;
            assertTrue(left > previousRight, previous.text() + " and " + label.text() + " overlap");
        }
        assertEquals(400 * 3, layout.bars().size(), "every section still has its bars");
    }

    private static List<String> sectionLabels(ChartLayout layout) {
        return layout.labels().stream().filter(ChartLayout.Label::centered).map(ChartLayout.Label::text).toList();
    }

    private static ChartData data(int sections) {
        List<String> categories = new ArrayList<>();
        int[][] values = new int[sections][3];
        for (int i = 0; i < sections; i++) {
            categories.add("s" + (i + 1));
            values[i] = new int[] { i % 5, i % 3, i % 7 };
        }
        return new ChartData(categories, categories, List.of("Claim", "Policy measure", "Counter-strategy"),
                List.of(new RGB(245, 197, 66), new RGB(93, 165, 218), new RGB(96, 189, 104)), values);
    }
}
