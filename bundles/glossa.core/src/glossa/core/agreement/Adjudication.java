package glossa.core.agreement;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.GlossaPackage.Literals;

/**
 * Settles a disagreement by accepting one coder's coding of it: that coder's annotations there become
 * {@link AnnotationStatus#CONFIRMED}, every other coder's {@link AnnotationStatus#REJECTED}. Authors stay as they
 * are and nothing is deleted, so the agreement figures (computed on the coders' own coding) do not change. Accepting
 * a coder who has no annotation there rejects the others: "nothing belongs here". One undoable command.
 */
public final class Adjudication {

    private Adjudication() {
    }

    /**
     * The command accepting {@code coder}'s coding of {@code disagreement}, labelled {@code label}; unexecutable when
     * it would change nothing. Reads the annotations' current statuses (call it on the document's thread).
     */
    public static Command accept(EditingDomain domain, Disagreement disagreement, String coder, String label) {
        CompoundCommand command = new CompoundCommand(label);
        Date now = new Date();
        disagreement.byCoder().forEach((c, spans) -> {
            AnnotationStatus wanted = c.equals(coder) ? AnnotationStatus.CONFIRMED : AnnotationStatus.REJECTED;
            for (Annotation a : annotations(spans)) {
                if (a.eContainer() != null && a.getStatus() != wanted) {
                    command.append(new SetCommand(domain, a, Literals.ANNOTATION__STATUS, wanted));
                    command.append(new SetCommand(domain, a, Literals.ANNOTATION__MODIFIED, now));
                }
            }
        });
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Whether accepting {@code coder} would change anything. */
    public static boolean changes(Disagreement disagreement, String coder) {
        for (var entry : disagreement.byCoder().entrySet()) {
            AnnotationStatus wanted = entry.getKey().equals(coder) ? AnnotationStatus.CONFIRMED
                    : AnnotationStatus.REJECTED;
            for (Annotation a : annotations(entry.getValue())) {
                if (a.eContainer() != null && a.getStatus() != wanted) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Annotation> annotations(List<CodedSpan> spans) {
        return spans.stream().map(CodedSpan::annotation).filter(a -> a != null).toList();
    }
}
