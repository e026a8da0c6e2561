package glossa.core.sections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * The analyst's corrections to a section tree — rename, split, merge, re-level — as undoable EMF commands for the
 * editing domain's command stack. Each also sets {@link Document#isSectionsCorrected()} so the corrected tree is kept
 * instead of detected anew when the article is opened again. Commands are built from the state at creation time:
 * execute them right away.
 */
public final class SectionEdits {

    private static final GlossaPackage P = GlossaPackage.eINSTANCE;

    private SectionEdits() {
    }

    public static Command rename(EditingDomain domain, Section section, String number, String title) {
        CompoundCommand c = new CompoundCommand("Rename Section");
        c.append(new SetCommand(domain, section, P.getSection_Number(), number));
        c.append(new SetCommand(domain, section, P.getSection_Title(), title));
        return corrected(domain, section, c);
    }

    /**
     * Splits {@code section} at {@code offset}: it ends there and a new sibling (with the given number and title)
     * covers the rest, taking the sub-sections that begin at or after the offset.
     *
     * @throws IllegalArgumentException when the offset is not strictly inside the section or falls inside a child
     */
    public static Command split(EditingDomain domain, Section section, int offset, String number, String title) {
        if (offset <= section.getBegin() || offset >= section.getEnd()) {
            throw new IllegalArgumentException("offset " + offset + " is not inside the section");
        }
        Section rest = GlossaFactory.eINSTANCE.createSection();
        rest.setNumber(number);
        rest.setTitle(title);
        rest.setLevel(section.getLevel());
        rest.setKind(section.getKind() == SectionKind.PREAMBLE ? SectionKind.BODY : section.getKind());
        rest.setBegin(offset);
        rest.setEnd(section.getEnd());
        CompoundCommand c = new CompoundCommand("Split Section");
        c.append(new SetCommand(domain, section, P.getSection_End(), offset));
        c.append(new AddCommand(domain, section.eContainer(), containment(section), rest, siblings(section).indexOf(section) + 1));
        for (Section child : section.getChildren()) {
            if (child.getBegin() < offset && child.getEnd() > offset) {
                throw new IllegalArgumentException("offset " + offset + " falls inside sub-section " + SectionIndex.path(child));
            }
            if (child.getBegin() >= offset) {
                c.append(new RemoveCommand(domain, section, P.getSection_Children(), child));
                c.append(new AddCommand(domain, rest, P.getSection_Children(), child));
            }
        }
        return corrected(domain, section, c);
    }

    /** Merges {@code second}, the next sibling of {@code first}, into {@code first}; its sub-sections move along. */
    public static Command merge(EditingDomain domain, Section first, Section second) {
        List<Section> siblings = siblings(first);
        if (siblings.indexOf(second) != siblings.indexOf(first) + 1) {
            throw new IllegalArgumentException("only a section and its next sibling can be merged");
        }
        CompoundCommand c = new CompoundCommand("Merge Sections");
        c.append(new SetCommand(domain, first, P.getSection_End(), second.getEnd()));
        for (Section child : new ArrayList<>(second.getChildren())) {
            c.append(new RemoveCommand(domain, second, P.getSection_Children(), child));
            c.append(new AddCommand(domain, first, P.getSection_Children(), child));
        }
        c.append(new RemoveCommand(domain, second.eContainer(), containment(second), second));
        return corrected(domain, first, c);
    }

    /**
     * Moves {@code section} one level deeper (it becomes the last child of its previous sibling) or, with
     * {@code deeper == false}, one level up (it follows its parent and takes its later siblings as children).
     */
    public static Command relevel(EditingDomain domain, Section section, boolean deeper) {
        List<Section> siblings = siblings(section);
        int index = siblings.indexOf(section);
        CompoundCommand c = new CompoundCommand(deeper ? "Demote Section" : "Promote Section");
        if (deeper) {
            if (index == 0) {
                throw new IllegalArgumentException("the first section of its level has no section to go under");
            }
            Section parent = siblings.get(index - 1);
            c.append(new RemoveCommand(domain, section.eContainer(), containment(section), section));
            c.append(new AddCommand(domain, parent, P.getSection_Children(), section));
            c.append(new SetCommand(domain, parent, P.getSection_End(), Math.max(parent.getEnd(), section.getEnd())));
            shiftLevels(domain, section, 1, c);
        } else {
            if (!(section.eContainer() instanceof Section parent)) {
                throw new IllegalArgumentException("a top-level section cannot move up");
            }
            List<Section> later = new ArrayList<>(siblings.subList(index + 1, siblings.size()));
            for (Section sibling : later) {
                c.append(new RemoveCommand(domain, parent, P.getSection_Children(), sibling));
                c.append(new AddCommand(domain, section, P.getSection_Children(), sibling));
            }
            c.append(new RemoveCommand(domain, parent, P.getSection_Children(), section));
            c.append(new AddCommand(domain, parent.eContainer(), containment(parent), section,
                    siblings(parent).indexOf(parent) + 1));
            c.append(new SetCommand(domain, section, P.getSection_End(), Math.max(section.getEnd(), parent.getEnd())));
            c.append(new SetCommand(domain, parent, P.getSection_End(), section.getBegin()));
            c.append(new SetCommand(domain, section, P.getSection_Level(), section.getLevel() - 1));
            for (Section child : section.getChildren()) {
                shiftLevels(domain, child, -1, c);
            }
        }
        return corrected(domain, section, c);
    }

    private static void shiftLevels(EditingDomain domain, Section section, int delta, CompoundCommand c) {
        c.append(new SetCommand(domain, section, P.getSection_Level(), section.getLevel() + delta));
        for (Section child : section.getChildren()) {
            shiftLevels(domain, child, delta, c);
        }
    }

    private static Command corrected(EditingDomain domain, Section section, CompoundCommand c) {
        if (EcoreUtil.getRootContainer(section) instanceof Document document && !document.isSectionsCorrected()) {
            c.append(new SetCommand(domain, document, P.getDocument_SectionsCorrected(), Boolean.TRUE));
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private static List<Section> siblings(Section section) {
        EObject container = section.eContainer();
        if (container == null) {
            throw new IllegalArgumentException("the section is not in a document");
        }
        return (List<Section>) container.eGet(containment(section));
    }

    private static EReference containment(Section section) {
        return section.eContainmentFeature();
    }
}
