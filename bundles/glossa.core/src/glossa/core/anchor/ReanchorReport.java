package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;

/**
 * The outcome of one re-anchoring: one {@link AnchorResult} per annotation, in document order. Applying it is a
 * separate step, either as one undoable EMF command ({@link #toCommand}) or directly ({@link #apply()}, for the
 * command line). Applying never removes an annotation: one that was not found keeps its quote, context, attributes
 * and memo, and is marked orphaned.
 */
public final class ReanchorReport {

    private final Document document;
    private final String newText;
    private final List<AnchorResult> results;

    ReanchorReport(Document document, String newText, List<AnchorResult> results) {
        this.document = Objects.requireNonNull(document);
        this.newText = Objects.requireNonNull(newText);
        this.results = Collections.unmodifiableList(new ArrayList<>(results));
    }

    public Document document() {
        return document;
    }

    /** The text the annotations were re-anchored on. */
    public String newText() {
        return newText;
    }

    public List<AnchorResult> results() {
        return results;
    }

    public int count(AnchorState state) {
        int n = 0;
        for (AnchorResult result : results) {
            if (result.state() == state) {
                n++;
            }
        }
        return n;
    }

    /** Counts per state, every state present (zero when none). */
    public Map<AnchorState, Integer> counts() {
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        for (AnchorState state : AnchorState.VALUES) {
            counts.put(state, count(state));
        }
        return counts;
    }

    /** The moved, fuzzy and orphaned results: what a review lists. */
    public List<AnchorResult> needingReview() {
        return results.stream().filter(r -> r.state() != AnchorState.EXACT).toList();
    }

    /** One feature change; the same list feeds the command and the direct application. */
    private record Change(EObject owner, EStructuralFeature feature, Object value) {
    }

    private List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        for (AnchorResult r : results) {
            Annotation a = r.annotation();
            if (r.state() == AnchorState.ORPHANED) {
                change(changes, a, Literals.ANNOTATION__BEGIN, r.newBegin());
                change(changes, a, Literals.ANNOTATION__END, r.newEnd());
                if (a.getStatus() != AnnotationStatus.REJECTED) { // an adjudication outlives a lost anchor
                    change(changes, a, Literals.ANNOTATION__STATUS, AnnotationStatus.ORPHANED);
                }
            } else {
                change(changes, a, Literals.ANNOTATION__BEGIN, r.newBegin());
                change(changes, a, Literals.ANNOTATION__END, r.newEnd());
                change(changes, a, Literals.ANNOTATION__QUOTE, r.newQuote());
                change(changes, a, Literals.ANNOTATION__PREFIX, AnnotationFactory.prefixOf(newText, r.newBegin()));
                change(changes, a, Literals.ANNOTATION__SUFFIX, AnnotationFactory.suffixOf(newText, r.newEnd()));
                if (a.getStatus() == AnnotationStatus.ORPHANED) {
                    // Found again: a fuzzy place still wants the analyst's word.
                    change(changes, a, Literals.ANNOTATION__STATUS,
                            r.state() == AnchorState.FUZZY ? AnnotationStatus.SUGGESTED : AnnotationStatus.CONFIRMED);
                }
            }
            change(changes, a, Literals.ANNOTATION__ANCHOR, r.state());
            change(changes, a, Literals.ANNOTATION__ANCHOR_SCORE, r.score());
        }
        change(changes, document, Literals.DOCUMENT__CONTENT_HASH, Reanchoring.contentHash(newText));
        return changes;
    }

    private static void change(List<Change> changes, EObject owner, EStructuralFeature feature, Object value) {
        if (!Objects.equals(owner.eGet(feature), value)) {
            changes.add(new Change(owner, feature, value));
        }
    }

    /** Whether applying would change anything at all. */
    public boolean hasChanges() {
        return !changes().isEmpty();
    }

    /**
     * The whole re-anchoring as one command for {@code domain}'s command stack, so that one undo restores every
     * offset, quote, context and state. Returns an empty (not executable) compound when nothing changes.
     */
    public Command toCommand(EditingDomain domain) {
        CompoundCommand compound = new CompoundCommand("Re-anchor annotations",
                "Re-anchor " + results.size() + " annotations on the changed text");
        for (Change c : changes()) {
            compound.append(new SetCommand(domain, c.owner(), c.feature(), c.value()));
        }
        return compound;
    }

    /** Applies the results directly, without a command stack (the command line, loading). */
    public void apply() {
        for (Change c : changes()) {
            c.owner().eSet(c.feature(), c.value());
        }
    }
}
