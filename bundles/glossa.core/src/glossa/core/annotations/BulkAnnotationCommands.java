package glossa.core.annotations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage;
import glossa.model.Relation;

/**
 * Undoable commands over many annotations at once, as the annotation list's multi-selection needs. Built with the
 * command constructors, so they work on any editing domain, with or without item providers.
 */
public final class BulkAnnotationCommands {

    private BulkAnnotationCommands() {
    }

    /**
     * Deletes the annotations and the relations that point from or to them (a relation to nothing is meaningless),
     * in one undoable step.
     */
    public static Command delete(EditingDomain domain, Document document, Collection<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<Annotation> doomed = new LinkedHashSet<>(annotations);
        List<Relation> relations = new ArrayList<>();
        for (Relation relation : document.getRelations()) {
            if (doomed.contains(relation.getSource()) || doomed.contains(relation.getTarget())) {
                relations.add(relation);
            }
        }
        CompoundCommand command = new CompoundCommand(
                doomed.size() == 1 ? "Delete annotation" : "Delete " + doomed.size() + " annotations");
        if (!relations.isEmpty()) {
            command.append(new RemoveCommand(domain, document, GlossaPackage.Literals.DOCUMENT__RELATIONS, relations));
        }
        command.append(new RemoveCommand(domain, document, GlossaPackage.Literals.DOCUMENT__ANNOTATIONS, doomed));
        return command;
    }

    /**
     * Gives the annotations another type and touches their modification time. Attribute values the new type does not
     * define are kept: the analyst may retype back, and data is never dropped silently.
     */
    public static Command retype(EditingDomain domain, Collection<Annotation> annotations, AnnotationType type) {
        CompoundCommand command = new CompoundCommand("Change type to " + type.getName());
        Date now = new Date();
        for (Annotation annotation : annotations) {
            if (annotation.getType() == type) {
                continue;
            }
            command.append(new SetCommand(domain, annotation, GlossaPackage.Literals.ANNOTATION__TYPE, type));
            command.append(new SetCommand(domain, annotation, GlossaPackage.Literals.ANNOTATION__MODIFIED, now));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }
}
