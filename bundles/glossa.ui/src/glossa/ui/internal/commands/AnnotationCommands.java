package glossa.ui.internal.commands;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage.Literals;
import glossa.model.Relation;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/**
 * The annotation changes an analyst can make, as EMF commands. Execute them through
 * {@code GlossaEditorContext.execute(Command)} so that they join the editor's undo history.
 */
public final class AnnotationCommands {

    private AnnotationCommands() {
    }

    public static Command add(EditingDomain domain, Document document, Annotation annotation) {
        Command command = AddCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, annotation);
        return labelled(command, NLS.bind(Messages.Command_annotateAs, annotation.getType().getName()));
    }

    /** Deletes annotations and every relation that points at them (a relation to nothing means nothing). */
    public static Command delete(EditingDomain domain, Document document, Collection<Annotation> annotations) {
        CompoundCommand compound = new CompoundCommand(
                annotations.size() == 1 ? Messages.Command_deleteOne
                        : NLS.bind(Messages.Command_deleteMany, annotations.size()));
        List<Relation> dangling = document.getRelations().stream()
                .filter(r -> annotations.contains(r.getSource()) || annotations.contains(r.getTarget())).toList();
        if (!dangling.isEmpty()) {
            compound.append(RemoveCommand.create(domain, document, Literals.DOCUMENT__RELATIONS, dangling));
        }
        compound.append(RemoveCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, annotations));
        return compound;
    }

    public static Command changeType(EditingDomain domain, Collection<Annotation> annotations, AnnotationType type) {
        CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_changeType, type.getName()));
        Date now = new Date();
        for (Annotation annotation : annotations) {
            compound.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__TYPE, type));
            compound.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__MODIFIED, now));
        }
        return compound;
    }

    public static Command setMemo(EditingDomain domain, Annotation annotation, String memo) {
        CompoundCommand compound = new CompoundCommand(Messages.Command_editMemo);
        compound.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__MEMO, memo));
        compound.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__MODIFIED, new Date()));
        return compound;
    }

    /** Sets (or with a null/empty value, removes) the named attribute. */
    public static Command setAttribute(EditingDomain domain, Annotation annotation, String name, String value) {
        CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_set, name));
        AttributeValue existing = annotation.getAttributes().stream().filter(a -> name.equals(a.getName())).findFirst()
                .orElse(null);
        boolean clear = value == null || value.isEmpty();
        if (existing != null && clear) {
            compound.append(RemoveCommand.create(domain, annotation, Literals.ANNOTATION__ATTRIBUTES, existing));
        } else if (existing != null) {
            compound.append(SetCommand.create(domain, existing, Literals.ATTRIBUTE_VALUE__VALUE, value));
        } else if (!clear) {
            compound.append(AddCommand.create(domain, annotation, Literals.ANNOTATION__ATTRIBUTES,
                    AnnotationFactory.attribute(name, value)));
        } else {
            return labelled(org.eclipse.emf.common.command.IdentityCommand.INSTANCE, NLS.bind(Messages.Command_set, name));
        }
        compound.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__MODIFIED, new Date()));
        return compound;
    }

    public static Command setStringFeature(EditingDomain domain, Annotation annotation,
            org.eclipse.emf.ecore.EAttribute feature, String value) {
        CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_set, Labels.feature(feature.getName())));
        compound.append(SetCommand.create(domain, annotation, feature, value));
        compound.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__MODIFIED, new Date()));
        return compound;
    }

    public static Command relate(EditingDomain domain, Document document, Annotation source, Annotation target,
            String kind) {
        Relation relation = GlossaFactory.eINSTANCE.createRelation();
        relation.setId("r-" + java.util.UUID.randomUUID());
        relation.setKind(kind);
        relation.setSource(source);
        relation.setTarget(target);
        return labelled(AddCommand.create(domain, document, Literals.DOCUMENT__RELATIONS, relation), 
                NLS.bind(Messages.Command_relate, Labels.relationKind(kind)));
    }

    /** Adds an analyst-defined type to the document's codebook. */
    public static Command addType(EditingDomain domain, Codebook codebook, AnnotationType type) {
        return labelled(AddCommand.create(domain, codebook, Literals.CODEBOOK__TYPES, type), 
                NLS.bind(Messages.Command_newType, type.getName()));
    }

    /** New type followed by an annotation of it, undone as one step. */
    public static Command addTypeAndAnnotate(EditingDomain domain, Document document, AnnotationType type,
            Annotation annotation) {
        CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_annotateAsNewType, type.getName()));
        compound.append(addType(domain, document.getCodebook(), type));
        compound.append(add(domain, document, annotation));
        return compound;
    }

    static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }

}
