package glossa.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;

/**
 * Runs recommenders on an article and keeps what is worth showing: the wanted types, at least the minimum
 * confidence, nothing the analyst already decided or was already offered (an annotation of the same type over the
 * same span, whatever its status: a rejected suggestion is never proposed again), and of two overlapping
 * suggestions of one type only the more confident.
 */
public final class Suggester {

    private Suggester() {
    }

    public static List<Suggestion> suggest(Document document, String text, Collection<Recommender> recommenders,
            Set<String> types, double minConfidence) {
        SuggestionInput input = SuggestionInput.of(document, text);
        List<Suggestion> all = new ArrayList<>();
        for (Recommender recommender : recommenders) {
            all.addAll(Suggestions.joinWithinSentences(recommender.suggest(input), text));
        }
        all.sort(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(Suggestions.TEXT_ORDER));
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : all) {
            if ((types == null || types.contains(s.typeId())) && s.confidence() >= minConfidence
                    && !decided(document, s) && kept.stream().noneMatch(k -> sameSpan(k, s))) {
                kept.add(s);
            }
        }
        kept.sort(Suggestions.TEXT_ORDER);
        return kept;
    }

    /** An existing annotation of the suggestion's type covers its span (overlap at least half of the shorter). */
    static boolean decided(Document document, Suggestion s) {
        for (Annotation a : document.getAnnotations()) {
            if (a.getType() != null && s.typeId().equals(a.getType().getId())
                    && matches(s, a.getBegin(), a.getEnd())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpan(Suggestion a, Suggestion b) {
        return a.typeId().equals(b.typeId()) && matches(a, b.begin(), b.end());
    }

    private static boolean matches(Suggestion s, int begin, int end) {
        int overlap = s.overlap(begin, end);
        return overlap > 0 && 2 * overlap >= Math.min(s.length(), end - begin);
    }

    /** A SUGGESTED annotation for {@code s}, ready to be added to the document (through a command in the editor). */
    public static Annotation toAnnotation(Suggestion s, String text, AnnotationType type) {
        Annotation annotation = AnnotationFactory.create(text, type, s.begin(), s.end(), s.recommender());
        annotation.setStatus(AnnotationStatus.SUGGESTED);
        annotation.setConfidence(s.confidence());
        annotation.setRecommender(s.recommender());
        annotation.setModified(new Date());
        return annotation;
    }
}
