package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.model.GlossaFactory;
import glossa.model.Section;

/** What one run derives from the new text before placing anything, and which places it keeps out. */
class ReanchorRunTest {

    private static List<Section> sectionsEndingAt(int... ends) {
        List<Section> sections = new ArrayList<>();
        int begin = 0;
        for (int end : ends) {
            Section s = GlossaFactory.eINSTANCE.createSection();
            s.setTitle("Part " + end);
            s.setBegin(begin);
            s.setEnd(end);
            sections.add(s);
            begin = end;
        }
        return sections;
    }

    /** The scale is the change in length, new / old; without the old text the last section's end stands for it. */
    @ParameterizedTest(name = "new {0}, old text {1}, sections ending at {2}: scale {3}")
    @CsvSource(textBlock = """
            200, 100, '',      2
            200, 400, '',      0.5
            200, 200, '',      1
            200, 0,   '',      1
            200, -1,  '',      1
            200, -1,  100 400, 0.5
            200, -1,  400 100, 0.5
            200, -1,  50,      4
            200, 400, 100,     0.5
            0,   -1,  '',      1
            """)
    void scaleIsTheChangeInLength(int newLength, int oldLength, String sectionEnds, double scale) {
        int[] ends = sectionEnds.isBlank() ? new int[0]
                : java.util.Arrays.stream(sectionEnds.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
        String oldText = oldLength < 0 ? null : "o".repeat(oldLength);
        ReanchorRun run = new ReanchorRun("n".repeat(newLength), sectionsEndingAt(ends), oldText);
        assertEquals(scale, run.scale, 1e-12);
    }

    /** The distance at which closeness to an expected place halves: 200 characters, more in long texts. */
    @Test
    void positionScaleIsAtLeast200AndGrowsWithLongTexts() {
        assertEquals(200, new ReanchorRun("n".repeat(1_000), List.of(), null).positionScale);
        assertEquals(200, new ReanchorRun("n".repeat(20_000), List.of(), null).positionScale);
        double long1 = new ReanchorRun("n".repeat(40_000), List.of(), null).positionScale;
        double long2 = new ReanchorRun("n".repeat(80_000), List.of(), null).positionScale;
        assertEquals(2 * long1, long2, 1e-9, "in proportion to the length of a long text");
        assertEquals(true, long1 > 200);
    }

    /** Places an annotation gave way on are not taken again: any overlap with one excludes a candidate. */
    @ParameterizedTest(name = "[{0}, {1}) against {2}: {3}")
    @CsvSource(textBlock = """
            0,  10, 10-20,       false
            0,  11, 10-20,       true
            19, 25, 10-20,       true
            20, 25, 10-20,       false
            12, 15, 10-20,       true
            5,  30, 10-20,       true
            45, 46, 10-20 40-50, true
            25, 35, 10-20 40-50, false
            0,  100, '',         false
            """)
    void excludedPlaces(int start, int end, String places, boolean excluded) {
        ReanchorRun run = new ReanchorRun("text", List.of(), "text");
        List<int[]> lost = new ArrayList<>();
        for (String place : places.trim().split(" +")) {
            if (!place.isEmpty()) {
                String[] be = place.split("-");
                lost.add(new int[] { Integer.parseInt(be[0]), Integer.parseInt(be[1]) });
            }
        }
        run.excluded = lost;
        assertEquals(excluded, run.isExcluded(start, end));
    }

    @Test
    void aPredictionRestoresWhatThePlacementsSoFarPredicted() {
        ReanchorRun run = new ReanchorRun("text", List.of(), "text");
        Section section = sectionsEndingAt(4).get(0);
        run.lastDelta = 7;
        run.lastSection = section;
        run.hasLast = true;
        ReanchorRun.Prediction saved = run.prediction();
        run.lastDelta = -3;
        run.lastSection = null;
        run.hasLast = false;
        saved.restore(run);
        assertEquals(7, run.lastDelta);
        assertEquals(section, run.lastSection);
        assertEquals(true, run.hasLast);
    }

    @Test
    void occurrencesAreFoldedOffsets() {
        ReanchorRun run = new ReanchorRun("ab， cd，ab ，cd", List.of(), null);
        assertEquals(List.of(2, 8), java.util.Arrays.stream(run.occurrences(",cd")).boxed().toList());
        assertEquals(List.of(), java.util.Arrays.stream(run.occurrences("xyz")).boxed().toList());
    }
}
