package glossa.core.merge;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage.Literals;
import glossa.model.MergeConflict;

/**
 * The edits a merge collects, in the order they must be applied: containers before what goes into them, and removals
 * last, once nothing points at what they remove. Also the conflicts, which become {@link MergeConflict}s of the
 * document; a conflict on a field that already has one replaces its values instead of adding a second.
 */
final class MergePlan {

    /** The phases edits are applied in; settings are the codebook's types and the named filters. */
    enum Phase {
        ADD_SETTINGS, SET, ADD_ANNOTATIONS, ADD_RELATIONS, REMOVE_RELATIONS, REMOVE_ANNOTATIONS, REMOVE_SETTINGS, CONFLICTS
    }

    final Document ours;
    private final Map<Phase, List<MergeEdit>> edits = new EnumMap<>(Phase.class);
    private final List<MergeResult.Conflict> conflicts = new ArrayList<>();
    private final Map<String, MergeConflict> recorded = new HashMap<>();
    private final java.util.Set<String> fresh = new java.util.HashSet<>();
    private final Date now = new Date();

    MergePlan(Document ours) {
        this.ours = ours;
        for (Phase phase : Phase.values()) {
            edits.put(phase, new ArrayList<>());
        }
        for (MergeConflict c : ours.getConflicts()) {
            recorded.put(key(c.getObjectKind(), c.getObjectId(), c.getFeature()), c);
        }
    }

    void set(EObject owner, EStructuralFeature feature, Object value) {
        edits.get(Phase.SET).add(new MergeEdit.SetFeature(owner, feature, value));
    }

    void add(Phase phase, EObject owner, EStructuralFeature feature, EObject value) {
        edits.get(phase).add(new MergeEdit.Add(owner, feature, value));
    }

    void remove(Phase phase, EObject owner, EStructuralFeature feature, EObject value) {
        edits.get(phase).add(new MergeEdit.Remove(owner, feature, value));
    }

    /** Removes {@code values} from one list in one edit. */
    void removeAll(Phase phase, EObject owner, EStructuralFeature feature, List<? extends EObject> values) {
        if (!values.isEmpty()) {
            edits.get(phase).add(new MergeEdit.RemoveAll(owner, feature, List.copyOf(values)));
        }
    }

    void conflict(String kind, String id, String feature, Object base, Object ours, Object theirs) {
        MergeResult.Conflict conflict = new MergeResult.Conflict(kind, id, feature, FieldValues.render(base),
                FieldValues.render(ours), FieldValues.render(theirs));
        conflicts.add(conflict);
        fresh.add(key(kind, id, feature));
        MergeConflict existing = recorded.get(key(kind, id, feature));
        if (existing != null) {
            set(existing, Literals.MERGE_CONFLICT__BASE, conflict.base());
            set(existing, Literals.MERGE_CONFLICT__OURS, conflict.ours());
            set(existing, Literals.MERGE_CONFLICT__THEIRS, conflict.theirs());
            set(existing, Literals.MERGE_CONFLICT__CREATED, now);
            return;
        }
        MergeConflict record = GlossaFactory.eINSTANCE.createMergeConflict();
        record.setId("c-" + UUID.randomUUID());
        record.setObjectKind(kind);
        record.setObjectId(id);
        record.setFeature(feature);
        record.setBase(conflict.base());
        record.setOurs(conflict.ours());
        record.setTheirs(conflict.theirs());
        record.setCreated(now);
        recorded.put(key(kind, id, feature), record);
        add(Phase.CONFLICTS, this.ours, Literals.DOCUMENT__CONFLICTS, record);
    }

    /** Whether a conflict of this object and field is in ours already (so that an incoming copy is not added twice). */
    boolean isRecorded(String kind, String id, String feature) {
        return recorded.containsKey(key(kind, id, feature));
    }

    void addRecorded(MergeConflict copy) {
        recorded.put(key(copy.getObjectKind(), copy.getObjectId(), copy.getFeature()), copy);
        add(Phase.CONFLICTS, ours, Literals.DOCUMENT__CONFLICTS, copy);
    }

    /** Whether this merge found a conflict on that field (an older record of it then stays). */
    boolean isFresh(String key) {
        return fresh.contains(key);
    }

    static String key(String kind, String id, String feature) {
        return kind + '\u0000' + id + '\u0000' + feature;
    }

    MergeResult result(int added, int changed, int deleted) {
        List<MergeEdit> all = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            all.addAll(edits.get(phase));
        }
        return new MergeResult(ours, all, conflicts, added, changed, deleted);
    }
}
