package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.sections.SectionDetector;
import glossa.core.sections.SectionEdits;
import glossa.core.text.TextDecoder;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

class SectionEditsTest {

    private Document document;
    private EditingDomain domain;
    private String text;

    @BeforeEach
    void setUp() throws Exception {
        text = TextDecoder.decode(TestFiles.sample()).text();
        document = GlossaFactory.eINSTANCE.createDocument();
        document.getSections().addAll(SectionDetector.detect(text));
        domain = new AdapterFactoryEditingDomain(new AdapterFactoryImpl(), new BasicCommandStack());
    }

    private void execute(Command command) {
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);
        assertTrue(document.isSectionsCorrected());
    }

    private void undoRestores(List<String> numbers) {
        domain.getCommandStack().undo();
        assertEquals(numbers, numbers(document.getSections()));
        assertFalse(document.isSectionsCorrected());
    }

    @Test
    void renameIsUndoable() {
        Section one = document.getSections().get(1);
        execute(SectionEdits.rename(domain, one, "壹", "背景"));
        assertEquals("背景", one.getTitle());
        assertEquals("壹", one.getNumber());
        domain.getCommandStack().undo();
        assertEquals("一", one.getNumber());
        assertFalse(document.isSectionsCorrected());
    }

    @Test
    void splitMovesLaterChildrenToTheNewSection() {
        List<String> before = numbers(document.getSections());
        Section two = document.getSections().get(2);
        int offset = two.getChildren().get(1).getBegin();
        int end = two.getEnd();
        execute(SectionEdits.split(domain, two, offset, "二b", "后半"));
        Section rest = document.getSections().get(3);
        assertEquals("二b", rest.getNumber());
        assertEquals(offset, two.getEnd());
        assertEquals(offset, rest.getBegin());
        assertEquals(end, rest.getEnd());
        assertEquals(List.of("1."), numbers(two.getChildren()));
        assertEquals(List.of("2.", "3."), numbers(rest.getChildren()));
        undoRestores(before);
        assertEquals(3, two.getChildren().size());
        assertEquals(end, two.getEnd());
    }

    @Test
    void mergeJoinsNextSiblingAndItsChildren() {
        List<String> before = numbers(document.getSections());
        Section three = document.getSections().get(3);
        Section four = document.getSections().get(4);
        execute(SectionEdits.merge(domain, three, four));
        assertEquals(List.of("", "一", "二", "三", "五", "", ""), numbers(document.getSections()));
        assertEquals(6, three.getChildren().size());
        assertEquals(four.getEnd(), three.getEnd());
        undoRestores(before);
        assertEquals(3, three.getChildren().size());
        assertEquals(3, four.getChildren().size());
        domain.getCommandStack().redo();
        assertEquals(6, three.getChildren().size());
        assertThrows(IllegalArgumentException.class,
                () -> SectionEdits.merge(domain, document.getSections().get(1), document.getSections().get(3)));
    }

    @Test
    void demoteAndPromote() {
        List<String> before = numbers(document.getSections());
        Section two = document.getSections().get(2);
        execute(SectionEdits.relevel(domain, two, true));
        Section one = document.getSections().get(1);
        assertEquals(List.of("1.", "2.", "3.", "二"), numbers(one.getChildren()));
        assertEquals(2, two.getLevel());
        assertEquals(3, two.getChildren().get(0).getLevel());
        assertEquals(two.getEnd(), one.getEnd());
        undoRestores(before);
        assertEquals(1, two.getLevel());

        Section point = one.getChildren().get(1);
        execute(SectionEdits.relevel(domain, point, false));
        assertEquals(List.of("", "一", "2.", "二", "三", "四", "五", "", ""), numbers(document.getSections()));
        assertEquals(1, point.getLevel());
        assertEquals(List.of("3."), numbers(point.getChildren()), "later siblings follow the promoted point");
        assertEquals(point.getBegin(), one.getEnd());
        assertEquals(2, point.getChildren().get(0).getLevel());
        domain.getCommandStack().undo();
        assertEquals(List.of("1.", "2.", "3."), numbers(one.getChildren()));
        assertEquals(2, point.getLevel());
    }

    private static List<String> numbers(List<Section> sections) {
        return sections.stream().map(Section::getNumber).toList();
    }
}
