package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.annotations.Spans;
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
 *
 * <p>This class runs the placements in order and decides each; {@link ExactSearch} ranks the exact occurrences,
 * {@link ApproximateSearch} finds the approximate ones, {@link PlaceScorer} scores a place and {@link ClaimCheck}
 * takes back placements on another use of their words.</p>
 */
public final class Reanchorer {

    /** Error budget of the approximate search: at most this fraction of the quote's characters may differ. */
    public static final double MAX_EDIT_RATE = 0.2;

    /** Quotes shorter than this (folded) are found exactly or not at all: a few edits make any short text match. */
    public static final int MIN_FUZZY_LENGTH = 8;

    /**
     * Agreement of each side (0..1, above chance) that confirms an unchanged quote at its old place without looking
     * elsewhere. High, because a twin sentence in a near-identical frame (the same words in a sibling section) may
     * now stand at the old offsets; anything less is settled by comparing every occurrence.
     */
    private static final double EXACT_CONTEXT = 0.8;

    /** A candidate this close (characters) to where the annotation is expected needs no further support. */
    static final int NEAR = 16;

    /** Context agreement above which a placement is trusted to predict the displacement of the next annotation. */
    private static final double CONFIDENT_CONTEXT = 0.45;

    /**
     * Context (0..1, above chance) a single remaining occurrence needs when it is neither near where the annotation is
     * expected nor long enough to be unmistakable: short quotes (under 12 characters) need more.
     */
    private static final double ACCEPT_SHORT = 0.2;
    private static final double ACCEPT_LONG = 0.15;
    /** Context needed within 64 characters of the expected place. */
    private static final double ACCEPT_NEAR = 0.15;

    /**
     * The best place must beat every other place (not overlapping it) by this much of the total score; otherwise the
     * annotation is orphaned as ambiguous. A wrong place is worse than none: the analyst sees an orphan, but not a
     * highlight on the wrong sentence.
     */
    static final double MARGIN = 0.08;

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
        ReanchorRun run = new ReanchorRun(newText, oldSections, oldText);
        progress.worked(10);

        // In old-text order, so the displacement of one annotation predicts the next one's.
        Annotation[] ordered = annotations.toArray(Annotation[]::new);
        Arrays.sort(ordered, Comparator.comparingInt(Annotation::getBegin));
        Map<Annotation, AnchorResult> results = new HashMap<>(annotations.size() * 2);
        ReanchorRun.Prediction[] before = new ReanchorRun.Prediction[ordered.length];
        place(run, ordered, 0, results, before, progress);
        progress.done();
        Set<AnchorResult> losers = Set.of();
        for (int round = 0; round <= RETRIES; round++) {
            losers = ClaimCheck.losers(new ArrayList<>(results.values()), run.offBy, run.offByOwn,
                    r -> run.sections.sectionAt(r.oldBegin()));
            int from = ordered.length;
            boolean[] changed = new boolean[ordered.length];
            for (int i = 0; i < ordered.length; i++) {
                AnchorResult r = results.get(ordered[i]);
                if (losers.contains(r)) {
                    changed[i] = true;
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
            replace(run, ordered, from, results, before, changed);
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

    private void place(ReanchorRun run, Annotation[] ordered, int from, Map<Annotation, AnchorResult> results,
            ReanchorRun.Prediction[] before, IProgressMonitor progress) {
        for (int i = from; i < ordered.length; i++) {
            if (progress != null && (i & 127) == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            before[i] = run.prediction();
            run.excluded = run.lost.getOrDefault(ordered[i], List.of());
            results.put(ordered[i], anchor(run, ordered[i]));
            if (progress != null) {
                progress.worked(1);
            }
        }
    }

    /**
     * Places again from {@code from}, only where something changed: an annotation that gave way, or one whose
     * prediction differs from the last round's. Elsewhere the last round's result stands, as its inputs are the same.
     */
    private void replace(ReanchorRun run, Annotation[] ordered, int from, Map<Annotation, AnchorResult> results,
            ReanchorRun.Prediction[] before, boolean[] changed) {
        for (int i = from; i < ordered.length; i++) {
            if (!changed[i] && run.prediction().equals(before[i])) {
                if (i + 1 < ordered.length) {
                    before[i + 1].restore(run);
                }
                continue;
            }
            before[i] = run.prediction();
            run.excluded = run.lost.getOrDefault(ordered[i], List.of());
            results.put(ordered[i], anchor(run, ordered[i]));
        }
    }

    private AnchorResult anchor(ReanchorRun run, Annotation annotation) {
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

        ExactSearch.Ranked ranked = ExactSearch.best(run, scorer);
        Candidate moved = ranked == null ? null : ranked.best();
        boolean exactCopiesRejected = false;
        if (moved != null) {
            int rivals = ranked.rivals();
            Candidate variant = moved.offBy() > NEAR ? ApproximateSearch.nearbyVariant(run, scorer, moved) : null;
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
            Candidate fuzzy = ApproximateSearch.best(run, scorer, exactCopiesRejected);
            if (fuzzy != null) {
                double score = Math.min(0.99, 0.8 * (1 - (double) fuzzy.distance() / pattern.length())
                        + 0.2 * fuzzy.context());
                return placed(run, annotation, section, AnchorState.FUZZY, fuzzy, score, true);
            }
        }
        // One that gave way and found no other place lost it to another annotation's text: say so.
        return orphan(run, annotation, run.excluded.isEmpty() ? null : ClaimCheck.REASON);
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

    private static void remember(ReanchorRun run, Section section, int delta) {
        run.lastDelta = delta;
        run.lastSection = section;
        run.hasLast = true;
    }

    /**
     * Where the annotation should be now, most trusted last: its old offset scaled by the change in length; shifted
     * as its section moved; shifted as the previous confidently placed annotation of the same section moved.
     */
    private static double[] expectedPositions(ReanchorRun run, int oldBegin, Section section) {
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
    private static double offByOwn(ReanchorRun run, int oldBegin, Section section, int newBegin) {
        double off = Math.abs(newBegin - oldBegin * run.scale);
        Integer shift = run.sections.shiftOf(section);
        return shift == null ? off : Math.min(off, Math.abs(newBegin - (oldBegin + shift)));
    }

    private AnchorResult placed(ReanchorRun run, Annotation annotation, Section section, AnchorState state, Candidate c,
            double score, boolean distinct) {
        // An approximate place may end (or start) between the halves of a surrogate pair whose other half was edited:
        // an annotation never holds half a character.
        int[] span = Spans.normalize(run.newText, run.folded.realBegin(c.start()), run.folded.realEnd(c.end()));
        int begin = span[0];
        int end = span[1];
        double own = offByOwn(run, annotation.getBegin(), section, begin);
        if (!run.excluded.isEmpty() && (own > NEAR || state == AnchorState.FUZZY)) {
            // Gave way once already: a second place must be its exact text where its own old offset or section puts
            // it (moved a little, or unchanged at its old offsets).
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

    private static AnchorResult orphan(ReanchorRun run, Annotation annotation, String reason) {
        int at = Math.min(Math.max(0, annotation.getBegin()), run.newText.length());
        return new AnchorResult(annotation, AnchorState.ORPHANED, annotation.getBegin(), annotation.getEnd(), at, at, 0,
                annotation.getQuote(), null, reason);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
