package glossa.core.tests.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.sections.SectionEdits;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The boundaries of the analyst's section edits on a small tree: where a split may fall, what the new section
 * inherits, what a promoted section spans and at which level its children end up, and the labels of the undo menu.
 */
class SectionEditRulesTest {

    //  preamble [0,10) | 一 [10,100): 1. [20,40), 2. [40,70) with (1) [50,70), 3. [70,100) | 结语 [100,150) closing
    private Document document;
    private EditingDomain domain;
    private Section preamble;
    private Section one;
    private Section pointTwo;
    private Section closing;

    @BeforeEach
    void setUp() {
        document = GlossaFactory.eINSTANCE.createDocument();
        preamble = section("", "Preamble", 1, 0, 10, SectionKind.PREAMBLE);
        one = section("一", "背景", 1, 10, 100, SectionKind.BODY);
        pointTwo = section("2.", "人才", 2, 40, 70, SectionKind.BODY);
        pointTwo.getChildren().add(section("（1）", "签证", 3, 50, 70, SectionKind.BODY));
        one.getChildren().addAll(List.of(section("1.", "差距", 2, 20, 40, SectionKind.BODY), pointTwo,
                section("3.", "规则", 2, 70, 100, SectionKind.BODY)));
        closing = section("", "结语", 1, 100, 150, SectionKind.CLOSING);
        document.getSections().addAll(List.of(preamble, one, closing));
        domain = new AdapterFactoryEditingDomain(new AdapterFactoryImpl(), new BasicCommandStack());
    }

    private static Section section(String number, String title, int level, int begin, int end, SectionKind kind) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setNumber(number);
        s.setTitle(title);
        s.setLevel(level);
        s.setBegin(begin);
        s.setEnd(end);
        s.setKind(kind);
        return s;
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }

    @Test
    void aSplitMustFallStrictlyInsideTheSection() {
        assertThrows(IllegalArgumentException.class, () -> SectionEdits.split(domain, closing, 100, "", "x"));
        assertThrows(IllegalArgumentException.class, () -> SectionEdits.split(domain, closing, 150, "", "x"));
        execute(SectionEdits.split(domain, closing, 149, "", "Last character"));
        assertEquals(List.of(100, 149), document.getSections().subList(2, 4).stream().map(Section::getBegin).toList());
        execute(SectionEdits.split(domain, preamble, 1, "", "x"));
        assertEquals(List.of(0, 1, 10), document.getSections().subList(0, 3).stream().map(Section::getBegin).toList());
    }

    @Test
    void theSecondPartOfASplitKeepsLevelAndKindButAPreambleGoesOnAsBody() {
        execute(SectionEdits.split(domain, closing, 120, "", "后记"));
        Section rest = document.getSections().get(3);
        assertEquals("后记", rest.getTitle());
        assertEquals(1, rest.getLevel());
        assertEquals(SectionKind.CLOSING, rest.getKind());
        assertEquals(150, rest.getEnd());

        execute(SectionEdits.split(domain, pointTwo, 45, "2b.", "Second half"));
        Section half = one.getChildren().get(2);
        assertEquals(List.of("2b.", "Second half", "2", "BODY"), List.of(half.getNumber(), half.getTitle(),
                Integer.toString(half.getLevel()), half.getKind().name()));
        assertEquals(List.of("（1）"), half.getChildren().stream().map(Section::getNumber).toList());

        execute(SectionEdits.split(domain, preamble, 5, "", "Lead"));
        assertEquals(SectionKind.PREAMBLE, document.getSections().get(0).getKind());
        assertEquals(SectionKind.BODY, document.getSections().get(1).getKind(), "only the text before it is preamble");
    }

    @Test
    void aPromotedSectionSpansItsLaterSiblingsAndItsChildrenMoveUpWithIt() {
        Command promote = SectionEdits.relevel(domain, pointTwo, false);
        assertEquals("Promote Section", promote.getLabel());
        execute(promote);
        assertEquals(List.of("", "一", "2.", ""), document.getSections().stream().map(Section::getNumber).toList());
        assertEquals(40, one.getEnd());
        assertEquals(40, pointTwo.getBegin());
        assertEquals(100, pointTwo.getEnd(), "to the end of its former parent");
        assertEquals(1, pointTwo.getLevel());
        assertEquals(List.of("（1）", "3."), pointTwo.getChildren().stream().map(Section::getNumber).toList());
        assertEquals(List.of(2, 2), pointTwo.getChildren().stream().map(Section::getLevel).toList());
    }

    @Test
    void aDemotedSectionGoesUnderItsPreviousSibling() {
        Command demote = SectionEdits.relevel(domain, closing, true);
        assertEquals("Demote Section", demote.getLabel());
        execute(demote);
        assertEquals(List.of("一", "结语"), List.of(one.getNumber(), one.getChildren().get(3).getTitle()));
        assertEquals(150, one.getEnd());
        assertEquals(2, closing.getLevel());
        assertThrows(IllegalArgumentException.class, () -> SectionEdits.relevel(domain, preamble, true));
        assertThrows(IllegalArgumentException.class, () -> SectionEdits.relevel(domain, one, false));
    }
}
