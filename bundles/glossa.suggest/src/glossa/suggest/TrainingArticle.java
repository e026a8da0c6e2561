package glossa.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.Section;

/**
 * One article's decisions for training: its text and sections, the analyst's confirmed and rejected spans, and how far
 * the analyst has coded ({@code codedUntil}): an uncoded clause before that point is taken as "none of the types".
 */
public record TrainingArticle(SuggestionInput input, List<LabeledSpan> spans, int codedUntil) {

    /** The confirmed and rejected annotations of a document (suggestions still open are left out). */
    public static TrainingArticle of(Document document, String text) {
        return of(document, text, SuggestionInput.of(document, text));
    }

    /**
     * As {@link #of(Document, String)}, but on copies of the sections, so that keeping the result does not keep the
     * document and all its annotations in memory (for articles of the case held between trainings).
     */
    public static TrainingArticle detached(Document document, String text) {
        List<Section> sections = new ArrayList<>(EcoreUtil.copyAll(document.getSections()));
        return of(document, text, new SuggestionInput(text, new SectionIndex(sections)));
    }

    private static TrainingArticle of(Document document, String text, SuggestionInput input) {
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
        return new TrainingArticle(input, List.copyOf(spans), until);
    }

    public long confirmedCount() {
        return spans.stream().filter(s -> !s.rejected()).count();
    }
}
