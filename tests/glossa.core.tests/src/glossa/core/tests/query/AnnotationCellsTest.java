package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationCells;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.AnnotationIndex;
import glossa.core.query.SortKey;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.GlossaFactory;

/**
 * What each column of the annotation table shows, for a full annotation and for one with every value missing; and the
 * order of the columns sorted by number (section, status, confidence, modified, begin) with their ties.
 */
class AnnotationCellsTest {

    private final Fixture f = new Fixture();

    private String cell(Annotation a, AnnotationColumn column, String attribute) {
        return AnnotationCells.text(a, column, attribute, SectionIndex.of(f.document));
    }

    @Test
    void aFullAnnotationShowsEveryValue() {
        Annotation a = f.add(f.claim, 160, "技术出口管制", "商务部");
        a.getAttributes().add(AnnotationFactory.attribute("target", "中国"));
        a.setMemo("见第二节");
        a.setStatus(AnnotationStatus.SUGGESTED);
        a.setConfidence(0.855);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            a.setModified(new Date(1_700_000_000_000L));
            assertEquals("2023-11-14 22:13", cell(a, AnnotationColumn.MODIFIED, null));
        } finally {
            TimeZone.setDefault(zone);
        }
        assertEquals(f.claim.getName(), cell(a, AnnotationColumn.TYPE, null));
        assertEquals("一 › 1. 技术代差缩小", cell(a, AnnotationColumn.SECTION, null));
        assertEquals("技术出口管制", cell(a, AnnotationColumn.QUOTE, null));
        assertEquals("商务部", cell(a, AnnotationColumn.ATTRIBUTE, "actor"));
        assertEquals("actor=商务部; target=中国", cell(a, AnnotationColumn.ATTRIBUTE, null));
        assertEquals("target=中国", AnnotationCells.attributes(a, "actor"));
        assertEquals("见第二节", cell(a, AnnotationColumn.MEMO, null));
        assertEquals("alice", cell(a, AnnotationColumn.AUTHOR, null));
        assertEquals("suggested", cell(a, AnnotationColumn.STATUS, null));
        assertEquals("160", cell(a, AnnotationColumn.BEGIN, null));
        assertEquals("86%", cell(a, AnnotationColumn.CONFIDENCE, null));
    }

    @Test
    void missingValuesShowAsEmptyCells() {
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        a.setBegin(10); // before the first section
        a.getAttributes().add(AnnotationFactory.attribute("actor", ""));
        a.getAttributes().add(AnnotationFactory.attribute(null, "x"));
        for (AnnotationColumn column : List.of(AnnotationColumn.TYPE, AnnotationColumn.SECTION, AnnotationColumn.QUOTE,
                AnnotationColumn.ATTRIBUTE, AnnotationColumn.MEMO, AnnotationColumn.AUTHOR, AnnotationColumn.MODIFIED,
                AnnotationColumn.CONFIDENCE)) {
            assertEquals("", cell(a, column, null), column.name());
        }
        assertEquals("confirmed", cell(a, AnnotationColumn.STATUS, null), "the model's default status");
        assertEquals("", cell(a, AnnotationColumn.ATTRIBUTE, "actor"));
        assertEquals("", AnnotationCells.text(a, AnnotationColumn.SECTION, null, null), "no section index");
        a.setType(GlossaFactory.eINSTANCE.createAnnotationType());
        assertEquals("", cell(a, AnnotationColumn.TYPE, null), "a type without a name");
    }

    @Test
    void onlySuggestionsShowAConfidence() {
        Annotation a = f.add(f.claim, 600, "x");
        a.setConfidence(0.5);
        assertEquals("", AnnotationCells.confidence(a));
        a.setStatus(AnnotationStatus.SUGGESTED);
        assertEquals("50%", AnnotationCells.confidence(a));
        a.setConfidence(1);
        assertEquals("100%", AnnotationCells.confidence(a));
    }

    @Test
    void aSectionWithoutNumberIsNamedByItsTitleOnce() {
        assertEquals("结语", AnnotationCells.sectionLabel(f.closing));
        assertEquals("二 提案内容", AnnotationCells.sectionLabel(f.two));
        assertEquals("", AnnotationCells.sectionLabel(null));
    }

    @Test
    void confidenceSortsSuggestionsByTheirValueAndEverythingElseBelow() {
        Annotation low = suggestion(600, 0.400001);
        Annotation confirmed = f.add(f.claim, 610, "c");
        confirmed.setConfidence(0.99); // not a suggestion: its confidence means nothing
        Annotation high = suggestion(620, 0.9);
        Annotation lowToo = suggestion(630, 0.400002);
        assertEquals(List.of(confirmed, low, lowToo, high), sorted(SortKey.of(AnnotationColumn.CONFIDENCE, true)));
        assertEquals(List.of(high, lowToo, low, confirmed), sorted(SortKey.of(AnnotationColumn.CONFIDENCE, false)),
                "millionths tell 0.400001 and 0.400002 apart");
    }

    @Test
    void aMissingTimeSortsFirstAndTiesGoInDocumentOrder() {
        Annotation late = f.add(f.claim, 700, "late");
        Annotation early = f.add(f.claim, 600, "early");
        early.setEnd(610);
        Annotation sameBeginLonger = f.add(f.claim, 600, "early, longer");
        Annotation noStatus = f.add(f.claim, 800, "none");
        noStatus.setModified(null);
        late.setStatus(AnnotationStatus.ORPHANED);
        assertEquals(List.of(early, sameBeginLonger, noStatus, late), sorted(SortKey.of(AnnotationColumn.STATUS, true)));
        assertEquals(List.of(noStatus, late, early, sameBeginLonger), sorted(SortKey.of(AnnotationColumn.MODIFIED, true)));
        assertEquals(List.of(early, sameBeginLonger, late, noStatus), sorted(SortKey.DOCUMENT_ORDER));
        assertEquals(List.of(noStatus, late, early, sameBeginLonger), sorted(SortKey.DOCUMENT_ORDER.reversed()),
                "reversed by offset; a tie at one offset still shorter first");
    }

    @Test
    void equalKeysAndPlacesFallBackOnTheId() {
        Annotation b = f.add(f.claim, 600, "same");
        Annotation a = f.add(f.claim, 600, "same");
        b.setId("b");
        a.setId("a");
        Annotation noId = f.add(f.claim, 600, "same");
        noId.setId(null);
        assertEquals(List.of(noId, a, b), sorted(SortKey.of(AnnotationColumn.QUOTE, true)));
        AnnotationIndex index = AnnotationIndex.build(f.document, AnnotationFilter.ALL, SortKey.of(AnnotationColumn.QUOTE, true));
        assertEquals(1, index.indexOf(a));
        assertEquals(-1, index.add(a), "already there");
        assertEquals(1, index.remove(a));
        assertEquals(-1, index.remove(a));
        assertEquals(List.of(noId, b), index.annotations());
    }

    private Annotation suggestion(int begin, double confidence) {
        Annotation a = f.add(f.claim, begin, "s" + begin);
        a.setStatus(AnnotationStatus.SUGGESTED);
        a.setConfidence(confidence);
        return a;
    }

    private List<Annotation> sorted(SortKey key) {
        return List.copyOf(AnnotationIndex.build(f.document, AnnotationFilter.ALL, key).annotations());
    }
}
