package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

import glossa.core.sections.SectionCorrections;
import glossa.model.Section;

/** Fixture tree: 一 [100,500) with 1. [150,300) and 2. [300,500); 二 [500,900); 结语 [900,1000). */
class SectionCorrectionsTest {

    private final Fixture f = new Fixture();
    private final EditingDomain domain = Fixture.domain();

    private void run(Command command) {
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);
    }

    @Test
    void renameMarksTheTreeCorrectedAndUndoes() {
        run(SectionCorrections.rename(domain, f.two, "二", "提案的内容"));
        assertEquals("提案的内容", f.two.getTitle());
        assertTrue(f.document.isSectionsCorrected());
        domain.getCommandStack().undo();
        assertEquals("提案内容", f.two.getTitle());
        assertFalse(f.document.isSectionsCorrected());
    }

    @Test
    void splitEndsTheSectionAndTheNewOneTakesTheLaterSubSections() {
        run(SectionCorrections.split(domain, f.one, 300, "新节"));
        assertEquals(List.of(f.one, f.document.getSections().get(1), f.two, f.closing), f.document.getSections());
        Section tail = f.document.getSections().get(1);
        assertEquals(300, f.one.getEnd());
        assertEquals(300, tail.getBegin());
        assertEquals(500, tail.getEnd());
        assertEquals("新节", tail.getTitle());
        assertEquals(List.of(f.oneOne), f.one.getChildren());
        assertEquals(List.of(f.oneTwo), tail.getChildren());

        domain.getCommandStack().undo();
        assertEquals(List.of(f.one, f.two, f.closing), f.document.getSections());
        assertEquals(500, f.one.getEnd());
        assertEquals(List.of(f.oneOne, f.oneTwo), f.one.getChildren());
        assertFalse(SectionCorrections.split(domain, f.one, 100, "x").canExecute(), "not at the very beginning");
        assertFalse(SectionCorrections.split(domain, f.one, 500, "x").canExecute(), "not at the end");
    }

    @Test
    void mergeWithNextJoinsRangesAndSubSections() {
        run(SectionCorrections.mergeWithNext(domain, f.oneOne));
        assertEquals(List.of(f.oneOne), f.one.getChildren());
        assertEquals(500, f.oneOne.getEnd());
        domain.getCommandStack().undo();
        assertEquals(List.of(f.oneOne, f.oneTwo), f.one.getChildren());
        assertEquals(300, f.oneOne.getEnd());
        assertFalse(SectionCorrections.mergeWithNext(domain, f.closing).canExecute(), "the last has no next");

        run(SectionCorrections.mergeWithNext(domain, f.one));
        assertEquals(List.of(f.one, f.closing), f.document.getSections());
        assertEquals(900, f.one.getEnd());
    }

    @Test
    void levelUpFollowsTheParentAndAdoptsTheFollowingSiblings() {
        run(SectionCorrections.levelUp(domain, f.oneOne));
        assertEquals(List.of(f.one, f.oneOne, f.two, f.closing), f.document.getSections());
        assertEquals(150, f.one.getEnd());
        assertEquals(500, f.oneOne.getEnd());
        assertEquals(1, f.oneOne.getLevel());
        assertEquals(List.of(f.oneTwo), f.oneOne.getChildren());
        assertEquals(2, f.oneTwo.getLevel());
        assertTrue(f.one.getChildren().isEmpty());

        domain.getCommandStack().undo();
        assertEquals(List.of(f.oneOne, f.oneTwo), f.one.getChildren());
        assertEquals(500, f.one.getEnd());
        assertEquals(300, f.oneOne.getEnd());
        assertEquals(2, f.oneOne.getLevel());
        assertFalse(SectionCorrections.levelUp(domain, f.two).canExecute(), "top level cannot go up");
    }

    @Test
    void levelDownBecomesTheLastChildOfThePreviousSibling() {
        run(SectionCorrections.levelDown(domain, f.two));
        assertEquals(List.of(f.one, f.closing), f.document.getSections());
        assertEquals(List.of(f.oneOne, f.oneTwo, f.two), f.one.getChildren());
        assertSame(f.one, f.two.eContainer());
        assertEquals(900, f.one.getEnd());
        assertEquals(2, f.two.getLevel());
        domain.getCommandStack().undo();
        assertEquals(List.of(f.one, f.two, f.closing), f.document.getSections());
        assertEquals(1, f.two.getLevel());
        assertFalse(SectionCorrections.levelDown(domain, f.one).canExecute(), "the first has no previous sibling");
    }
}
