package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.AnnotationIndex;
import glossa.core.query.SortKey;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;

/**
 * The rules of the annotation index beyond plain sorting: the full tie-break (offset, then end, then id), rows of a
 * section kept together with the parent's own rows first, twins (the same place and id, as after a bad merge) kept
 * apart, and the rows that add, remove and update report.
 */
class AnnotationIndexRulesTest {

    private final Fixture f = new Fixture();

    private AnnotationIndex index(SortKey key) {
        return AnnotationIndex.build(f.document, AnnotationFilter.ALL, key);
    }

    @Test
    void equalKeysGoByOffsetThenEndThenId() {
        Annotation longFirst = at(600, 900, "a");
        Annotation shortLast = at(600, 610, "z");
        Annotation later = at(700, 705, "m");
        AnnotationIndex index = index(SortKey.of(AnnotationColumn.QUOTE, true));
        assertEquals(List.of(shortLast, longFirst, later), index.annotations());
        assertEquals(3, index.size());
        Annotation sameSpan = at(600, 610, "b");
        assertEquals(List.of(sameSpan, shortLast, longFirst, later), index(SortKey.of(AnnotationColumn.QUOTE, false))
                .annotations(), "equal keys keep their order when the direction turns");
    }

    @Test
    void aSectionsOwnRowsComeBeforeItsChildrensEvenWhenLaterInTheText() {
        // 一 [100,500) holds 1. [150,300) and 2. [300,500); take 2. away: 一's text after 1. is its own.
        f.one.getChildren().remove(f.oneTwo);
        Annotation inOneLate = f.add(f.claim, 400, "x");
        Annotation inOneOne = f.add(f.claim, 200, "y");
        Annotation inOneEarly = f.add(f.claim, 120, "z");
        Annotation inTwo = f.add(f.claim, 600, "w");
        assertEquals(List.of(inOneEarly, inOneLate, inOneOne, inTwo), index(SortKey.of(AnnotationColumn.SECTION, true))
                .annotations());
        assertEquals(List.of(inTwo, inOneOne, inOneEarly, inOneLate), index(SortKey.of(AnnotationColumn.SECTION, false))
                .annotations());
    }

    @Test
    void twinsWithTheSamePlaceAndIdAreTwoRows() {
        Annotation first = at(600, 610, "dup");
        Annotation twin = at(600, 610, "dup");
        AnnotationIndex index = index(SortKey.of(AnnotationColumn.QUOTE, true));
        assertEquals(2, index.size());
        assertEquals(0, index.indexOf(first));
        assertEquals(1, index.indexOf(twin));
        assertEquals(-1, index.add(first), "already there, at row 0");
        assertEquals(0, index.remove(first));
        assertEquals(0, index.add(first), "back at the top, before its twin");
        assertEquals(List.of(first, twin), index.annotations());
    }

    @Test
    void updateReportsTheNewRow() {
        Annotation a = f.add(f.claim, 600, "甲");
        Annotation b = f.add(f.claim, 610, "乙");
        AnnotationIndex index = index(SortKey.DOCUMENT_ORDER);
        a.setBegin(620);
        a.setEnd(621);
        assertEquals(1, index.update(a));
        assertEquals(List.of(b, a), index.annotations());
        assertEquals(0, index.indexOf(b));
    }

    @Test
    void theIndexKeepsWhatItWasBuiltWith() {
        AnnotationFilter filter = AnnotationFilter.ALL;
        SortKey key = SortKey.of(AnnotationColumn.TYPE, false);
        SectionIndex sections = SectionIndex.of(f.document);
        AnnotationIndex index = AnnotationIndex.build(List.of(), sections, filter, key);
        assertSame(filter, index.filter());
        assertSame(key, index.sortKey());
        assertSame(sections, index.sections());
        assertTrue(AnnotationIndex.compareText("北京", "上海") < 0, "bei before shang");
        assertTrue(AnnotationIndex.compareText("上海", "北京") > 0);
    }

    private Annotation at(int begin, int end, String id) {
        Annotation a = f.add(f.claim, begin, "same");
        a.setEnd(end);
        a.setId(id);
        return a;
    }
}
