package glossa.exchange.imports;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * Annotations, relations, memos and codebook types read from a file, not yet in the document: the UI adds them
 * through one command (so one undo removes the import), the command line with {@link #applyTo(Document)}.
 *
 * @param types types to add to the document's codebook (a codebook import), each under its parent
 * @param memos the memos of the document or of its sections to set, each already holding what the article had
 */
public record ImportResult(List<Annotation> annotations, List<Relation> relations, ImportReport report,
        List<TypeAddition> types, List<MemoChange> memos) {

    /** A new type and where it goes: under {@code parent}, a type of the document's codebook, or at the top (null). */
    public record TypeAddition(AnnotationType type, AnnotationType parent) {
    }

    /** The new memo of the document or of one of its sections ({@code owner}). */
    public record MemoChange(EObject owner, String memo) {

        public EStructuralFeature feature() {
            return owner instanceof Section ? GlossaPackage.Literals.SECTION__MEMO : GlossaPackage.Literals.DOCUMENT__MEMO;
        }
    }

    public ImportResult(List<Annotation> annotations, List<Relation> relations, ImportReport report) {
        this(annotations, relations, report, List.of(), List.of());
    }

    public ImportResult(List<Annotation> annotations, List<Relation> relations, ImportReport report,
            List<TypeAddition> types) {
        this(annotations, relations, report, types, List.of());
    }

    /** Whether there is nothing to add. */
    public boolean isEmpty() {
        return annotations.isEmpty() && relations.isEmpty() && types.isEmpty() && memos.isEmpty();
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
        for (MemoChange change : memos) {
            change.owner().eSet(change.feature(), change.memo());
        }
    }
}
