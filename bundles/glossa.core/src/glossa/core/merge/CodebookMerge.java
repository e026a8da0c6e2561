package glossa.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage.Literals;

/**
 * Merges the codebooks' types by id, wherever they sit in the type tree. A type in use in the merged document is
 * never removed: a deletion by one side is then undone and recorded as a conflict.
 */
final class CodebookMerge {

    static final String KIND = "type";

    private final MergePlan plan;
    private final Codebook codebook;
    private final Map<String, AnnotationType> base;
    private final Map<String, AnnotationType> ours;
    private final Map<String, AnnotationType> theirs;
    /** Every type of the merged document by id: ours' objects and the copies coming in. */
    private final Map<String, AnnotationType> merged = new HashMap<>();
    /** Types of ours that theirs deleted; removed at the end unless something still needs them. */
    private final Map<String, AnnotationType> removals = new LinkedHashMap<>();
    private final List<Runnable> moves = new ArrayList<>();

    CodebookMerge(MergePlan plan, Document base, Document ours, Document theirs) {
        this.plan = plan;
        if (ours.getCodebook() == null) {
            // A sidecar from before codebooks: the merged document gets one to hold the types.
            Codebook empty = GlossaFactory.eINSTANCE.createCodebook();
            plan.set(ours, Literals.DOCUMENT__CODEBOOK, empty);
            this.codebook = empty;
        } else {
            this.codebook = ours.getCodebook();
        }
        this.base = types(base);
        this.ours = types(ours);
        this.theirs = types(theirs);
    }

    /** The types of a document by id, parents before their children. */
    static Map<String, AnnotationType> types(Document document) {
        Map<String, AnnotationType> types = new LinkedHashMap<>();
        if (document != null && document.getCodebook() != null) {
            collect(document.getCodebook().getTypes(), types);
        }
        return types;
    }

    private static void collect(List<AnnotationType> level, Map<String, AnnotationType> into) {
        for (AnnotationType type : level) {
            into.putIfAbsent(type.getId(), type);
            collect(type.getChildren(), into);
        }
    }

    void run() {
        for (AnnotationType o : ours.values()) {
            String id = o.getId();
            AnnotationType b = base.get(id);
            AnnotationType t = theirs.get(id);
            if (t != null) {
                merged.put(id, o);
                FieldMerge.merge(plan, KIND, id, b == null ? Map.of() : FieldValues.type(b), FieldValues.type(o),
                        FieldValues.type(t), field -> take(o, t, field));
            } else if (b == null) {
                merged.put(id, o);
            } else if (FieldValues.type(o).equals(FieldValues.type(b))) {
                removals.put(id, o);
            } else {
                merged.put(id, o);
                plan.conflict(KIND, id, "deleted", "present", "changed", "deleted");
            }
        }
        for (AnnotationType t : theirs.values()) {
            String id = t.getId();
            if (ours.containsKey(id)) {
                continue;
            }
            AnnotationType b = base.get(id);
            if (b == null) {
                addCopy(t);
            } else if (!FieldValues.type(t).equals(FieldValues.type(b))) {
                addCopy(t);
                plan.conflict(KIND, id, "deleted", "present", "deleted", "changed");
            }
        }
        moves.forEach(Runnable::run);
    }

    /**
     * The type with this id in the merged document, for an annotation that uses it: a deletion of it by either side
     * is undone (and recorded as a conflict). Null when no side has the type.
     */
    AnnotationType resolve(String id) {
        if (id == null) {
            return null;
        }
        AnnotationType type = merged.get(id);
        if (type != null) {
            return type;
        }
        type = removals.remove(id);
        if (type != null) {
            merged.put(id, type);
            plan.conflict(KIND, id, "deleted", "present", "in use", "deleted");
            keepAncestors(type);
            return type;
        }
        AnnotationType source = theirs.containsKey(id) ? theirs.get(id) : base.get(id);
        if (source == null) {
            return null;
        }
        plan.conflict(KIND, id, "deleted", "present", "deleted", "in use");
        return addCopy(source);
    }

    /** Removes the types theirs deleted that nothing needs any more; call after every annotation was resolved. */
    void finish() {
        for (AnnotationType kept : List.copyOf(merged.values())) {
            keepAncestors(kept);
        }
        for (AnnotationType type : removals.values()) {
            EObject container = type.eContainer();
            EStructuralFeature feature = type.eContainingFeature();
            plan.remove(MergePlan.Phase.REMOVE_SETTINGS, container, feature, type);
        }
    }

    /** A type that stays keeps the types above it, or it would be removed with them. */
    private void keepAncestors(AnnotationType type) {
        for (EObject up = type.eContainer(); up instanceof AnnotationType parent; up = parent.eContainer()) {
            if (removals.remove(parent.getId()) != null) {
                merged.put(parent.getId(), parent);
                plan.conflict(KIND, parent.getId(), "deleted", "present", "has kept subtypes", "deleted");
            }
        }
    }

    private AnnotationType addCopy(AnnotationType source) {
        AnnotationType copy = EcoreUtil.copy(source);
        copy.getChildren().clear();
        merged.put(copy.getId(), copy);
        AnnotationType parent = parentInMerged(source);
        if (parent != null) {
            plan.add(MergePlan.Phase.ADD_SETTINGS, parent, Literals.ANNOTATION_TYPE__CHILDREN, copy);
        } else {
            plan.add(MergePlan.Phase.ADD_SETTINGS, codebook, Literals.CODEBOOK__TYPES, copy);
        }
        return copy;
    }

    /** The parent a type of theirs goes under; one that either side deleted comes back, like a type in use. */
    private AnnotationType parentInMerged(AnnotationType source) {
        if (!(source.eContainer() instanceof AnnotationType parent)) {
            return null;
        }
        AnnotationType inMerged = merged.get(parent.getId());
        return inMerged != null ? inMerged : resolve(parent.getId());
    }

    private void take(AnnotationType o, AnnotationType t, String field) {
        switch (field) {
            case "attributes" -> {
                List<AttributeDefinition> copies = new ArrayList<>(EcoreUtil.copyAll(t.getAttributes()));
                plan.set(o, Literals.ANNOTATION_TYPE__ATTRIBUTES, copies);
            }
            case FieldValues.PARENT -> moves.add(() -> move(o, t));
            default -> {
                EStructuralFeature feature = o.eClass().getEStructuralFeature(field);
                plan.set(o, feature, t.eGet(feature));
            }
        }
    }

    private void move(AnnotationType o, AnnotationType t) {
        AnnotationType newParent = parentInMerged(t);
        if (Objects.equals(o.eContainer(), newParent == null ? codebook : newParent)) {
            return;
        }
        plan.remove(MergePlan.Phase.ADD_SETTINGS, o.eContainer(), o.eContainingFeature(), o);
        if (newParent != null) {
            plan.add(MergePlan.Phase.ADD_SETTINGS, newParent, Literals.ANNOTATION_TYPE__CHILDREN, o);
        } else {
            plan.add(MergePlan.Phase.ADD_SETTINGS, codebook, Literals.CODEBOOK__TYPES, o);
        }
    }
}
