package glossa.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.model.AnnotationFilterSpec;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.model.MergeConflict;
import glossa.model.Section;

/**
 * The document's own settings: its title, the remembered filter and the named filters (field by field, like
 * annotations), the analyst's section corrections (the corrected tree as one value), and the conflicts already
 * recorded on either side, so that an unresolved conflict of theirs is not lost and one resolved on one side is gone.
 */
final class SettingsMerge {

    private final MergePlan plan;
    private final Document base;
    private final Document ours;
    private final Document theirs;

    SettingsMerge(MergePlan plan, Document base, Document ours, Document theirs) {
        this.plan = plan;
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    void run() {
        FieldMerge.merge(plan, "document", "", Map.of("title", String.valueOf(base == null ? null : base.getTitle())),
                Map.of("title", String.valueOf(ours.getTitle())), Map.of("title", String.valueOf(theirs.getTitle())),
                field -> plan.set(ours, Literals.DOCUMENT__TITLE, theirs.getTitle()));
        activeFilter();
        namedFilters();
        sections();
        conflicts();
    }

    private void activeFilter() {
        AnnotationFilterSpec o = ours.getActiveFilter();
        AnnotationFilterSpec t = theirs.getActiveFilter();
        AnnotationFilterSpec b = base == null ? null : base.getActiveFilter();
        if (o == null) {
            if (t != null && !FieldValues.filter(t).equals(FieldValues.filter(b))) {
                plan.set(ours, Literals.DOCUMENT__ACTIVE_FILTER, EcoreUtil.copy(t));
            }
            return;
        }
        FieldMerge.merge(plan, "filter", "", FieldValues.filter(b), FieldValues.filter(o), FieldValues.filter(t),
                field -> takeFilterField(o, t, field));
    }

    private void takeFilterField(AnnotationFilterSpec o, AnnotationFilterSpec t, String field) {
        EStructuralFeature feature = o.eClass().getEStructuralFeature(field);
        Object value = t == null ? (feature.isMany() ? List.of() : null) : t.eGet(feature);
        plan.set(o, feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
    }

    private void namedFilters() {
        Map<String, AnnotationFilterSpec> b = byName(base == null ? List.of() : base.getFilters());
        Map<String, AnnotationFilterSpec> o = byName(ours.getFilters());
        Map<String, AnnotationFilterSpec> t = byName(theirs.getFilters());
        for (Map.Entry<String, AnnotationFilterSpec> entry : o.entrySet()) {
            AnnotationFilterSpec of = entry.getValue();
            AnnotationFilterSpec tf = t.get(entry.getKey());
            AnnotationFilterSpec bf = b.get(entry.getKey());
            if (tf != null) {
                FieldMerge.merge(plan, "filter", entry.getKey(), bf == null ? Map.of() : FieldValues.filter(bf),
                        FieldValues.filter(of), FieldValues.filter(tf), field -> takeFilterField(of, tf, field));
            } else if (bf != null && FieldValues.filter(of).equals(FieldValues.filter(bf))) {
                plan.remove(MergePlan.Phase.REMOVE_SETTINGS, ours, Literals.DOCUMENT__FILTERS, of);
            } else if (bf != null) {
                plan.conflict("filter", entry.getKey(), "deleted", "present", "changed", "deleted");
            }
        }
        for (Map.Entry<String, AnnotationFilterSpec> entry : t.entrySet()) {
            AnnotationFilterSpec bf = b.get(entry.getKey());
            if (o.containsKey(entry.getKey())
                    || bf != null && FieldValues.filter(entry.getValue()).equals(FieldValues.filter(bf))) {
                continue;
            }
            if (bf != null) {
                plan.conflict("filter", entry.getKey(), "deleted", "present", "deleted", "changed");
            }
            plan.add(MergePlan.Phase.ADD_SETTINGS, ours, Literals.DOCUMENT__FILTERS, EcoreUtil.copy(entry.getValue()));
        }
    }

    private static Map<String, AnnotationFilterSpec> byName(List<AnnotationFilterSpec> filters) {
        Map<String, AnnotationFilterSpec> map = new LinkedHashMap<>();
        for (AnnotationFilterSpec f : filters) {
            map.putIfAbsent(String.valueOf(f.getName()), f);
        }
        return map;
    }

    private void sections() {
        Object o = FieldValues.sections(ours);
        Object t = FieldValues.sections(theirs);
        if (Objects.equals(o, t)) {
            return;
        }
        Object b = base == null ? null : FieldValues.sections(base);
        if (Objects.equals(o, b)) {
            plan.set(ours, Literals.DOCUMENT__SECTIONS_CORRECTED, theirs.isSectionsCorrected());
            if (theirs.isSectionsCorrected()) {
                List<Section> copies = new ArrayList<>(EcoreUtil.copyAll(theirs.getSections()));
                plan.set(ours, Literals.DOCUMENT__SECTIONS, copies);
            }
        } else if (!Objects.equals(t, b)) {
            plan.conflict("sections", "", FieldValues.SECTIONS, describe(base), describe(ours), describe(theirs));
        }
    }

    private static String describe(Document d) {
        if (d == null || !d.isSectionsCorrected()) {
            return "detected";
        }
        return "corrected: " + d.getSections().size() + " top-level sections";
    }

    private void conflicts() {
        Map<String, MergeConflict> b = new LinkedHashMap<>();
        if (base != null) {
            base.getConflicts().forEach(c -> b.put(key(c), c));
        }
        Map<String, MergeConflict> t = new LinkedHashMap<>();
        theirs.getConflicts().forEach(c -> t.put(key(c), c));
        for (MergeConflict c : ours.getConflicts()) {
            if (!t.containsKey(key(c)) && b.containsKey(key(c)) && !plan.isFresh(key(c))) {
                plan.remove(MergePlan.Phase.CONFLICTS, ours, Literals.DOCUMENT__CONFLICTS, c); // resolved by theirs
            }
        }
        for (Map.Entry<String, MergeConflict> entry : t.entrySet()) {
            MergeConflict c = entry.getValue();
            if (!b.containsKey(entry.getKey()) && !plan.isRecorded(c.getObjectKind(), c.getObjectId(), c.getFeature())) {
                plan.addRecorded(EcoreUtil.copy(c));
            }
        }
    }

    private static String key(MergeConflict c) {
        return MergePlan.key(c.getObjectKind(), c.getObjectId(), c.getFeature());
    }
}
