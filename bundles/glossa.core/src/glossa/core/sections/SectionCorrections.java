package glossa.core.sections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The analyst's corrections of a detected section tree, each one undoable command: rename, split at an offset, merge
 * with the next sibling, level up (become the parent's next sibling) and level down (become the previous sibling's
 * last child). Every correction keeps the ranges nested (a parent's range holds its children's, siblings follow each
 * other) and marks the document's tree as corrected, so it is kept instead of detected anew. A correction that does
 * not apply (nothing to merge with, an offset outside the section) is an unexecutable command.
 */
public final class SectionCorrections {

    private static final GlossaPackage P = GlossaPackage.eINSTANCE;

    private SectionCorrections() {
    }

    public static Command rename(EditingDomain domain, Section section, String number, String title) {
        CompoundCommand c = new CompoundCommand("Rename section");
        c.append(new SetCommand(domain, section, P.getSection_Number(), number));
        c.append(new SetCommand(domain, section, P.getSection_Title(), title));
        return corrected(domain, section, c);
    }

    /**
     * Splits the section at {@code offset}: it ends there, and a new sibling of the same level, titled {@code title},
     * runs from there to its old end, taking the sub-sections that begin at or after the offset.
     */
    public static Command split(EditingDomain domain, Section section, int offset, String title) {
        if (offset <= section.getBegin() || offset >= section.getEnd()) {
            return UnexecutableCommand.INSTANCE;
        }
        Section tail = GlossaFactory.eINSTANCE.createSection();
        tail.setNumber("");
        tail.setTitle(title);
        tail.setLevel(section.getLevel());
        tail.setKind(SectionKind.BODY);
        tail.setBegin(offset);
        tail.setEnd(section.getEnd());
        CompoundCommand c = new CompoundCommand("Split section");
        List<Section> moved = new ArrayList<>();
        for (Section child : section.getChildren()) {
            if (child.getBegin() >= offset) {
                moved.add(child);
            }
        }
        // A sub-section that straddles the offset is cut at it, like its parent.
        for (Section child : section.getChildren()) {
            if (child.getBegin() < offset && child.getEnd() > offset) {
                c.append(new SetCommand(domain, child, P.getSection_End(), offset));
            }
        }
        if (!moved.isEmpty()) {
            c.append(new RemoveCommand(domain, section, P.getSection_Children(), moved));
        }
        c.append(new SetCommand(domain, section, P.getSection_End(), offset));
        c.append(new AddCommand(domain, section.eContainer(), containment(section), tail, siblings(section).indexOf(section) + 1));
        if (!moved.isEmpty()) {
            c.append(new AddCommand(domain, tail, P.getSection_Children(), moved));
        }
        return corrected(domain, section, c);
    }

    /** Merges the next sibling into the section: its range and sub-sections join this one. */
    public static Command mergeWithNext(EditingDomain domain, Section section) {
        List<Section> siblings = siblings(section);
        int i = siblings.indexOf(section);
        if (i < 0 || i + 1 >= siblings.size()) {
            return UnexecutableCommand.INSTANCE;
        }
        Section next = siblings.get(i + 1);
        CompoundCommand c = new CompoundCommand("Merge sections");
        List<Section> children = new ArrayList<>(next.getChildren());
        if (!children.isEmpty()) {
            c.append(new RemoveCommand(domain, next, P.getSection_Children(), children));
        }
        c.append(new RemoveCommand(domain, section.eContainer(), containment(section), next));
        c.append(new SetCommand(domain, section, P.getSection_End(), next.getEnd()));
        if (!children.isEmpty()) {
            c.append(new AddCommand(domain, section, P.getSection_Children(), children));
        }
        return corrected(domain, section, c);
    }

    /**
     * Level up: the section leaves its parent and follows it. The parent now ends where the section begins; the
     * section runs to the parent's old end and adopts the siblings that followed it.
     */
    public static Command levelUp(EditingDomain domain, Section section) {
        if (!(section.eContainer() instanceof Section parent)) {
            return UnexecutableCommand.INSTANCE;
        }
        List<Section> siblings = parent.getChildren();
        List<Section> following = new ArrayList<>(siblings.subList(siblings.indexOf(section) + 1, siblings.size()));
        CompoundCommand c = new CompoundCommand("Move section up a level");
        if (!following.isEmpty()) {
            c.append(new RemoveCommand(domain, parent, P.getSection_Children(), following));
        }
        c.append(new RemoveCommand(domain, parent, P.getSection_Children(), section));
        c.append(new SetCommand(domain, section, P.getSection_End(), parent.getEnd()));
        c.append(new SetCommand(domain, parent, P.getSection_End(), section.getBegin()));
        c.append(new AddCommand(domain, parent.eContainer(), containment(parent), section, siblings(parent).indexOf(parent) + 1));
        if (!following.isEmpty()) {
            c.append(new AddCommand(domain, section, P.getSection_Children(), following));
        }
        shiftLevels(domain, c, section, -1);
        return corrected(domain, section, c);
    }

    /** Level down: the section becomes the last sub-section of its previous sibling, which now reaches its end. */
    public static Command levelDown(EditingDomain domain, Section section) {
        List<Section> siblings = siblings(section);
        int i = siblings.indexOf(section);
        if (i <= 0) {
            return UnexecutableCommand.INSTANCE;
        }
        Section previous = siblings.get(i - 1);
        CompoundCommand c = new CompoundCommand("Move section down a level");
        c.append(new RemoveCommand(domain, section.eContainer(), containment(section), section));
        c.append(new SetCommand(domain, previous, P.getSection_End(), section.getEnd()));
        c.append(new AddCommand(domain, previous, P.getSection_Children(), section));
        shiftLevels(domain, c, section, +1);
        return corrected(domain, section, c);
    }

    private static void shiftLevels(EditingDomain domain, CompoundCommand c, Section section, int delta) {
        c.append(new SetCommand(domain, section, P.getSection_Level(), section.getLevel() + delta));
        for (Section child : section.getChildren()) {
            shiftLevels(domain, c, child, delta);
        }
    }

    private static Command corrected(EditingDomain domain, Section section, CompoundCommand c) {
        Document document = document(section);
        if (document != null && !document.isSectionsCorrected()) {
            c.append(new SetCommand(domain, document, P.getDocument_SectionsCorrected(), Boolean.TRUE));
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private static List<Section> siblings(Section section) {
        EObject container = section.eContainer();
        return container == null ? List.of() : (List<Section>) container.eGet(section.eContainmentFeature());
    }

    private static EReference containment(Section section) {
        return section.eContainmentFeature();
    }

    private static Document document(Section section) {
        for (EObject o = section; o != null; o = o.eContainer()) {
            if (o instanceof Document d) {
                return d;
            }
        }
        return null;
    }
}
