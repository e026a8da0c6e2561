package glossa.core.io;

import static glossa.core.io.SidecarDecline.require;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Relation;

/**
 * The IDs of a sidecar being read and the references to them ({@code type}, {@code source}, {@code target}), resolved
 * at the end as EMF's deferred IDREF resolution does: a reference may point forward. A duplicate ID, or a reference to
 * no object or to one of the wrong class, makes {@link SidecarFastReader} give up. Not thread-safe.
 */
final class SidecarIdReferences {

    private final Map<String, EObject> ids;
    private final List<Annotation> typed = new ArrayList<>();
    private final List<String> typeRefs = new ArrayList<>();
    private final List<Relation> related = new ArrayList<>();
    /** The source and the target ID of each relation in {@link #related}, either null when absent. */
    private final List<String> relationRefs = new ArrayList<>();

    /** For a sidecar of {@code bytes} bytes. */
    SidecarIdReferences(int bytes) {
        // Glossa writes some 500 bytes per annotation: size the ID map once instead of rehashing it a dozen times.
        this.ids = new HashMap<>(Math.max(16, bytes / 256));
    }

    /** Records {@code owner}'s ID and returns it. */
    String id(String value, EObject owner) {
        require(ids.putIfAbsent(value, owner) == null);
        return value;
    }

    void typeOf(Annotation annotation, String typeId) {
        typed.add(annotation);
        typeRefs.add(typeId);
    }

    void endsOf(Relation relation, String sourceId, String targetId) {
        related.add(relation);
        relationRefs.add(sourceId);
        relationRefs.add(targetId);
    }

    /** Sets every recorded reference to the object with its ID. */
    void resolve() {
        for (int i = 0; i < typed.size(); i++) {
            typed.get(i).setType(resolve(typeRefs.get(i), AnnotationType.class));
        }
        for (int i = 0; i < related.size(); i++) {
            Relation relation = related.get(i);
            String source = relationRefs.get(2 * i);
            String target = relationRefs.get(2 * i + 1);
            if (source != null) {
                relation.setSource(resolve(source, Annotation.class));
            }
            if (target != null) {
                relation.setTarget(resolve(target, Annotation.class));
            }
        }
    }

    private <T> T resolve(String id, Class<T> type) {
        EObject object = ids.get(id);
        require(type.isInstance(object));
        return type.cast(object);
    }
}
