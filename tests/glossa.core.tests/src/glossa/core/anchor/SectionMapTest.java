package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.model.GlossaFactory;
import glossa.model.Section;

/** Where the old sections went: found again by their titles, each up to the next section of its level or above. */
class SectionMapTest {

    private static final String NEW_TEXT = """
            Preface.
            2. Method
            How it was done.
            1. Background
            Why it matters.
            1.1 Details
            More about it.
            """;

    private Section one;
    private Section oneOne;
    private Section two;
    private SectionMap map;

    @BeforeEach
    void reorderedSections() {
        // Old text: "1. Background" (0..60, with "1.1 Details" at 30..60), then "2. Method" (60..100). The new text
        // puts "2. Method" first.
        one = section("1.", "Background", 1, 0, 60);
        oneOne = section("1.1", "Details", 2, 30, 60);
        one.getChildren().add(oneOne);
        two = section("2.", "Method", 1, 60, 100);
        map = map(List.of(one, two), NEW_TEXT, 1);
    }

    private static Section section(String number, String title, int level, int begin, int end) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setNumber(number);
        s.setTitle(title);
        s.setLevel(level);
        s.setBegin(begin);
        s.setEnd(end);
        return s;
    }

    private static SectionMap map(List<Section> roots, String newText, double scale) {
        NormalizedText folded = NormalizedText.of(newText);
        return new SectionMap(roots, folded, new QGramIndex(folded), newText.length(), scale);
    }

    private static int at(String text) {
        int at = NEW_TEXT.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(text);
        }
        return at;
    }

    @Test
    void eachSectionRunsFromItsNumberToTheNextSectionOfItsLevelOrAbove() {
        assertArrayEquals(new int[] { at("2. Method"), at("1. Background") }, map.newRangeOf(two));
        // Its own subsection does not end it; the end of the text does.
        assertArrayEquals(new int[] { at("1. Background"), NEW_TEXT.length() }, map.newRangeOf(one));
        assertArrayEquals(new int[] { at("1.1 Details"), NEW_TEXT.length() }, map.newRangeOf(oneOne));
    }

    @Test
    void shiftIsHowFarTheSectionMoved() {
        assertEquals(at("1. Background") - 0, map.shiftOf(one));
        assertEquals(at("2. Method") - 60, map.shiftOf(two));
        assertEquals(at("1.1 Details") - 30, map.shiftOf(oneOne));
        assertNull(map.shiftOf(null));
        assertNull(map.newRangeOf(null));
        assertNull(map.shiftOf(section("3.", "Results", 1, 100, 120)), "never mapped");
    }

    @Test
    void sectionAtIsTheDeepestOldSection() {
        assertSame(one, map.sectionAt(0));
        assertSame(one, map.sectionAt(29));
        assertSame(oneOne, map.sectionAt(30));
        assertSame(two, map.sectionAt(60));
        assertNull(map.sectionAt(100));
    }

    /** 1 in the section's new place, 0.5 elsewhere in its top-level section's new place, 0 outside or unknown. */
    @ParameterizedTest(name = "{0} at {1}{2}: {3}")
    @CsvSource(textBlock = """
            one,    '1. Background', 0,  1
            one,    'Preface.',      0,  0
            one,    '1. Background', -1, 0
            one,    '2. Method',     0,  0
            two,    '2. Method',     0,  1
            two,    '2. Method',     -1, 0
            two,    '1. Background', -1, 1
            two,    '1. Background', 0,  0
            oneOne, '1.1 Details',   0,  1
            oneOne, '1.1 Details',   -1, 0.5
            oneOne, '1. Background', 0,  0.5
            oneOne, '1. Background', -1, 0
            oneOne, '2. Method',     0,  0
            none,   '2. Method',     0,  0
            """)
    void membership(String name, String where, int plus, double expected) {
        Section section = switch (name) {
            case "one" -> one;
            case "oneOne" -> oneOne;
            case "two" -> two;
            default -> null;
        };
        assertEquals(expected, map.membership(section, at(where) + plus));
    }

    @Test
    void membershipAtTheEndOfTheText() {
        assertEquals(1, map.membership(one, NEW_TEXT.length() - 1));
        assertEquals(0, map.membership(one, NEW_TEXT.length()));
        assertEquals(1, map.membership(oneOne, NEW_TEXT.length() - 1));
        assertEquals(0, map.membership(oneOne, NEW_TEXT.length()), "past its top-level section too");
    }

    @Test
    void aSubsectionNotFoundCountsHalfInItsFoundParent() {
        Section lost = section("1.2", "Vanished", 2, 45, 60);
        one.getChildren().add(lost);
        SectionMap withLost = map(List.of(one, two), NEW_TEXT, 1);
        assertNull(withLost.newRangeOf(lost));
        assertEquals(0.5, withLost.membership(lost, at("1. Background")));
        assertEquals(0, withLost.membership(lost, at("2. Method")));
    }

    @Test
    void aSectionWhoseTopLevelSectionWasNotFoundIsOnlyAtItsOwnPlace() {
        Section top = section("3.", "Vanished", 1, 0, 60);
        Section child = section("3.1", "Details", 2, 30, 60);
        top.getChildren().add(child);
        SectionMap m = map(List.of(top), NEW_TEXT, 1);
        assertEquals(1, m.membership(child, at("1.1 Details")));
        assertEquals(0, m.membership(child, at("1. Background")));
        assertEquals(0, m.membership(top, at("1.1 Details")));
    }

    /** Which titles are found: too short, missing, edited in one half, and where the range then begins. */
    @ParameterizedTest(name = "title \"{0}\" in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # title      | new text                              | expected begin: the place of this text, or - for not found
            Background   | intro. Background here               | Background
            AB           | intro. AB here                        | AB
            A            | intro. A here                         | -
            ''           | intro. here                           | -
            Backgrounds  | intro. Backgrounds                    | Backgrounds
            # 8 characters, the second half edited: found by its first half
            Regional     | intro. Regiment and more              | Regiment
            # 7 characters edited: too short to look for halves
            Results      | intro. Resolve and more               | -
            # the first half edited: found by its second half, the range begins where the title would
            Backdrop     | intro. Raindrop and more              | Raindrop
            Backdrop     | drop and more                         | drop
            # full-width and half-width punctuation are the same title
            背景（一）       | 前言。背景(一)正文                         | 背景(一)
            """)
    void titlesAreFoundWholeOrByEitherHalf(String title, String newText, String expectedAt) {
        Section s = section(null, title, 1, 0, 50);
        SectionMap m = map(List.of(s), newText, 1);
        if (expectedAt.equals("-")) {
            assertNull(m.newRangeOf(s));
        } else {
            assertArrayEquals(new int[] { newText.indexOf(expectedAt), newText.length() }, m.newRangeOf(s));
        }
    }

    @Test
    void aNullTitleIsNeverFound() {
        Section s = section("1.", null, 1, 0, 50);
        assertNull(map(List.of(s), "1. null", 1).newRangeOf(s));
    }

    @Test
    void theRangeBeginsAtTheNumberButNotBeforeTheText() {
        Section s = section("12.", "Summary", 1, 0, 50);
        String text = "x 12. Summary";
        assertEquals(text.indexOf("12."), map(List.of(s), text, 1).newRangeOf(s)[0]);
        assertEquals(0, map(List.of(s), "Summary of it", 1).newRangeOf(s)[0]);
    }

    /** Of several places with the title, the one nearest the old begin scaled by the change in length. */
    @ParameterizedTest(name = "old begin {0}, scale {1}: the {2} one")
    @CsvSource(textBlock = """
            10,  1, first
            100, 1, first
            100, 2, second
            120, 1, second
            150, 1, second
            """)
    void theTitleNearestToWhereTheSectionIsExpectedWins(int oldBegin, double scale, String which) {
        // "Summary" at 10 and at 200: 105 is the point between them.
        String text = "x".repeat(10) + "Summary" + "y".repeat(183) + "Summary" + "z".repeat(50);
        Section s = section(null, "Summary", 1, oldBegin, oldBegin + 10);
        int[] range = map(List.of(s), text, scale).newRangeOf(s);
        assertEquals(which.equals("first") ? 10 : 200, range[0]);
    }

    @Test
    void onAnEqualDistanceTheFirstPlaceWins() {
        String text = "x".repeat(10) + "Summary" + "y".repeat(183) + "Summary" + "z".repeat(50);
        Section s = section(null, "Summary", 1, 105, 115);
        assertEquals(10, map(List.of(s), text, 1).newRangeOf(s)[0]);
    }

    @Test
    void twoSectionsFoundAtTheSamePlaceDoNotEmptyEachOther() {
        Section first = section(null, "Summary", 1, 0, 50);
        Section second = section(null, "Summary", 1, 50, 100);
        String text = "intro. Summary of it all";
        SectionMap m = map(List.of(first, second), text, 1);
        assertArrayEquals(new int[] { 7, text.length() }, m.newRangeOf(first));
        assertArrayEquals(new int[] { 7, text.length() }, m.newRangeOf(second));
    }
}
