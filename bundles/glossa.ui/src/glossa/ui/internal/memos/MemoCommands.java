package glossa.ui.internal.memos;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.model.Section;
import glossa.ui.internal.commands.AnnotationCommands;

/** Writing a memo on the document, a section or an annotation: one undoable command (an empty memo removes it). */
public final class MemoCommands {

    private MemoCommands() {
    }

    public static Command set(EditingDomain domain, Object owner, String memo) {
        String value = memo == null || memo.isBlank() ? null : memo;
        if (owner instanceof Annotation annotation) {
            return AnnotationCommands.setMemo(domain, annotation, value);
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_memo);
        if (owner instanceof Document document) {
            command.append(new SetCommand(domain, document, Literals.DOCUMENT__MEMO, value));
        } else if (owner instanceof Section section) {
            command.append(new SetCommand(domain, section, Literals.SECTION__MEMO, value));
        } else {
            throw new IllegalArgumentException("no memo on " + owner);
        }
        return command;
    }

    /** The current memo of the document, a section or an annotation. */
    public static String get(Object owner) {
        if (owner instanceof Annotation a) {
            return a.getMemo();
        }
        if (owner instanceof Document d) {
            return d.getMemo();
        }
        return owner instanceof Section s ? s.getMemo() : null;
    }
}
