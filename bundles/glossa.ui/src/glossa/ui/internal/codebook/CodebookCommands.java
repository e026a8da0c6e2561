package glossa.ui.internal.codebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import glossa.core.annotations.BulkAnnotationCommands;
import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage.Literals;
import glossa.model.HighlightStyle;

/**
 * The codebook edits of the Codebook view as EMF commands, each one undoable step on the document's command stack.
 * Retyping reuses {@link BulkAnnotationCommands#retype}; a merged type is retired, not removed, because other articles
 * of the case may still use it (the case codebook never loses a type).
 */
public final class CodebookCommands {

    private CodebookCommands() {
    }

    /** Sets one attribute of a type (name, description, colour, shortcut, retired). */
    public static Command set(EditingDomain domain, AnnotationType type, EAttribute feature, Object value) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_set, type.getName()));
        command.append(new SetCommand(domain, type, feature, value));
        return command;
    }

    /** A new type at the top of the codebook, or as a child of {@code parent} when it is not null. */
    public static Command add(EditingDomain domain, Codebook codebook, AnnotationType parent, AnnotationType type) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_newType, type.getName()));
        command.append(parent == null ? new AddCommand(domain, codebook, Literals.CODEBOOK__TYPES, type)
                : new AddCommand(domain, parent, Literals.ANNOTATION_TYPE__CHILDREN, type));
        return command;
    }

    /**
     * Nests {@code type} under {@code newParent}, or moves it to the top level when {@code newParent} is null. Not
     * executable when the type would become its own descendant.
     */
    public static Command move(EditingDomain domain, Codebook codebook, AnnotationType type, AnnotationType newParent) {
        EObject owner = type.eContainer();
        if (owner == null || newParent == type || (newParent != null && isWithin(newParent, type))
                || owner == (newParent == null ? codebook : newParent)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_move, type.getName()));
        command.append(new RemoveCommand(domain, owner, (EReference) type.eContainingFeature(), type));
        command.append(newParent == null ? new AddCommand(domain, codebook, Literals.CODEBOOK__TYPES, type)
                : new AddCommand(domain, newParent, Literals.ANNOTATION_TYPE__CHILDREN, type));
        return command;
    }

    /**
     * Merges {@code source} into {@code target}: every annotation of {@code source} is retyped, its child types move
     * under {@code target}, and {@code source} is retired. One step.
     */
    public static Command merge(EditingDomain domain, Document document, AnnotationType source, AnnotationType target) {
        if (source == target || isWithin(target, source)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(
                NLS.bind(Messages.Command_merge, source.getName(), target.getName()));
        List<Annotation> annotations = annotationsOf(document, source);
        if (!annotations.isEmpty()) {
            command.append(BulkAnnotationCommands.retype(domain, annotations, target));
        }
        List<AnnotationType> children = new ArrayList<>(source.getChildren());
        if (!children.isEmpty()) {
            command.append(new RemoveCommand(domain, source, Literals.ANNOTATION_TYPE__CHILDREN, children));
            command.append(new AddCommand(domain, target, Literals.ANNOTATION_TYPE__CHILDREN, children));
        }
        command.append(new SetCommand(domain, source, Literals.ANNOTATION_TYPE__RETIRED, Boolean.TRUE));
        return command;
    }

    /** A new child of {@code parent} named {@code name}, and the chosen annotations retyped to it. One step. */
    public static Command split(EditingDomain domain, Document document, AnnotationType parent, String name,
            Collection<Annotation> annotations) {
        AnnotationType child = newType(document.getCodebook(), name, parent.getColor());
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_split, parent.getName(), name));
        command.append(new AddCommand(domain, parent, Literals.ANNOTATION_TYPE__CHILDREN, child));
        if (!annotations.isEmpty()) {
            command.append(BulkAnnotationCommands.retype(domain, annotations, child));
        }
        return command;
    }

    /** Replaces the type's attribute definitions by {@code definitions} (new objects, not the type's own). */
    public static Command setAttributes(EditingDomain domain, AnnotationType type,
            List<AttributeDefinition> definitions) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_attributes, type.getName()));
        if (!type.getAttributes().isEmpty()) {
            command.append(new RemoveCommand(domain, type, Literals.ANNOTATION_TYPE__ATTRIBUTES,
                    new ArrayList<>(type.getAttributes())));
        }
        if (!definitions.isEmpty()) {
            command.append(new AddCommand(domain, type, Literals.ANNOTATION_TYPE__ATTRIBUTES, definitions));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** A type with a fresh id derived from its name (unique in {@code codebook}). */
    public static AnnotationType newType(Codebook codebook, String name, String color) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setName(name.strip());
        type.setId(uniqueId(codebook, name));
        type.setColor(color == null ? "#B07AD9" : color);
        type.setStyle(HighlightStyle.BACKGROUND);
        return type;
    }

    static String uniqueId(Codebook codebook, String name) {
        String base = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_/]+", "-")
                .replaceAll("[^\\p{L}\\p{N}-]", "");
        if (base.isEmpty()) {
            base = "type";
        }
        Set<String> taken = new HashSet<>();
        for (AnnotationType type : Codebooks.allTypes(codebook)) {
            taken.add(type.getId());
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The annotations whose type is exactly {@code type} (not its children). */
    public static List<Annotation> annotationsOf(Document document, AnnotationType type) {
        List<Annotation> result = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getType() == type) {
                result.add(annotation);
            }
        }
        return result;
    }

    /** True when {@code type} is {@code ancestor} or lies below it. */
    public static boolean isWithin(AnnotationType type, AnnotationType ancestor) {
        for (EObject o = type; o != null; o = o.eContainer()) {
            if (o == ancestor) {
                return true;
            }
        }
        return false;
    }
}
