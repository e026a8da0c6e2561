package glossa.suggest;

import java.util.ArrayList;
import java.util.List;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * One article's decisions for training: its text and sections, the analyst's confirmed and rejected spans, and how far
 * the analyst has coded ({@code codedUntil}): an uncoded clause before that point is taken as "none of the types".
 */
public record TrainingArticle(SuggestionInput input, List<LabeledSpan> spans, int codedUntil) {

    /** The confirmed and rejected annotations of a document (suggestions still open are left out). */
    public static TrainingArticle of(Document document, String text) {
        List<LabeledSpan> spans = new ArrayList<>();
        int until = 0;
        for (Annotation a : document.getAnnotations()) {
            if (a.getType() == null || a.getEnd() <= a.getBegin() || a.getEnd() > text.length()) {
                continue;
            }
            if (a.getStatus() == AnnotationStatus.CONFIRMED || a.getStatus() == AnnotationStatus.REJECTED) {
                boolean rejected = a.getStatus() == AnnotationStatus.REJECTED;
                spans.add(new LabeledSpan(a.getType().getId(), a.getBegin(), a.getEnd(), rejected));
                if (!rejected) {
                    until = Math.max(until, a.getEnd());
                }
            }
        }
        return new TrainingArticle(SuggestionInput.of(document, text), spans, until);
    }

    public long confirmedCount() {
        return spans.stream().filter(s -> !s.rejected()).count();
    }
}
