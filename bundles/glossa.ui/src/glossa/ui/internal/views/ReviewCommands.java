package glossa.ui.internal.views;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.annotations.Spans;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.internal.nls.Messages;

/** The review's changes, each one command for the editor's undo history. */
public final class ReviewCommands {

    private ReviewCommands() {
    }

    /**
     * Accepts a fuzzy (or moved) anchor: the text now under the annotation becomes its quote, with new context; status
     * CONFIRMED, anchor EXACT. Null when the annotation covers no text (an orphan: re-place it instead).
     */
    public static Command accept(EditingDomain domain, Annotation a, String text) {
        if (a.getStatus() == AnnotationStatus.ORPHANED || a.getBegin() < 0 || a.getEnd() > text.length()
                || a.getBegin() >= a.getEnd()) {
            return null;
        }
        return place(domain, a, text, a.getBegin(), a.getEnd(), Messages.Review_acceptCommand);
    }

    /**
     * Re-places an annotation (typically an orphan) on the analyst's selection, snapped and trimmed like a new
     * annotation (the span rules of {@link AnnotationFactory#setSpan}). Null when the selection holds no text.
     */
    public static Command replace(EditingDomain domain, Annotation a, String text, int begin, int end) {
        int[] span = Spans.normalize(text, begin, end);
        if (span[0] >= span[1]) {
            return null;
        }
        return place(domain, a, text, span[0], span[1], Messages.Review_replaceTitle);
    }

    private static Command place(EditingDomain domain, Annotation a, String text, int begin, int end, String label) {
        CompoundCommand c = new CompoundCommand(label);
        set(c, domain, a, Literals.ANNOTATION__BEGIN, begin);
        set(c, domain, a, Literals.ANNOTATION__END, end);
        set(c, domain, a, Literals.ANNOTATION__QUOTE, text.substring(begin, end));
        set(c, domain, a, Literals.ANNOTATION__PREFIX, AnnotationFactory.prefixOf(text, begin));
        set(c, domain, a, Literals.ANNOTATION__SUFFIX, AnnotationFactory.suffixOf(text, end));
        set(c, domain, a, Literals.ANNOTATION__STATUS, AnnotationStatus.CONFIRMED);
        set(c, domain, a, Literals.ANNOTATION__ANCHOR, AnchorState.EXACT);
        set(c, domain, a, Literals.ANNOTATION__ANCHOR_SCORE, 1.0);
        return c;
    }

    private static void set(CompoundCommand c, EditingDomain domain, Annotation a, EStructuralFeature f, Object v) {
        if (!java.util.Objects.equals(a.eGet(f), v)) {
            c.append(SetCommand.create(domain, a, f, v));
        }
    }
}
