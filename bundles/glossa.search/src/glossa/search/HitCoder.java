package glossa.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage;

/**
 * Codes hits of one article as a type: each hit's unit ({@link CodingUnit}) becomes a confirmed annotation, or a
 * suggestion for the analyst to accept or reject. A unit already annotated with the type (same span, not rejected) is
 * not annotated twice, nor is a unit two hits share; a suggestion is not made again where the analyst rejected one.
 * A hit whose text is no longer at its offsets (the article changed since the search) is skipped.
 */
public final class HitCoder {

    /** The recommender id of suggestions made from search hits. */
    public static final String RECOMMENDER = "search";

    /** The annotations to add, and how many hits were left out because the text moved. */
    public record Plan(List<Annotation> annotations, int alreadyCoded, int stale) {
    }

    private HitCoder() {
    }

    /** Plans confirmed annotations. */
    public static Plan plan(AnnotatedArticle article, AnnotationType type, Collection<SearchHit> hits, CodingUnit unit,
            String author) {
        return plan(article, type, hits, unit, author, false);
    }

    /**
     * Plans annotations for the hits: confirmed ones, or when {@code suggest} suggestions (status SUGGESTED,
     * confidence 1, recommender {@value #RECOMMENDER}).
     */
    public static Plan plan(AnnotatedArticle article, AnnotationType type, Collection<SearchHit> hits, CodingUnit unit,
            String author, boolean suggest) {
        String text = article.text();
        List<int[]> spans = new ArrayList<>();
        for (Annotation existing : article.document().getAnnotations()) {
            if (existing.getType() == type && existing.getStatus() != AnnotationStatus.ORPHANED
                    && (suggest || existing.getStatus() != AnnotationStatus.REJECTED)) {
                spans.add(new int[] { existing.getBegin(), existing.getEnd() });
            }
        }
        int existingCount = spans.size();
        List<Annotation> added = new ArrayList<>();
        int already = 0;
        int stale = 0;
        for (SearchHit hit : hits) {
            if (hit.end() > text.length() || !text.substring(hit.begin(), hit.end()).equals(hit.hit())) {
                stale++;
                continue;
            }
            int[] span = unit.span(text, hit.begin(), hit.end());
            if (span[0] == span[1]) {
                stale++;
                continue;
            }
            int seen = indexOf(spans, span);
            if (seen >= 0) {
                if (seen < existingCount) {
                    already++;
                }
                continue;
            }
            spans.add(span);
            Annotation annotation = AnnotationFactory.create(text, type, span[0], span[1], author);
            if (suggest) {
                annotation.setStatus(AnnotationStatus.SUGGESTED);
                annotation.setConfidence(1.0);
                annotation.setRecommender(RECOMMENDER);
            }
            added.add(annotation);
        }
        return new Plan(added, already, stale);
    }

    private static int indexOf(List<int[]> spans, int[] span) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i)[0] == span[0] && spans.get(i)[1] == span[1]) {
                return i;
            }
        }
        return -1;
    }

    /** The plan's annotations added to the document in one undoable step named {@code label}. */
    public static Command command(EditingDomain domain, Document document, Plan plan, String label) {
        if (plan.annotations().isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        AddCommand add = new AddCommand(domain, document, GlossaPackage.Literals.DOCUMENT__ANNOTATIONS,
                plan.annotations());
        add.setLabel(label);
        return add;
    }
}
