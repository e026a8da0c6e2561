package glossa.core.anchor;

/**
 * A place found for one annotation, in folded coordinates.
 *
 * @param distance edits between the quote and the text here (0 for an exact occurrence)
 * @param context  0..1 evidence from the stored prefix and suffix ({@link PlaceScorer#context})
 * @param total    the score that ranks the places of one annotation
 * @param offBy    characters to the nearest expected place
 */
record Candidate(int start, int end, int distance, double context, double total, double offBy) {

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
