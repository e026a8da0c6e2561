package glossa.core.tests.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.sections.SectionIndex;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * Which section holds an offset, as a table over a tree with nested sections, a child that begins with its parent,
 * a gap between two top-level sections and text before the first one. A section's range is [begin, end).
 */
class SectionIndexTest {

    //  0..10 no section | 一 [10,100): 1. [10,40) (begins with its parent), 2. [40,100) with (1) [60,80)
    //  | gap [100,120) | 二 [120,200) | 三 [200,201) one character long | end
    private static final Document DOCUMENT = GlossaFactory.eINSTANCE.createDocument();
    private static final Section ONE = section("一", "背景", 10, 100);
    private static final Section ONE_ONE = section("1.", "差距", 10, 40);
    private static final Section ONE_TWO = section("2.", "人才", 40, 100);
    private static final Section ONE_TWO_A = section("（1）", "签证", 60, 80);
    private static final Section TWO = section("二", "内容", 120, 200);
    private static final Section THREE = section("", "结语", 200, 201);

    static {
        ONE_TWO.getChildren().add(ONE_TWO_A);
        ONE.getChildren().addAll(List.of(ONE_ONE, ONE_TWO));
        // Given out of order: the index sorts by begin.
        DOCUMENT.getSections().addAll(List.of(TWO, ONE, THREE));
    }

    private static Section section(String number, String title, int begin, int end) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setNumber(number);
        s.setTitle(title);
        s.setBegin(begin);
        s.setEnd(end);
        return s;
    }

    static Stream<Arguments> offsets() {
        return Stream.of(
                // offset, deepest, top level
                Arguments.of(-1, null, null),
                Arguments.of(0, null, null),
                Arguments.of(9, null, null),
                Arguments.of(10, ONE_ONE, ONE),
                Arguments.of(39, ONE_ONE, ONE),
                Arguments.of(40, ONE_TWO, ONE),
                Arguments.of(59, ONE_TWO, ONE),
                Arguments.of(60, ONE_TWO_A, ONE),
                Arguments.of(79, ONE_TWO_A, ONE),
                Arguments.of(80, ONE_TWO, ONE),
                Arguments.of(99, ONE_TWO, ONE),
                Arguments.of(100, null, null),
                Arguments.of(119, null, null),
                Arguments.of(120, TWO, TWO),
                Arguments.of(199, TWO, TWO),
                Arguments.of(200, THREE, THREE),
                Arguments.of(201, null, null),
                Arguments.of(10_000, null, null));
    }

    @ParameterizedTest(name = "offset {0}")
    @MethodSource("offsets")
    void findsTheDeepestAndTheTopLevelSectionHoldingAnOffset(int offset, Section deepest, Section topLevel) {
        SectionIndex index = SectionIndex.of(DOCUMENT);
        assertEquals(deepest, index.deepestAt(offset));
        assertEquals(topLevel, index.topLevelAt(offset));
    }

    @Test
    void listsSectionsInDocumentOrderParentsFirst() {
        assertEquals(List.of(ONE, ONE_ONE, ONE_TWO, ONE_TWO_A, TWO, THREE), SectionIndex.of(DOCUMENT).sections());
    }

    @Test
    void aParentThatBeginsWithItsChildIsStillFoundPastTheChild() {
        // Only the parent and its first child: past the child's end the parent holds the offset.
        Section parent = section("一", "背景", 0, 50);
        Section child = section("1.", "差距", 0, 20);
        parent.getChildren().add(child);
        SectionIndex index = new SectionIndex(List.of(parent));
        assertEquals(child, index.deepestAt(0));
        assertEquals(child, index.deepestAt(19));
        assertEquals(parent, index.deepestAt(20));
        assertEquals(parent, index.deepestAt(49));
        assertNull(index.deepestAt(50));
    }

    @Test
    void noSectionsHoldNothing() {
        SectionIndex index = new SectionIndex(List.of());
        assertEquals(List.of(), index.sections());
        assertNull(index.deepestAt(0));
        assertNull(index.topLevelAt(0));
    }

    @Test
    void pathNamesNumbersOrTitlesFromTheTop() {
        assertEquals("一", SectionIndex.path(ONE));
        assertEquals("一 › 2. › （1）", SectionIndex.path(ONE_TWO_A));
        assertEquals("结语", SectionIndex.path(THREE), "no number: the title");
        Section untitledNumberless = section(null, "附录", 0, 1);
        assertEquals("附录", SectionIndex.path(untitledNumberless));
    }
}
