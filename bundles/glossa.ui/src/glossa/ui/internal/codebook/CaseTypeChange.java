package glossa.ui.internal.codebook;

import glossa.model.Codebook;

/**
 * One edit of a case's shared codebook made from the Codebook view with no article open, found by type id so that it
 * stays valid whatever objects the codebook holds. {@link CaseCodebookOperation} runs it inside
 * {@code CaseCodebook.edit}, so the open articles of the case follow both ways. A change can only be taken back while
 * the codebook still shows it (nobody changed the field, the place or the type since), so an undo never overwrites
 * a later edit made elsewhere.
 */
public interface CaseTypeChange {

    /** The label of the undo step. */
    String label();

    boolean canApply(Codebook codebook);

    void apply(Codebook codebook);

    boolean canRevert(Codebook codebook);

    void revert(Codebook codebook);

    /** The step left the undo history. */
    default void dispose() {
    }
}
