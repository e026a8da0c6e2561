package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Section;

/**
 * Finds each annotation of a document again in a new revision of its text. Every annotation is tried in this order:
 * <ol>
 * <li>its old place, if the text there still equals its quote: {@link AnchorState#EXACT};</li>
 * <li>every exact occurrence of its quote (folded by {@link NormalizedText}, so full-/half-width punctuation and
 * whitespace do not matter), the best chosen by prefix/suffix context, closeness to where it is expected, and
 * membership of the section it was in: {@link AnchorState#MOVED};</li>
 * <li>approximate occurrences within an error budget of {@link #MAX_EDIT_RATE} of the quote's length (bit-parallel
 * Myers), first near the expected place, then anywhere, scored by quote similarity, context and position:
 * {@link AnchorState#FUZZY};</li>
 * <li>otherwise {@link AnchorState#ORPHANED}: the annotation keeps its quote, attributes and memo.</li>
 * </ol>
 * The computation changes nothing; {@link ReanchorReport} applies the results, as one undoable command or directly.
 *
 * <p>Cost: the new text is folded and indexed by 4-grams once (O(n log n)); each distinct quote is looked up once;
 * approximate search scans a window around the expected place and, only when that fails, the regions of the text
 * that share an exact piece with the quote (by the pigeonhole principle every match within k edits does).</p>
 */
public final class Reanchorer {

    /** Error budget of the approximate search: at most this fraction of the quote's characters may differ. */
    public static final double MAX_EDIT_RATE = 0.2;

    /** Quotes shorter than this (folded) are found exactly or not at all: a few edits make any short text match. */
    public static final int MIN_FUZZY_LENGTH = 8;

    /** Characters searched on each side of the expected place before the whole text is searched. */
    private static final int WINDOW = 2048;

    /**
     * Agreement of each side (0..1, above chance) that confirms an unchanged quote at its old place without looking
     * elsewhere. High, because a twin sentence in a near-identical frame (the same words in a sibling section) may
     * now stand at the old offsets; anything less is settled by comparing every occurrence.
     */
    private static final double EXACT_CONTEXT = 0.8;

    /** A candidate this close (characters) to where the annotation is expected needs no further support. */
    private static final int NEAR = 16;

    /** Context agreement above which a placement is trusted to predict the displacement of the next annotation. */
    private static final double CONFIDENT_CONTEXT = 0.45;

    /** Characters searched on each side of the expected place for an edited remnant of the quote. */
    private static final int VARIANT_WINDOW = 128;

    /**
     * Edits a remnant may have: more than a placement may, because a remnant only has to show that the quote's own
     * sentence is still there, edited beyond recognition as the same quote.
     */
    private static final double VARIANT_EDIT_RATE = 0.3;

    /** What each edited character (as a share of the quote) costs a remnant against an exact occurrence. */
    private static final double VARIANT_EDIT_COST = 0.25;

    /**
     * Context (0..1, above chance) a single remaining occurrence needs when it is neither near where the annotation is
     * expected nor long enough to be unmistakable: short quotes (under 12 characters) need more.
     */
    private static final double ACCEPT_SHORT = 0.2;
    private static final double ACCEPT_LONG = 0.15;
    /** Context needed within 64 characters of the expected place. */
    private static final double ACCEPT_NEAR = 0.15;
    private static final int MAX_OCCURRENCES = 100_000;
    private static final int MAX_FUZZY_HITS = 256;

    /**
     * The best place must beat every other place (not overlapping it) by this much of the total score; otherwise the
     * annotation is orphaned as ambiguous. A wrong place is worse than none: the analyst sees an orphan, but not a
     * highlight on the wrong sentence.
     */
    static final double MARGIN = 0.08;

    /**
     * The best of an annotation's places, how many others come within {@link #MARGIN} of it, and whether its context
     * is its own: no other place has about as good a context (a repeated sentence), so that its displacement may
     * predict the next annotation's.
     */
    private record Ranked(Candidate best, int rivals, boolean distinct) {
    }

    /** Another place whose context comes this close to the best's makes the best's displacement no evidence. */
    private static final double CONTEXT_TWIN = 0.15;

    /** Up to this many occurrences, all are checked for a twin context; beyond, only the ones scored. */
    private static final int TWIN_CHECK_LIMIT = 16;

    /** The state of one run; the public class stays stateless and reusable. */
    private static final class Run {
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

        Run(String newText, List<Section> oldSections, String oldText) {
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
    }

    /** Without the old text, the old length is at least the end of the last section or annotation. */
    private static int estimateOldLength(List<Section> oldSections, int fallback) {
        int max = 0;
        for (Section section : oldSections) {
            max = Math.max(max, section.getEnd());
        }
        return max > 0 ? max : fallback;
    }

    /**
     * Re-anchors every annotation of {@code document} on {@code newText}. Does not modify the document.
     *
     * @param oldText the text the annotations were made on, if still known (improves the expected positions); may be
     *                null
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public ReanchorReport reanchor(String newText, Document document, String oldText, IProgressMonitor monitor) {
        return reanchor(newText, document, document.getSections(), oldText, monitor);
    }

    /**
     * As {@link #reanchor(String, Document, String, IProgressMonitor)}, with the section tree the annotations were
     * made on given separately: loading detects the new text's sections into the document, and keeps the old tree
     * (detached) for this call, so that section membership still helps.
     *
     * @param oldSections top-level sections of the old text (read only; may be detached from the document)
     */
    public ReanchorReport reanchor(String newText, Document document, List<Section> oldSections, String oldText,
            IProgressMonitor monitor) {
        Objects.requireNonNull(newText);
        Objects.requireNonNull(document);
        Objects.requireNonNull(oldSections);
        List<Annotation> annotations = List.copyOf(document.getAnnotations());
        // Not SubMonitor: its tracing hooks need org.eclipse.osgi, which the plain-class-path command line lacks.
        IProgressMonitor progress = monitor != null ? monitor : new NullProgressMonitor();
        progress.beginTask("Re-anchoring annotations", annotations.size() + 10);
        Run run = new Run(newText, oldSections, oldText);
        progress.worked(10);

        // In old-text order, so the displacement of one annotation predicts the next one's.
        Annotation[] ordered = annotations.toArray(Annotation[]::new);
        Arrays.sort(ordered, Comparator.comparingInt(Annotation::getBegin));
        Map<Annotation, AnchorResult> results = new HashMap<>(annotations.size() * 2);
        Prediction[] before = new Prediction[ordered.length];
        place(run, ordered, 0, results, before, progress);
        progress.done();
        Set<AnchorResult> losers = Set.of();
        for (int round = 0; round <= RETRIES; round++) {
            losers = ClaimCheck.losers(new ArrayList<>(results.values()), run.offBy, run.offByOwn,
                    r -> run.sections.sectionAt(r.oldBegin()));
            int from = ordered.length;
            for (int i = 0; i < ordered.length; i++) {
                AnchorResult r = results.get(ordered[i]);
                if (losers.contains(r)) {
                    run.muted.add(ordered[i]);
                    run.lost.computeIfAbsent(ordered[i], a -> new ArrayList<>()).add(new int[] {
                            run.folded.foldedIndexAtOrAfter(r.newBegin()), run.folded.foldedIndexAtOrAfter(r.newEnd()) });
                    from = Math.min(from, i);
                }
            }
            if (from == ordered.length || round == RETRIES) {
                break;
            }
            // A placement that gives way was on another use of its words; the displacement it predicted led the
            // annotations after it astray. Place them again from there, as if it had never predicted anything, and
            // the ones that gave way anywhere but where they lost.
            before[from].restore(run);
            place(run, ordered, from, results, before, null);
        }
        for (AnchorResult loser : losers) {
            results.put(loser.annotation(), orphan(run, loser.annotation(), ClaimCheck.REASON));
        }
        List<AnchorResult> inDocumentOrder = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            inDocumentOrder.add(results.get(annotation));
        }
        return new ReanchorReport(document, newText, inDocumentOrder);
    }

    /** Rounds of placing again after {@link ClaimCheck} found placements on another use of their words. */
    private static final int RETRIES = 2;

    /** What the placements so far predict for the next annotation, saved so that a later round can start there. */
    private record Prediction(int lastDelta, Section lastSection, boolean hasLast) {
        void restore(Run run) {
            run.lastDelta = lastDelta;
            run.lastSection = lastSection;
            run.hasLast = hasLast;
        }
    }

    private void place(Run run, Annotation[] ordered, int from, Map<Annotation, AnchorResult> results,
            Prediction[] before, IProgressMonitor progress) {
        for (int i = from; i < ordered.length; i++) {
            if (progress != null && (i & 127) == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            before[i] = new Prediction(run.lastDelta, run.lastSection, run.hasLast);
            run.excluded = run.lost.getOrDefault(ordered[i], List.of());
            results.put(ordered[i], anchor(run, ordered[i]));
            if (progress != null) {
                progress.worked(1);
            }
        }
    }

    private AnchorResult anchor(Run run, Annotation annotation) {
        int oldBegin = annotation.getBegin();
        int oldEnd = annotation.getEnd();
        String quote = annotation.getQuote();
        String text = run.newText;
        if (quote == null || quote.isEmpty()) {
            return orphan(run, annotation, null);
        }
        Section section = run.sections.sectionAt(oldBegin);
        String pattern = NormalizedText.fold(quote);
        if (pattern.isEmpty()) {
            return orphan(run, annotation, null);
        }
        run.prefix.setSide(NormalizedText.fold(nullToEmpty(annotation.getPrefix())), run.folded);
        run.suffix.setSide(NormalizedText.fold(nullToEmpty(annotation.getSuffix())), run.folded);
        double[] expected = expectedPositions(run, oldBegin, section);
        PlaceScorer scorer = new PlaceScorer(run.folded, run.sections, run.positionScale, pattern, run.prefix,
                run.suffix, expected, section);

        boolean unchangedHere = oldBegin >= 0 && oldEnd == oldBegin + quote.length() && oldEnd <= text.length()
                && text.startsWith(quote, oldBegin);
        if (unchangedHere && run.excluded.isEmpty()) {
            // Same text at the same place, and neither side of its context disagrees (a pasted copy, or a twin
            // sentence that now stands where this one stood, would differ on one side): that is it.
            int start = run.folded.foldedIndexAtOrAfter(oldBegin);
            if (scorer.bothSides(start, start + pattern.length()) >= EXACT_CONTEXT) {
                remember(run, section, 0);
                run.offBy.put(annotation, 0.0);
                run.offByOwn.put(annotation, 0.0);
                return new AnchorResult(annotation, AnchorState.EXACT, oldBegin, oldEnd, oldBegin, oldEnd, 1, quote, quote);
            }
        }

        Ranked ranked = bestExact(run, scorer);
        Candidate moved = ranked == null ? null : ranked.best();
        boolean exactCopiesRejected = false;
        if (moved != null) {
            int rivals = ranked.rivals();
            Candidate variant = moved.offBy() > NEAR ? nearbyVariant(run, scorer, moved) : null;
            if (variant != null && variant.total() > moved.total() + MARGIN && pattern.length() >= MIN_FUZZY_LENGTH) {
                // The annotation's own text, edited, is still where it was: the distant copy is another use, and
                // the approximate search must not bring it back.
                moved = null;
                exactCopiesRejected = true;
            } else if (variant != null && variant.total() >= moved.total() - MARGIN) {
                rivals++;
            }
            if (rivals > 0) {
                return orphan(run, annotation, AnchorResult.ambiguous(rivals + 1));
            }
        }
        if (moved != null && acceptExact(pattern.length(), moved)) {
            boolean same = unchangedHere && run.folded.realBegin(moved.start()) == oldBegin;
            return placed(run, annotation, section, same ? AnchorState.EXACT : AnchorState.MOVED, moved, 1,
                    ranked.distinct());
        }
        if (pattern.length() >= MIN_FUZZY_LENGTH) {
            Candidate fuzzy = bestApproximate(run, scorer, exactCopiesRejected);
            if (fuzzy != null) {
                double score = Math.min(0.99, 0.8 * (1 - (double) fuzzy.distance() / pattern.length())
                        + 0.2 * fuzzy.context());
                return placed(run, annotation, section, AnchorState.FUZZY, fuzzy, score, true);
            }
        }
        return orphan(run, annotation, null);
    }

    /**
     * An exact occurrence is the annotation's text when its context agrees, or when the quote is long enough to be
     * unmistakable. A short quote whose paragraph was deleted must not jump to another use of the same phrase.
     */
    private static boolean acceptExact(int length, Candidate candidate) {
        if (length >= 20 || candidate.offBy() <= NEAR) {
            return true;
        }
        return candidate.context() >= (length < 12 ? ACCEPT_SHORT : ACCEPT_LONG)
                || (candidate.offBy() <= 4 * NEAR && candidate.context() >= ACCEPT_NEAR);
    }

    private static boolean acceptApproximate(int length, Candidate candidate) {
        double similarity = 1 - (double) candidate.distance() / length;
        double needed = length < 16 ? 0.3 : length < 32 ? 0.2 : 0.1;
        return candidate.context() >= needed && similarity >= 1 - MAX_EDIT_RATE;
    }

    private static void remember(Run run, Section section, int delta) {
        run.lastDelta = delta;
        run.lastSection = section;
        run.hasLast = true;
    }

    /**
     * Where the annotation should be now, most trusted last: its old offset scaled by the change in length; shifted
     * as its section moved; shifted as the previous confidently placed annotation of the same section moved.
     */
    private static double[] expectedPositions(Run run, int oldBegin, Section section) {
        double[] expected = new double[3];
        int n = 0;
        expected[n++] = oldBegin * run.scale;
        Integer shift = run.sections.shiftOf(section);
        if (shift != null) {
            expected[n++] = oldBegin + shift;
        }
        if (run.hasLast && run.lastSection == section) {
            expected[n++] = oldBegin + run.lastDelta;
        }
        return Arrays.copyOf(expected, n);
    }

    /** Distance of {@code newBegin} to where the annotation is expected without the previous placements' help. */
    private static double offByOwn(Run run, int oldBegin, Section section, int newBegin) {
        double off = Math.abs(newBegin - oldBegin * run.scale);
        Integer shift = run.sections.shiftOf(section);
        return shift == null ? off : Math.min(off, Math.abs(newBegin - (oldBegin + shift)));
    }

    private AnchorResult placed(Run run, Annotation annotation, Section section, AnchorState state, Candidate c,
            double score, boolean distinct) {
        int begin = run.folded.realBegin(c.start());
        int end = run.folded.realEnd(c.end());
        double own = offByOwn(run, annotation.getBegin(), section, begin);
        if (!run.excluded.isEmpty() && (own > NEAR || state != AnchorState.MOVED)) {
            // Gave way once already: a second place must be where its own old offset or section puts it.
            return orphan(run, annotation, ClaimCheck.REASON);
        }
        run.offBy.put(annotation, c.offBy());
        run.offByOwn.put(annotation, own);
        if (c.context() >= CONFIDENT_CONTEXT && distinct && !run.muted.contains(annotation)) {
            // Only a well-supported place predicts the next one; a doubtful one would lead the next astray.
            remember(run, section, begin - annotation.getBegin());
        }
        return new AnchorResult(annotation, state, annotation.getBegin(), annotation.getEnd(), begin, end, score,
                annotation.getQuote(), run.newText.substring(begin, end));
    }

    private static AnchorResult orphan(Run run, Annotation annotation, String reason) {
        int at = Math.min(Math.max(0, annotation.getBegin()), run.newText.length());
        return new AnchorResult(annotation, AnchorState.ORPHANED, annotation.getBegin(), annotation.getEnd(), at, at, 0,
                annotation.getQuote(), null, reason);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- exact occurrences ----------------------------------------------------------------------------------------

    private static Ranked bestExact(Run run, PlaceScorer scorer) {
        int m = scorer.pattern.length();
        int[] found = run.occurrences(scorer.pattern);
        if (!run.excluded.isEmpty()) {
            found = Arrays.stream(found).filter(at -> !run.isExcluded(at, at + m)).toArray();
        }
        if (found.length == 0) {
            return null;
        }
        // Start near the expected place so a good candidate is known early and the bound skips the far ones.
        int nearest = nearestIndex(run, found, scorer.expected[scorer.expected.length - 1]);
        Candidate best = scorer.exact(found[nearest], found[nearest] + m);
        List<Candidate> close = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            if (i == nearest) {
                continue;
            }
            double position = scorer.position(run.folded.realBegin(found[i]));
            // A place that cannot come within the margin of the best so far can be neither the best nor a rival.
            if (PlaceScorer.upperBound(position) < best.total() - MARGIN) {
                continue;
            }
            Candidate c = scorer.exact(found[i], found[i] + m);
            if (c.total() > best.total()) {
                close.add(best);
                best = c;
            } else {
                close.add(c);
            }
        }
        return new Ranked(best, rivals(best, close), distinct(scorer, best, close, found));
    }

    private static boolean distinct(PlaceScorer scorer, Candidate best, List<Candidate> scored, int[] found) {
        if (found.length > TWIN_CHECK_LIMIT) {
            for (Candidate c : scored) {
                if (!c.overlaps(best) && c.context() >= best.context() - CONTEXT_TWIN) {
                    return false;
                }
            }
            return true;
        }
        int m = scorer.pattern.length();
        for (int at : found) {
            if ((at + m <= best.start() || at >= best.end())
                    && scorer.context(at, at + m) >= best.context() - CONTEXT_TWIN) {
                return false;
            }
        }
        return true;
    }

    /** How many places that do not overlap {@code best} score within {@link #MARGIN} of it. */
    private static int rivals(Candidate best, List<Candidate> others) {
        int n = 0;
        for (Candidate c : others) {
            if (c.total() >= best.total() - MARGIN && !c.overlaps(best)) {
                n++;
            }
        }
        return n;
    }

    private static int nearestIndex(Run run, int[] found, double expectedReal) {
        int foldedExpected = run.folded.foldedIndexAtOrAfter((int) Math.max(0, expectedReal));
        int i = Arrays.binarySearch(found, foldedExpected);
        if (i >= 0) {
            return i;
        }
        i = -i - 1;
        if (i >= found.length) {
            return found.length - 1;
        }
        if (i > 0 && foldedExpected - found[i - 1] < found[i] - foldedExpected) {
            return i - 1;
        }
        return i;
    }

    // ---- approximate occurrences ----------------------------------------------------------------------------------

    /**
     * The best slightly edited occurrence of the quote near where the annotation is expected, that does not overlap
     * {@code exclude}, scored like an exact one less a little per edit; null when there is none. When a quote's own
     * sentence was edited and the same words stand elsewhere (a summary repeating a paragraph), that remnant is the
     * evidence that the exact occurrence far away is another use of the words.
     */
    private static Candidate nearbyVariant(Run run, PlaceScorer scorer, Candidate exclude) {
        String pattern = scorer.pattern;
        int m = pattern.length();
        int k = Math.max(1, (int) Math.round(m * VARIANT_EDIT_RATE));
        run.myers.setPattern(pattern);
        char[] chars = run.folded.chars();
        Candidate best = null;
        for (int[] region : expectedWindows(run, scorer, m + k, VARIANT_WINDOW)) {
            for (MyersMatcher.Hit hit : run.myers.scan(chars, region[0], region[1], k, MAX_FUZZY_HITS)) {
                int[] aligned = MyersMatcher.alignStart(chars, hit.end(), pattern, k);
                int distance = Math.min(hit.distance(), aligned[1]);
                if (aligned[0] >= hit.end() || distance == 0) {
                    continue;
                }
                Candidate c = scorer.exact(aligned[0], hit.end());
                if (c.overlaps(exclude)) {
                    continue;
                }
                double total = c.total() - VARIANT_EDIT_COST * distance / m;
                if (best == null || total > best.total()) {
                    best = new Candidate(c.start(), c.end(), distance, c.context(), total, c.offBy());
                }
            }
        }
        return best;
    }

    /**
     * The folded-text regions within {@code margin} of every place the annotation is expected, each long enough for a
     * match of {@code span} characters, merged where they overlap.
     */
    private static List<int[]> expectedWindows(Run run, PlaceScorer scorer, int span, int margin) {
        int n = run.folded.chars().length;
        List<int[]> windows = new ArrayList<>();
        for (double e : scorer.expected) {
            int at = run.folded.foldedIndexAtOrAfter((int) Math.max(0, e));
            windows.add(new int[] { Math.max(0, at - margin), Math.min(n, at + span + margin) });
        }
        return merge(windows);
    }

    private Candidate bestApproximate(Run run, PlaceScorer scorer, boolean skipExact) {
        String pattern = scorer.pattern;
        int m = pattern.length();
        int k = Math.max(1, (int) Math.floor(m * MAX_EDIT_RATE));
        run.myers.setPattern(pattern);
        char[] chars = run.folded.chars();
        int n = chars.length;

        // 1. Near every expected place.
        Candidate best = bestIn(run, scorer, expectedWindows(run, scorer, m + k, WINDOW), k, skipExact);
        if (best != null && acceptApproximate(m, best)) {
            return best;
        }
        // 2. Anywhere: only regions that share one of k+1 pieces of the quote exactly can hold a match.
        List<int[]> regions = pigeonholeRegions(run, pattern, k);
        if (regions == null) {
            regions = new ArrayList<>(List.of(new int[] { 0, n }));
        }
        Candidate global = bestIn(run, scorer, merge(regions), k, skipExact);
        if (global != null && (best == null || global.total() > best.total())) {
            best = global;
        }
        return best != null && acceptApproximate(m, best) ? best : null;
    }

    private static Candidate bestIn(Run run, PlaceScorer scorer, List<int[]> regions, int k, boolean skipExact) {
        char[] chars = run.folded.chars();
        Candidate best = null;
        for (int[] region : regions) {
            for (MyersMatcher.Hit hit : run.myers.scan(chars, region[0], region[1], k, MAX_FUZZY_HITS)) {
                int[] aligned = MyersMatcher.alignStart(chars, hit.end(), scorer.pattern, k);
                if (aligned[0] >= hit.end()) {
                    continue;
                }
                int distance = Math.min(hit.distance(), aligned[1]);
                if ((skipExact && distance == 0) || run.isExcluded(aligned[0], hit.end())) {
                    continue;
                }
                Candidate c = scorer.approximate(aligned[0], hit.end(), distance);
                if (best == null || c.total() > best.total()) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * Regions around exact occurrences of the k+1 pieces of the pattern, or null when the pieces are too short for
     * the 4-gram index or too frequent to narrow the search.
     */
    private static List<int[]> pigeonholeRegions(Run run, String pattern, int k) {
        int m = pattern.length();
        int pieces = k + 1;
        int pieceLength = m / pieces;
        if (pieceLength < QGramIndex.Q) {
            return null;
        }
        int n = run.folded.length();
        List<int[]> regions = new ArrayList<>();
        long covered = 0;
        for (int p = 0; p < pieces; p++) {
            int from = p * pieceLength;
            int to = p == pieces - 1 ? m : from + pieceLength;
            for (int at : run.occurrences(pattern.substring(from, to))) {
                int begin = Math.max(0, at - from - k);
                int end = Math.min(n, at - from + m + k);
                regions.add(new int[] { begin, end });
                covered += end - begin;
            }
            if (covered > n) {
                return null;
            }
        }
        return regions;
    }

    private static List<int[]> merge(List<int[]> regions) {
        regions.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : regions) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] { r[0], r[1] });
            }
        }
        return merged;
    }
}
