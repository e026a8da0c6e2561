package glossa.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;

import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * The filter-and-sort workload of the Annotations view: hide counter-strategies, keep confirmed and suggested ones,
 * match a word in quote, memo or attribute values, and list the rest in text order.
 */
public final class Queries {

    public static final String HIDDEN_TYPE = DefaultCodebook.COUNTER_STRATEGY;
    public static final Set<String> STATUSES = Set.of("confirmed", "suggested");
    public static final String TEXT = "中国";

    public static final AnnotationFilter FILTER = new AnnotationFilter(Set.of(HIDDEN_TYPE),
            Set.of(AnnotationStatus.CONFIRMED, AnnotationStatus.SUGGESTED), Set.of(), TEXT);

    private static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::getBegin)
            .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

    private Queries() {
    }

    /** Glossa: the one {@link AnnotationFilter}, then a sort by position (the model keeps creation order). */
    public static List<Annotation> glossa(Document document) {
        return document.getAnnotations().stream().filter(FILTER).sorted(TEXT_ORDER).toList();
    }

    /**
     * UIMA: the same predicate over the CAS's annotation index, which is already in text order (begin ascending,
     * end descending), so UIMA needs no sort. The quote is the covered text.
     */
    public static List<AnnotationFS> uima(CAS cas, UimaMirror.Features f) {
        String needle = TEXT.toLowerCase(Locale.ROOT);
        List<AnnotationFS> result = new ArrayList<>();
        for (AnnotationFS annotation : cas.<AnnotationFS> getAnnotationIndex(f.annotation)) {
            if (HIDDEN_TYPE.equals(annotation.getStringValue(f.type))
                    || !STATUSES.contains(annotation.getStringValue(f.status))) {
                continue;
            }
            if (contains(annotation.getCoveredText(), needle) || contains(annotation.getStringValue(f.memo), needle)
                    || attributeContains(annotation, f, needle)) {
                result.add(annotation);
            }
        }
        return result;
    }

    private static boolean attributeContains(AnnotationFS annotation, UimaMirror.Features f, String needle) {
        @SuppressWarnings("unchecked")
        ArrayFS<FeatureStructure> attributes = (ArrayFS<FeatureStructure>) annotation.getFeatureValue(f.attributes);
        if (attributes != null) {
            for (int i = 0; i < attributes.size(); i++) {
                if (contains(attributes.get(i).getStringValue(f.value), needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
