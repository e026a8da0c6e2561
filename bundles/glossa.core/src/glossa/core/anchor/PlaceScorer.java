package glossa.core.anchor;

import glossa.model.Section;

/**
 * Scores the places found for one annotation: agreement of the text around them with the stored prefix and suffix,
 * closeness to where the annotation is expected, and membership of the section it was in.
 */
final class PlaceScorer {

    static final double W_CONTEXT = 0.5;
    static final double W_POSITION = 0.3;
    static final double W_SECTION = 0.2;

    /** Weights of an approximate place: the similarity of its text to the quote counts most. */
    static final double A_SIMILARITY = 0.5;
    static final double A_CONTEXT = 0.3;
    static final double A_POSITION = 0.12;
    static final double A_SECTION = 0.08;

    /** A stored side this long (folded) is full evidence; a shorter one, cut by the start or end of the text, less. */
    private static final double FULL_SIDE = 10;

    final String pattern;
    final double[] expected;
    private final NormalizedText folded;
    private final SectionMap sections;
    private final Section section;
    private final double positionScale;
    private final SideMatcher prefix;
    private final SideMatcher suffix;

    /**
     * @param prefix the annotation's prefix, already set ({@link SideMatcher#setSide})
     * @param suffix the annotation's suffix, already set
     */
    PlaceScorer(NormalizedText folded, SectionMap sections, double positionScale, String pattern, SideMatcher prefix,
            SideMatcher suffix, double[] expected, Section section) {
        this.folded = folded;
        this.sections = sections;
        this.positionScale = positionScale;
        this.pattern = pattern;
        this.prefix = prefix;
        this.suffix = suffix;
        this.expected = expected;
        this.section = section;
    }

    static double upperBound(double position) {
        return W_CONTEXT + W_POSITION * position + W_SECTION;
    }

    /** Distance in characters to the nearest expected place. */
    double offBy(int realBegin) {
        double best = Double.MAX_VALUE;
        for (double e : expected) {
            best = Math.min(best, Math.abs(realBegin - e));
        }
        return best;
    }

    /** 0..1 closeness to the expected places; a less trusted expectation counts for less. */
    double position(int realBegin) {
        double best = 0;
        for (int i = 0; i < expected.length; i++) {
            double trust = 1 - 0.15 * (expected.length - 1 - i);
            best = Math.max(best, trust / (1 + Math.abs(realBegin - expected[i]) / positionScale));
        }
        return best;
    }

    Candidate exact(int start, int end) {
        int realBegin = folded.realBegin(start);
        double context = context(start, end);
        double total = W_CONTEXT * context + W_POSITION * position(realBegin)
                + W_SECTION * sections.membership(section, realBegin);
        return new Candidate(start, end, 0, context, total, offBy(realBegin));
    }

    Candidate approximate(int start, int end, int distance) {
        int realBegin = folded.realBegin(start);
        double similarity = 1 - (double) distance / pattern.length();
        double context = context(start, end);
        double total = A_SIMILARITY * similarity + A_CONTEXT * context + A_POSITION * position(realBegin)
                + A_SECTION * sections.membership(section, realBegin);
        return new Candidate(start, end, distance, context, total, offBy(realBegin));
    }

    /**
     * 0..1: how well the text around {@code start..end} agrees with the stored prefix and suffix. Each side is scored
     * on its own, above its chance level; the better side dominates, and the other only adds. A side rewritten since
     * (or cut off by the start or end of the text) is missing evidence, not evidence against.
     */
    double context(int start, int end) {
        double before = prefix.evidence(folded, start) * reliability(prefix);
        double after = suffix.evidence(folded, end) * reliability(suffix);
        double high = Math.max(before, after);
        double low = Math.min(before, after);
        return high + 0.5 * low * (1 - high);
    }

    /** 0..1: the weaker side's agreement; a place confirmed by both sides needs no comparison with others. */
    double bothSides(int start, int end) {
        return Math.min(prefix.evidence(folded, start) * reliability(prefix),
                suffix.evidence(folded, end) * reliability(suffix));
    }

    private static double reliability(SideMatcher side) {
        return Math.min(1, side.length() / FULL_SIDE);
    }
}
