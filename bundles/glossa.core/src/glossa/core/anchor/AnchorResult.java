package glossa.core.anchor;

import glossa.model.AnchorState;
import glossa.model.Annotation;

/**
 * Where one annotation went: its state, its old and new span, how sure the match is and the old and new text, so
 * that a review can show them side by side.
 *
 * @param annotation the annotation (not yet changed; see {@link ReanchorReport#apply()})
 * @param state      EXACT (old place, same text), MOVED (same text elsewhere, or the same text written with
 *                   equivalent punctuation or whitespace), FUZZY (similar text) or ORPHANED (not found)
 * @param oldBegin   begin before re-anchoring
 * @param oldEnd     end before re-anchoring
 * @param newBegin   new begin; for an orphan, the clamped old begin
 * @param newEnd     new end; for an orphan equal to {@code newBegin}
 * @param score      1 for EXACT and MOVED; for FUZZY a similarity in (0, 1) weighing the quote (mostly) and its
 *                   context; 0 for ORPHANED
 * @param oldQuote   the quote the annotation was made on
 * @param newQuote   the text at the new place; null for an orphan
 * @param reason     why an annotation was orphaned when that is worth telling the analyst (for example
 *                   "ambiguous: 2 candidates": the quote was found more than once and nothing told the places apart);
 *                   null otherwise
 */
public record AnchorResult(Annotation annotation, AnchorState state, int oldBegin, int oldEnd, int newBegin, int newEnd,
        double score, String oldQuote, String newQuote, String reason) {

    /** Prefix of {@link #reason} for an annotation orphaned because several places fit about equally well. */
    public static final String AMBIGUOUS = "ambiguous";

    /** A result without a reason. */
    public AnchorResult(Annotation annotation, AnchorState state, int oldBegin, int oldEnd, int newBegin, int newEnd,
            double score, String oldQuote, String newQuote) {
        this(annotation, state, oldBegin, oldEnd, newBegin, newEnd, score, oldQuote, newQuote, null);
    }

    /** The reason for an annotation orphaned among {@code candidates} equally good places. */
    static String ambiguous(int candidates) {
        return AMBIGUOUS + ": " + candidates + " candidates";
    }

    /** Whether this annotation was orphaned because several places fit about equally well. */
    public boolean isAmbiguous() {
        return reason != null && reason.startsWith(AMBIGUOUS);
    }

    /** Whether applying this result changes the annotation's span or text. */
    public boolean spanChanged() {
        return oldBegin != newBegin || oldEnd != newEnd || (newQuote != null && !newQuote.equals(oldQuote));
    }
}
