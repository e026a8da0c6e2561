package glossa.exchange.imports;

import java.util.List;

import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Relation;

/**
 * Annotations, relations and codebook types read from a file, not yet in the document: the UI adds them through one
 * command (so one undo removes the import), the command line with {@link #applyTo(Document)}.
 *
 * @param types types to add to the document's codebook (a codebook import), each under its parent
 */
public record ImportResult(List<Annotation> annotations, List<Relation> relations, ImportReport report,
        List<TypeAddition> types) {

    /** A new type and where it goes: under {@code parent}, a type of the document's codebook, or at the top (null). */
    public record TypeAddition(AnnotationType type, AnnotationType parent) {
    }

    public ImportResult(List<Annotation> annotations, List<Relation> relations, ImportReport report) {
        this(annotations, relations, report, List.of());
    }

    /** Whether there is nothing to add. */
    public boolean isEmpty() {
        return annotations.isEmpty() && relations.isEmpty() && types.isEmpty();
    }

    public void applyTo(Document document) {
        for (TypeAddition addition : types) {
            if (addition.parent() != null) {
                addition.parent().getChildren().add(addition.type());
            } else {
                document.getCodebook().getTypes().add(addition.type());
            }
        }
        document.getAnnotations().addAll(annotations);
        document.getRelations().addAll(relations);
    }
}
