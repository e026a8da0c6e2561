package glossa.core.merge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage.Literals;
import glossa.model.Relation;

/**
 * The three-way merge of annotation documents, by id: {@code merge(base, ours, theirs)} says how to turn ours into a
 * document that holds both sides' work.
 * <ul>
 * <li>Added on either side: kept. Deleted on one side and untouched on the other: deleted.</li>
 * <li>Changed on one side only: that change wins, field by field ({@link FieldValues}).</li>
 * <li>Changed on both sides to different values: a conflict; ours' value stays, both are recorded.</li>
 * <li>Deleted on one side and changed on the other: a conflict; the changed object is kept.</li>
 * <li>A relation whose end one side deleted keeps that end (a conflict), and so does a type in use.</li>
 * </ul>
 * Nothing any side wrote is dropped without a record. The base may be {@code null} (no common ancestor): everything
 * then counts as added on both sides. The three documents are only read; the result's edits change ours.
 */
public final class ThreeWayMerge {

    static final String ANNOTATION = "annotation";
    static final String RELATION = "relation";

    private final MergePlan plan;
    private final CodebookMerge codebook;
    private final Map<String, Annotation> baseAnnotations;
    private final Map<String, Annotation> ourAnnotations;
    private final Map<String, Annotation> theirAnnotations;
    /** The annotations of the merged document by id: ours' objects and the copies coming in. */
    private final Map<String, Annotation> merged = new HashMap<>();
    private final Map<String, Annotation> removals = new LinkedHashMap<>();
    /** Annotations of ours that take their type from theirs. */
    private final java.util.Set<String> retyped = new java.util.HashSet<>();
    private int added;
    private int changed;

    private ThreeWayMerge(Document base, Document ours, Document theirs) {
        this.plan = new MergePlan(ours);
        this.codebook = new CodebookMerge(plan, base, ours, theirs);
        this.baseAnnotations = byId(base == null ? List.of() : base.getAnnotations());
        this.ourAnnotations = byId(ours.getAnnotations());
        this.theirAnnotations = byId(theirs.getAnnotations());
    }

    /** How to merge {@code theirs} into {@code ours}, given their common {@code base} (may be null). */
    public static MergeResult merge(Document base, Document ours, Document theirs) {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        ThreeWayMerge merge = new ThreeWayMerge(base, ours, theirs);
        merge.codebook.run();
        merge.annotations();
        merge.relations(base, ours, theirs);
        merge.keepTypesInUse();
        merge.codebook.finish();
        new SettingsMerge(merge.plan, base, ours, theirs).run();
        new MemoMerge(merge.plan, base, ours, theirs).run();
        merge.plan.removeAll(MergePlan.Phase.REMOVE_ANNOTATIONS, ours, Literals.DOCUMENT__ANNOTATIONS,
                List.copyOf(merge.removals.values()));
        return merge.plan.result(merge.added, merge.changed, merge.removals.size());
    }

    private static <T> Map<String, T> byId(List<T> objects) {
        Map<String, T> map = new LinkedHashMap<>(Math.max(16, objects.size() * 2));
        for (T object : objects) {
            String id = object instanceof Annotation a ? a.getId() : ((Relation) object).getId();
            map.putIfAbsent(id, object);
        }
        return map;
    }

    private void annotations() {
        for (Annotation o : ourAnnotations.values()) {
            String id = o.getId();
            Annotation b = baseAnnotations.get(id);
            Annotation t = theirAnnotations.get(id);
            if (t != null) {
                merged.put(id, o);
                if (!SameAnnotation.test(o, t) && FieldMerge.merge(plan, ANNOTATION, id,
                        b == null ? Map.of() : FieldValues.annotation(b), FieldValues.annotation(o),
                        FieldValues.annotation(t), field -> take(o, t, field))) {
                    changed++;
                }
            } else if (b == null) {
                merged.put(id, o);
            } else if (SameAnnotation.test(o, b)) {
                removals.put(id, o);
            } else {
                merged.put(id, o);
                plan.conflict(ANNOTATION, id, "deleted", "present", "changed", "deleted");
            }
        }
        for (Annotation t : theirAnnotations.values()) {
            String id = t.getId();
            if (ourAnnotations.containsKey(id)) {
                continue;
            }
            Annotation b = baseAnnotations.get(id);
            if (b == null) {
                addCopy(t);
            } else if (!SameAnnotation.test(t, b)) {
                addCopy(t);
                plan.conflict(ANNOTATION, id, "deleted", "present", "deleted", "changed");
            }
        }
    }

    private Annotation addCopy(Annotation source) {
        Annotation copy = EcoreUtil.copy(source);
        copy.setType(codebook.resolve(source.getType() == null ? null : source.getType().getId()));
        merged.put(copy.getId(), copy);
        plan.add(MergePlan.Phase.ADD_ANNOTATIONS, plan.ours, Literals.DOCUMENT__ANNOTATIONS, copy);
        added++;
        return copy;
    }

    private void take(Annotation o, Annotation t, String field) {
        switch (field) {
            case FieldValues.TYPE -> {
                retyped.add(o.getId());
                plan.set(o, Literals.ANNOTATION__TYPE, codebook.resolve(t.getType() == null ? null : t.getType().getId()));
            }
            case FieldValues.OFFSETS -> {
                for (EStructuralFeature feature : List.of(Literals.ANNOTATION__BEGIN, Literals.ANNOTATION__END,
                        Literals.ANNOTATION__QUOTE, Literals.ANNOTATION__PREFIX, Literals.ANNOTATION__SUFFIX,
                        Literals.ANNOTATION__ANCHOR, Literals.ANNOTATION__ANCHOR_SCORE)) {
                    if (!Objects.equals(o.eGet(feature), t.eGet(feature))) {
                        plan.set(o, feature, t.eGet(feature));
                    }
                }
            }
            default -> {
                if (field.startsWith(FieldValues.ATTRIBUTE_PREFIX)) {
                    takeAttribute(o, t, field.substring(FieldValues.ATTRIBUTE_PREFIX.length()));
                } else {
                    EStructuralFeature feature = o.eClass().getEStructuralFeature(field);
                    plan.set(o, feature, t.eGet(feature));
                }
            }
        }
    }

    private void takeAttribute(Annotation o, Annotation t, String name) {
        AttributeValue ours = attribute(o, name);
        AttributeValue theirs = attribute(t, name);
        if (theirs == null) {
            plan.remove(MergePlan.Phase.SET, o, Literals.ANNOTATION__ATTRIBUTES, ours);
        } else if (ours == null) {
            AttributeValue copy = GlossaFactory.eINSTANCE.createAttributeValue();
            copy.setName(name);
            copy.setValue(theirs.getValue());
            plan.add(MergePlan.Phase.SET, o, Literals.ANNOTATION__ATTRIBUTES, copy);
        } else {
            plan.set(ours, Literals.ATTRIBUTE_VALUE__VALUE, theirs.getValue());
        }
    }

    private static AttributeValue attribute(Annotation a, String name) {
        for (AttributeValue value : a.getAttributes()) {
            if (Objects.equals(value.getName(), name)) {
                return value;
            }
        }
        return null;
    }

    private void relations(Document base, Document ours, Document theirs) {
        Map<String, Relation> b = byId(base == null ? List.of() : base.getRelations());
        Map<String, Relation> o = byId(ours.getRelations());
        Map<String, Relation> t = byId(theirs.getRelations());
        for (Relation r : o.values()) {
            String id = r.getId();
            Relation rb = b.get(id);
            Relation rt = t.get(id);
            Relation ends = r;
            if (rt != null) {
                Map<String, Object> ov = FieldValues.relation(r);
                Map<String, Object> tv = FieldValues.relation(rt);
                boolean[] takeEnds = new boolean[2];
                FieldMerge.merge(plan, RELATION, id, rb == null ? Map.of() : FieldValues.relation(rb), ov, tv,
                        field -> {
                            switch (field) {
                                case FieldValues.SOURCE -> takeEnds[0] = true;
                                case FieldValues.TARGET -> takeEnds[1] = true;
                                default -> plan.set(r, r.eClass().getEStructuralFeature(field),
                                        rt.eGet(rt.eClass().getEStructuralFeature(field)));
                            }
                        });
                keepEnd(r, Literals.RELATION__SOURCE, takeEnds[0] ? rt.getSource() : r.getSource());
                keepEnd(r, Literals.RELATION__TARGET, takeEnds[1] ? rt.getTarget() : r.getTarget());
                continue;
            }
            if (rb != null && FieldValues.relation(r).equals(FieldValues.relation(rb))) {
                plan.remove(MergePlan.Phase.REMOVE_RELATIONS, ours, Literals.DOCUMENT__RELATIONS, r);
                continue;
            }
            if (rb != null) {
                plan.conflict(RELATION, id, "deleted", "present", "changed", "deleted");
            }
            keepEnd(ends, Literals.RELATION__SOURCE, r.getSource());
            keepEnd(ends, Literals.RELATION__TARGET, r.getTarget());
        }
        for (Relation rt : t.values()) {
            String id = rt.getId();
            Relation rb = b.get(id);
            if (o.containsKey(id) || rb != null && FieldValues.relation(rt).equals(FieldValues.relation(rb))) {
                continue;
            }
            if (rb != null) {
                plan.conflict(RELATION, id, "deleted", "present", "deleted", "changed");
            }
            Relation copy = EcoreUtil.copy(rt);
            copy.setSource(resolveEnd(rt.getSource(), id, FieldValues.SOURCE));
            copy.setTarget(resolveEnd(rt.getTarget(), id, FieldValues.TARGET));
            plan.add(MergePlan.Phase.ADD_RELATIONS, ours, Literals.DOCUMENT__RELATIONS, copy);
        }
    }

    /** Points a kept relation of ours at the merged document's annotation with the id of {@code end}. */
    private void keepEnd(Relation r, EStructuralFeature feature, Annotation end) {
        Annotation resolved = resolveEnd(end, r.getId(), feature.getName());
        if (resolved != r.eGet(feature)) {
            plan.set(r, feature, resolved);
        }
    }

    /** The merged document's annotation for a relation's end; one deleted by a side is kept, with a conflict. */
    private Annotation resolveEnd(Annotation end, String relationId, String field) {
        if (end == null) {
            return null;
        }
        String id = end.getId();
        Annotation annotation = merged.get(id);
        if (annotation != null) {
            return annotation;
        }
        annotation = removals.remove(id);
        if (annotation != null) {
            merged.put(id, annotation);
            plan.conflict(RELATION, relationId, field, id, id, "deleted");
            return annotation;
        }
        Annotation source = theirAnnotations.containsKey(id) ? theirAnnotations.get(id) : baseAnnotations.get(id);
        if (source == null) {
            source = end; // an end no side has as an annotation of its own: keep what the relation pointed at
        }
        plan.conflict(RELATION, relationId, field, id, "deleted", id);
        return addCopy(source);
    }

    /** Ours' annotations keep their types even when theirs deleted them. */
    private void keepTypesInUse() {
        for (Annotation o : ourAnnotations.values()) {
            if (!removals.containsKey(o.getId()) && !retyped.contains(o.getId()) && o.getType() != null) {
                codebook.resolve(o.getType().getId());
            }
        }
    }
}
