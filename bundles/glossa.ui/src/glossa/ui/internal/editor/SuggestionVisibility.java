package glossa.ui.internal.editor;

import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

/**
 * What the editor paints: what the filter lets through, except rejected suggestions, which are hidden unless the
 * filter asks for status "rejected" explicitly. A rejected suggestion stays in the sidecar (so it is never proposed
 * again) but is noise on the page; a coder's rejected coding from an adjudication (no recommender) stays visible.
 */
public final class SuggestionVisibility {

    private SuggestionVisibility() {
    }

    public static boolean shows(AnnotationFilter filter, Annotation annotation) {
        return filter.test(annotation) && (!isRejectedSuggestion(annotation)
                || filter.statuses().contains(AnnotationStatus.REJECTED));
    }

    public static boolean isRejectedSuggestion(Annotation annotation) {
        return annotation.getStatus() == AnnotationStatus.REJECTED && annotation.getRecommender() != null
                && !annotation.getRecommender().isEmpty();
    }
}
