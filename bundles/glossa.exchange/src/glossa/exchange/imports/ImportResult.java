package glossa.exchange.imports;

import java.util.List;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Relation;

/**
 * Annotations and relations read from a file, not yet in the document: the UI adds them through one command (so one
 * undo removes the import), the command line with {@link #applyTo(Document)}.
 */
public record ImportResult(List<Annotation> annotations, List<Relation> relations, ImportReport report) {

    public void applyTo(Document document) {
        document.getAnnotations().addAll(annotations);
        document.getRelations().addAll(relations);
    }
}
