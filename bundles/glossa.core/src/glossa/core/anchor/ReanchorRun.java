package glossa.core.anchor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.model.Annotation;
import glossa.model.Section;

/**
 * The state of one {@link Reanchorer} run over a new text: the folded and indexed text, the sections found again, the
 * displacement the placements so far predict, and what {@link ClaimCheck} took back. {@link Reanchorer} itself stays
 * stateless and reusable.
 */
final class ReanchorRun {

    private static final int MAX_OCCURRENCES = 100_000;

    final String newText;
    final NormalizedText folded;
    final QGramIndex index;
    final SectionMap sections;
    final double scale;
    final double positionScale;
    final MyersMatcher myers = new MyersMatcher();
    final SideMatcher prefix = new SideMatcher(true);
    final SideMatcher suffix = new SideMatcher(false);
    final Map<String, int[]> occurrencesByQuote = new HashMap<>();
    /** How far each placed annotation landed from where it was expected (characters), for {@link ClaimCheck}. */
    final Map<Object, Double> offBy = new HashMap<>();
    /**
     * The same, measured from the places that do not depend on earlier placements (the old offset scaled, the
     * section's shift): a chain of placements on another use of their words cannot make these look right.
     */
    final Map<Object, Double> offByOwn = new HashMap<>();
    int lastDelta;
    Section lastSection;
    boolean hasLast;
    /** Annotations whose placement gave way to another's: they no longer predict the next displacement. */
    final Set<Annotation> muted = new HashSet<>();
    /** The places (folded begin, end) each of them gave way on, not to be taken again. */
    final Map<Annotation, List<int[]>> lost = new HashMap<>();
    /** The lost places of the annotation being placed (empty for most). */
    List<int[]> excluded = List.of();

    boolean isExcluded(int start, int end) {
        for (int[] place : excluded) {
            if (start < place[1] && place[0] < end) {
                return true;
            }
        }
        return false;
    }

    ReanchorRun(String newText, List<Section> oldSections, String oldText) {
        this.newText = newText;
        this.folded = NormalizedText.of(newText);
        this.index = new QGramIndex(folded);
        int oldLength = oldText != null ? oldText.length() : estimateOldLength(oldSections, newText.length());
        this.scale = oldLength == 0 ? 1 : (double) newText.length() / oldLength;
        this.sections = new SectionMap(oldSections, folded, index, newText.length(), scale);
        this.positionScale = Math.max(200, newText.length() * 0.01);
    }

    int[] occurrences(String foldedQuote) {
        return occurrencesByQuote.computeIfAbsent(foldedQuote, q -> index.occurrences(q, MAX_OCCURRENCES));
    }

    /** Without the old text, the old length is at least the end of the last section or annotation. */
    private static int estimateOldLength(List<Section> oldSections, int fallback) {
        int max = 0;
        for (Section section : oldSections) {
            max = Math.max(max, section.getEnd());
        }
        return max > 0 ? max : fallback;
    }

    Prediction prediction() {
        return new Prediction(lastDelta, lastSection, hasLast);
    }

    /** What the placements so far predict for the next annotation, saved so that a later round can start there. */
    record Prediction(int lastDelta, Section lastSection, boolean hasLast) {
        void restore(ReanchorRun run) {
            run.lastDelta = lastDelta;
            run.lastSection = lastSection;
            run.hasLast = hasLast;
        }
    }
}
