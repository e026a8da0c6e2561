package glossa.core.merge;

import java.util.List;
import java.util.Objects;

import glossa.model.Annotation;
import glossa.model.AttributeValue;

/**
 * Whether two annotations hold the same values in every field a merge compares ({@link FieldValues#annotation}),
 * without building the maps: most annotations of two large sidecars are alike, and this keeps the merge of
 * 50,000 of them cheaper than loading one.
 */
final class SameAnnotation {

    private SameAnnotation() {
    }

    static boolean test(Annotation a, Annotation b) {
        return a.getBegin() == b.getBegin() && a.getEnd() == b.getEnd()
                && Objects.equals(typeId(a), typeId(b))
                && a.getStatus() == b.getStatus()
                && a.getAnchor() == b.getAnchor()
                && Double.compare(a.getAnchorScore(), b.getAnchorScore()) == 0
                && Objects.equals(a.getQuote(), b.getQuote())
                && Objects.equals(a.getPrefix(), b.getPrefix())
                && Objects.equals(a.getSuffix(), b.getSuffix())
                && Objects.equals(a.getMemo(), b.getMemo())
                && Objects.equals(a.getAuthor(), b.getAuthor())
                && Objects.equals(a.getCreated(), b.getCreated())
                && Objects.equals(a.getModified(), b.getModified())
                && sameAttributes(a.getAttributes(), b.getAttributes());
    }

    private static String typeId(Annotation a) {
        return a.getType() == null ? null : a.getType().getId();
    }

    private static boolean sameAttributes(List<AttributeValue> a, List<AttributeValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).getName(), b.get(i).getName())
                    || !Objects.equals(a.get(i).getValue(), b.get(i).getValue())) {
                return byName(a).equals(byName(b)); // the same values in another order are the same fields
            }
        }
        return true;
    }

    private static java.util.Map<String, String> byName(List<AttributeValue> values) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (AttributeValue v : values) {
            map.put(v.getName(), v.getValue());
        }
        return map;
    }
}
