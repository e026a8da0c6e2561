package glossa.core.merge;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The three-way rule for one object both sides have, field by field: a field only theirs changed is taken from theirs;
 * one only ours changed stays; one both changed to different values is a conflict that keeps ours. The one exception
 * is the modification date, where the later one wins: two writers who changed different fields of one annotation
 * have not disagreed about when it was last modified.
 */
final class FieldMerge {

    private FieldMerge() {
    }

    /**
     * @param base the base's values, empty when both sides added the object
     * @param take called with each field to copy from theirs
     * @return whether any field is taken from theirs
     */
    static boolean merge(MergePlan plan, String kind, String id, Map<String, Object> base, Map<String, Object> ours,
            Map<String, Object> theirs, Consumer<String> take) {
        if (ours.equals(theirs)) {
            return false;
        }
        Set<String> fields = new LinkedHashSet<>(ours.keySet());
        fields.addAll(theirs.keySet());
        boolean taken = false;
        for (String field : fields) {
            Object o = ours.get(field);
            Object t = theirs.get(field);
            if (Objects.equals(o, t)) {
                continue;
            }
            Object b = base.get(field);
            if (Objects.equals(o, b)) {
                take.accept(field);
                taken = true;
            } else if (!Objects.equals(t, b)) {
                if (FieldValues.MODIFIED.equals(field)) {
                    if (o == null || t instanceof Date td && o instanceof Date od && td.after(od)) {
                        take.accept(field);
                        taken = true;
                    }
                } else {
                    plan.conflict(kind, id, field, b, o, t);
                }
            }
        }
        return taken;
    }
}
