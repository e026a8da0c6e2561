package glossa.ui.internal.views;

import java.util.Set;

import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.SortKey;
import glossa.model.AnnotationStatus;

/**
 * What the Annotations view's Suggestions Only toggle changes: the rows are the filter's suggestions (the toggle takes
 * the place of the filter's status choice, for this view only; the editor keeps the filter as it is), and they are
 * first sorted by confidence, most confident first; equal confidences keep document order.
 */
final class SuggestionsOnly {

    static final SortKey BY_CONFIDENCE = SortKey.of(AnnotationColumn.CONFIDENCE, false);

    private SuggestionsOnly() {
    }

    /** The filter's types, authors and text, with suggestions as the only status. */
    static AnnotationFilter narrow(AnnotationFilter filter) {
        return new AnnotationFilter(filter.hiddenTypes(), Set.of(AnnotationStatus.SUGGESTED), filter.authors(),
                filter.text());
    }
}
