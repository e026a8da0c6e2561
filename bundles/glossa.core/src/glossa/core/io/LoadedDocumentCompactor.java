package glossa.core.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.GlossaPackage;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * Shrinks a freshly loaded {@link Document} in memory without changing what it holds.
 *
 * <p>The XML parser makes a new {@code String} for every attribute it reads, so 100,000 annotations carry 100,000
 * copies of the same four author names and of the few attribute names and choice values. This pass runs once after
 * loading and:</p>
 * <ul>
 * <li>shares equal strings among the fields that repeat by nature (author, attribute name and value, relation kind),
 * through a map that lives only for the pass; quotes, prefixes and suffixes are nearly all distinct and are left
 * alone;</li>
 * <li>lets an annotation that was never modified use one {@code Date} for created and modified, as
 * {@code AnnotationFactory} does for a new one (Glossa replaces dates, it never changes a {@code Date} in place);</li>
 * <li>trims the backing arrays of the contents lists to their size (EMF grows them by half plus four);</li>
 * <li>drops the resource's intrinsic-ID map. Loading needs it to resolve {@code type="claim"} and relation IDREFs in
 * one hash look-up each; afterwards nothing in Glossa looks objects up by ID, and
 * {@link Resource#getEObject(String)} still works without it (by walking the contents). Keeping it would cost one
 * map entry per annotation for the life of the editor.</li>
 * </ul>
 * <p>Nothing is notified in a way that matters: the pass runs before the document gets adapters or a command
 * stack, and every value it sets is equal to the one it replaces.</p>
 */
final class LoadedDocumentCompactor {

    private final Map<String, String> shared = new HashMap<>();

    private LoadedDocumentCompactor() {
    }

    static void compact(Document document) {
        new LoadedDocumentCompactor().run(document);
        if (document.eResource() instanceof ResourceImpl resource) {
            resource.setIntrinsicIDToEObjectMap(null);
        }
    }

    private void run(Document document) {
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getAuthor() != null) {
                annotation.setAuthor(share(annotation.getAuthor()));
            }
            // AnnotationFactory gives a new annotation one Date for both; the parser made two equal ones.
            if (annotation.getCreated() != null && annotation.getCreated().equals(annotation.getModified())) {
                annotation.setModified(annotation.getCreated());
            }
            // eIsSet avoids creating an empty attribute list for an annotation that has none.
            if (annotation.eIsSet(GlossaPackage.Literals.ANNOTATION__ATTRIBUTES)) {
                for (AttributeValue value : annotation.getAttributes()) {
                    if (value.getName() != null) {
                        value.setName(share(value.getName()));
                    }
                    if (value.getValue() != null) {
                        value.setValue(share(value.getValue()));
                    }
                }
                trim(annotation.getAttributes());
            }
        }
        for (Relation relation : document.getRelations()) {
            if (relation.getKind() != null) {
                relation.setKind(share(relation.getKind()));
            }
        }
        trim(document.getAnnotations());
        trim(document.getRelations());
        trimSections(document.getSections());
    }

    private void trimSections(List<Section> sections) {
        trim(sections);
        for (Section section : sections) {
            if (section.eIsSet(GlossaPackage.Literals.SECTION__CHILDREN)) {
                trimSections(section.getChildren());
            }
        }
    }

    private String share(String value) {
        String first = shared.putIfAbsent(value, value);
        return first != null ? first : value;
    }

    private static void trim(List<? extends EObject> list) {
        if (list instanceof BasicEList<?> basic) {
            basic.shrink();
        }
    }
}
