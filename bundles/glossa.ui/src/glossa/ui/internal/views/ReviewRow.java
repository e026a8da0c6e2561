package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.ReanchorReport;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * One line of the Re-anchoring review: an annotation that is not (or no longer) exactly anchored, with the quote it
 * was made on and the text it now covers.
 *
 * @param oldQuote the quote before the re-anchoring (from its report), else the annotation's quote
 * @param newText  the text now under the annotation; empty for an orphan
 * @param reason   why the last re-anchoring orphaned it when that is worth telling (e.g. "ambiguous: 2 candidates"),
 *                 else null
 */
public record ReviewRow(Annotation annotation, AnchorState state, double score, String oldQuote, String newText,
        String reason) {

    /** Whether an annotation wants the analyst's review: anchor MOVED/FUZZY/ORPHANED, or status ORPHANED. */
    public static boolean needsReview(Annotation a) {
        return a.getAnchor() != AnchorState.EXACT || a.getStatus() == AnnotationStatus.ORPHANED;
    }

    /**
     * The rows of a document: the last re-anchoring's results whose annotations still need review (in its order,
     * with their old quotes), then any other annotation of the document that needs review.
     */
    public static List<ReviewRow> of(Document document, String text, ReanchorReport last) {
        List<ReviewRow> rows = new ArrayList<>();
        Set<Annotation> listed = new HashSet<>();
        if (last != null && last.document() == document) {
            for (AnchorResult r : last.needingReview()) {
                Annotation a = r.annotation();
                if (a.eContainer() == document && needsReview(a) && listed.add(a)) {
                    rows.add(new ReviewRow(a, stateOf(a), a.getAnchorScore(), r.oldQuote(), textOf(a, text),
                            r.reason()));
                }
            }
        }
        for (Annotation a : document.getAnnotations()) {
            if (needsReview(a) && listed.add(a)) {
                rows.add(new ReviewRow(a, stateOf(a), a.getAnchorScore(), a.getQuote(), textOf(a, text), null));
            }
        }
        return rows;
    }

    private static AnchorState stateOf(Annotation a) {
        return a.getStatus() == AnnotationStatus.ORPHANED ? AnchorState.ORPHANED : a.getAnchor();
    }

    private static String textOf(Annotation a, String text) {
        if (a.getStatus() == AnnotationStatus.ORPHANED || a.getBegin() < 0 || a.getEnd() > text.length()
                || a.getBegin() >= a.getEnd()) {
            return "";
        }
        return text.substring(a.getBegin(), a.getEnd());
    }
}
