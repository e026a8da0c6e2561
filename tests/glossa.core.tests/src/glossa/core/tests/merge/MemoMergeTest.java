package glossa.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/** Memos on the document and on sections survive a concurrent writer (the merge of {@link ThreeWayMerge}). */
class MemoMergeTest {

    private Document base;

    @BeforeEach
    void setUp() {
        base = MergeFixtures.document();
        base.getSections().add(section("一", "背景", 0, 100));
        Section second = section("二", "对策", 100, 300);
        second.getChildren().add(section("1", "开源", 120, 200));
        base.getSections().add(second);
    }

    private static Section section(String number, String title, int begin, int end) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setNumber(number);
        s.setTitle(title);
        s.setBegin(begin);
        s.setEnd(end);
        return s;
    }

    private static MergeResult merge(Document base, Document ours, Document theirs) {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        result.apply();
        return result;
    }

    @Test
    void aMemoWrittenByTheOtherWriterIsTaken() {
        Document ours = MergeFixtures.copy(base);
        Document theirs = MergeFixtures.copy(base);
        theirs.setMemo("Read against the 2023 rules.");
        theirs.getSections().get(1).getChildren().get(0).setMemo("Compare with DeepSeek.");
        ours.getSections().get(0).setMemo("Background is thin.");
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.isClean(), result.conflicts().toString());
        assertEquals("Read against the 2023 rules.", ours.getMemo());
        assertEquals("Compare with DeepSeek.", ours.getSections().get(1).getChildren().get(0).getMemo());
        assertEquals("Background is thin.", ours.getSections().get(0).getMemo(), "ours stays");
    }

    @Test
    void twoDifferentMemosOnOneObjectAreAConflictThatRecordsTheirs() {
        base.setMemo("draft");
        Document ours = MergeFixtures.copy(base);
        Document theirs = MergeFixtures.copy(base);
        ours.setMemo("mine");
        theirs.setMemo("theirs");
        ours.getSections().get(1).setMemo("my section note");
        theirs.getSections().get(1).setMemo("their section note");
        MergeResult result = merge(base, ours, theirs);
        assertEquals("mine", ours.getMemo());
        assertEquals("my section note", ours.getSections().get(1).getMemo());
        assertTrue(result.conflicts().stream().anyMatch(c -> "document".equals(c.objectKind())
                && "memo".equals(c.feature()) && "theirs".equals(c.theirs())), result.conflicts().toString());
        assertTrue(result.conflicts().stream().anyMatch(c -> "section".equals(c.objectKind())
                && "their section note".equals(c.theirs())), result.conflicts().toString());
        assertTrue(ours.getConflicts().stream().anyMatch(c -> "their section note".equals(c.getTheirs())),
                "the conflict is recorded in the document, so theirs is kept");
    }

    @Test
    void aMemoOnASectionOursDoesNotHaveIsRecorded() {
        Document ours = MergeFixtures.copy(base);
        Document theirs = MergeFixtures.copy(base);
        ours.getSections().remove(0);
        theirs.getSections().get(0).setMemo("note on a section ours lost");
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.conflicts().stream().anyMatch(c -> "note on a section ours lost".equals(c.theirs())));
    }

    @Test
    void aMemoDeletedOnOneSideIsDeleted() {
        base.getSections().get(0).setMemo("old");
        Document ours = MergeFixtures.copy(base);
        Document theirs = MergeFixtures.copy(base);
        theirs.getSections().get(0).setMemo(null);
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.isClean());
        assertEquals(null, ours.getSections().get(0).getMemo());
    }

    @Test
    void aMemoTheirsChangedOnASectionOursDeletedIsRecordedUnderTheSectionsPathWithTheBaseMemo() {
        base.getSections().get(1).getChildren().get(0).setMemo("old");
        Document ours = MergeFixtures.copy(base);
        Document theirs = MergeFixtures.copy(base);
        ours.getSections().get(1).getChildren().clear();
        theirs.getSections().get(1).getChildren().get(0).setMemo("new");
        MergeResult result = merge(base, ours, theirs);
        assertEquals(java.util.List.of(new MergeResult.Conflict("section", "二 对策/1 开源", "memo", "old",
                "no such section", "new")), result.conflicts());
    }
}
