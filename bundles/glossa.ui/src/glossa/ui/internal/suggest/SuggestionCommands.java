package glossa.ui.internal.suggest;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;

/**
 * The analyst's decisions on suggestions, as EMF commands for the editor's undo history. An accepted suggestion keeps
 * its recommender and confidence, so the recommenders' precision on the analyst's decisions can be counted; a
 * rejected one stays in the sidecar with status REJECTED, so it is never proposed again.
 */
public final class SuggestionCommands {

    private SuggestionCommands() {
    }

    /** Adds suggestions (status SUGGESTED) in one undoable step. */
    public static Command add(EditingDomain domain, Document document, List<Annotation> suggestions) {
        CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_suggest, suggestions.size()));
        compound.append(AddCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, suggestions));
        return compound;
    }

    /** Accepts suggestions as they are ({@code type} null) or as {@code type}; they become the analyst's coding. */
    public static Command accept(EditingDomain domain, Collection<Annotation> suggestions, AnnotationType type,
            String analyst) {
        CompoundCommand compound = new CompoundCommand(suggestions.size() == 1 ? Messages.Command_acceptOne
                : NLS.bind(Messages.Command_acceptMany, suggestions.size()));
        Date now = new Date();
        for (Annotation a : suggestions) {
            compound.append(SetCommand.create(domain, a, Literals.ANNOTATION__STATUS, AnnotationStatus.CONFIRMED));
            if (type != null && type != a.getType()) {
                compound.append(SetCommand.create(domain, a, Literals.ANNOTATION__TYPE, type));
            }
            compound.append(SetCommand.create(domain, a, Literals.ANNOTATION__AUTHOR, analyst));
            compound.append(SetCommand.create(domain, a, Literals.ANNOTATION__MODIFIED, now));
        }
        return compound;
    }

    /** Rejects a suggestion: kept with status REJECTED (hidden in the editor by default). */
    public static Command reject(EditingDomain domain, Annotation suggestion) {
        CompoundCommand compound = new CompoundCommand(Messages.Command_reject);
        compound.append(SetCommand.create(domain, suggestion, Literals.ANNOTATION__STATUS, AnnotationStatus.REJECTED));
        compound.append(SetCommand.create(domain, suggestion, Literals.ANNOTATION__MODIFIED, new Date()));
        return compound;
    }

    /** Whether the annotation is an open suggestion. */
    public static boolean isSuggestion(Annotation a) {
        return a != null && a.getStatus() == AnnotationStatus.SUGGESTED;
    }
}
