package glossa.core.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Context agreement (0..1) that confirms an unchanged quote at its old place without looking elsewhere. */
    private static final double EXACT_CONTEXT = 0.5;

    /** A candidate this close (characters) to where the annotation is expected needs no further support. */
    private static final int NEAR = 16;

    /** Context agreement above which a placement is trusted to predict the displacement of the next annotation. */
    private static final double CONFIDENT_CONTEXT = 0.45;

    private static final int MAX_OCCURRENCES = 100_000;
    private static final int MAX_FUZZY_HITS = 256;

    /** A found place in folded coordinates. */
    private record Candidate(int start, int end, int distance, double context, double total, double offBy) {
    }

    /** The state of one run; the public class stays stateless and reusable. */
    private static final class Run {
        final String newText;
        final NormalizedText folded;
        final QGramIndex index;
        final SectionMap sections;
        final double scale;
        final double positionScale;
        final MyersMatcher myers = new MyersMatcher();
        final Map<String, int[]> occurrencesByQuote = new HashMap<>();
        int lastDelta;
        Section lastSection;
        boolean hasLast;

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
        for (int i = 0; i < ordered.length; i++) {
            if ((i & 127) == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            results.put(ordered[i], anchor(run, ordered[i]));
            progress.worked(1);
        }
        progress.done();
        List<AnchorResult> inDocumentOrder = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            inDocumentOrder.add(results.get(annotation));
        }
        return new ReanchorReport(document, newText, inDocumentOrder);
    }

    private AnchorResult anchor(Run run, Annotation annotation) {
        int oldBegin = annotation.getBegin();
        int oldEnd = annotation.getEnd();
        String quote = annotation.getQuote();
        String text = run.newText;
        if (quote == null || quote.isEmpty()) {
            return orphan(run, annotation);
        }
        Section section = run.sections.sectionAt(oldBegin);
        String pattern = NormalizedText.fold(quote);
        if (pattern.isEmpty()) {
            return orphan(run, annotation);
        }
        String prefix = NormalizedText.fold(nullToEmpty(annotation.getPrefix()));
        String suffix = NormalizedText.fold(nullToEmpty(annotation.getSuffix()));
        double[] expected = expectedPositions(run, oldBegin, section);
        Scorer scorer = new Scorer(run, pattern, prefix, suffix, expected, section);

        boolean unchangedHere = oldBegin >= 0 && oldEnd == oldBegin + quote.length() && oldEnd <= text.length()
                && text.startsWith(quote, oldBegin);
        if (unchangedHere) {
            // Same text at the same place; unless its context disagrees (a pasted copy now sits there), that is it.
            int start = run.folded.foldedIndexAtOrAfter(oldBegin);
            if (scorer.context(start, start + pattern.length()) >= EXACT_CONTEXT) {
                remember(run, section, 0);
                return new AnchorResult(annotation, AnchorState.EXACT, oldBegin, oldEnd, oldBegin, oldEnd, 1, quote, quote);
            }
        }

        Candidate moved = bestExact(run, scorer);
        if (moved != null && acceptExact(pattern.length(), moved)) {
            boolean same = unchangedHere && run.folded.realBegin(moved.start()) == oldBegin;
            return placed(run, annotation, section, same ? AnchorState.EXACT : AnchorState.MOVED, moved, 1);
        }
        if (pattern.length() >= MIN_FUZZY_LENGTH) {
            Candidate fuzzy = bestApproximate(run, scorer);
            if (fuzzy != null) {
                double score = Math.min(0.99, 0.8 * (1 - (double) fuzzy.distance() / pattern.length())
                        + 0.2 * fuzzy.context());
                return placed(run, annotation, section, AnchorState.FUZZY, fuzzy, score);
            }
        }
        return orphan(run, annotation);
    }

    /**
     * An exact occurrence is the annotation's text when its context agrees, or when the quote is long enough to be
     * unmistakable. A short quote whose paragraph was deleted must not jump to another use of the same phrase.
     */
    private static boolean acceptExact(int length, Candidate candidate) {
        if (length >= 20 || candidate.offBy() <= NEAR) {
            return true;
        }
        return candidate.context() >= (length < 12 ? 0.4 : 0.25) || (candidate.offBy() <= 4 * NEAR && candidate.context() >= 0.3);
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

    private AnchorResult placed(Run run, Annotation annotation, Section section, AnchorState state, Candidate c,
            double score) {
        int begin = run.folded.realBegin(c.start());
        int end = run.folded.realEnd(c.end());
        if (c.context() >= CONFIDENT_CONTEXT) {
            // Only a well-supported place predicts the next one; a doubtful one would lead the next astray.
            remember(run, section, begin - annotation.getBegin());
        }
        return new AnchorResult(annotation, state, annotation.getBegin(), annotation.getEnd(), begin, end, score,
                annotation.getQuote(), run.newText.substring(begin, end));
    }

    private static AnchorResult orphan(Run run, Annotation annotation) {
        int at = Math.min(Math.max(0, annotation.getBegin()), run.newText.length());
        return new AnchorResult(annotation, AnchorState.ORPHANED, annotation.getBegin(), annotation.getEnd(), at, at, 0,
                annotation.getQuote(), null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- exact occurrences ----------------------------------------------------------------------------------------

    private static Candidate bestExact(Run run, Scorer scorer) {
        int[] found = run.occurrences(scorer.pattern);
        if (found.length == 0) {
            return null;
        }
        int m = scorer.pattern.length();
        // Start near the expected place so a good candidate is known early and the bound skips the far ones.
        int nearest = nearestIndex(run, found, scorer.expected[scorer.expected.length - 1]);
        Candidate best = scorer.exact(found[nearest], found[nearest] + m);
        for (int i = 0; i < found.length; i++) {
            if (i == nearest) {
                continue;
            }
            double position = scorer.position(run.folded.realBegin(found[i]));
            if (Scorer.upperBound(position) <= best.total()) {
                continue;
            }
            Candidate c = scorer.exact(found[i], found[i] + m);
            if (c.total() > best.total()) {
                best = c;
            }
        }
        return best;
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

    private Candidate bestApproximate(Run run, Scorer scorer) {
        String pattern = scorer.pattern;
        int m = pattern.length();
        int k = Math.max(1, (int) Math.floor(m * MAX_EDIT_RATE));
        run.myers.setPattern(pattern);
        char[] chars = run.folded.chars();
        int n = chars.length;

        // 1. Near every expected place.
        List<int[]> windows = new ArrayList<>();
        for (double e : scorer.expected) {
            int at = run.folded.foldedIndexAtOrAfter((int) Math.max(0, e));
            windows.add(new int[] { Math.max(0, at - WINDOW), Math.min(n, at + m + k + WINDOW) });
        }
        Candidate best = bestIn(run, scorer, merge(windows), k);
        if (best != null && acceptApproximate(m, best)) {
            return best;
        }
        // 2. Anywhere: only regions that share one of k+1 pieces of the quote exactly can hold a match.
        List<int[]> regions = pigeonholeRegions(run, pattern, k);
        if (regions == null) {
            regions = new ArrayList<>(List.of(new int[] { 0, n }));
        }
        Candidate global = bestIn(run, scorer, merge(regions), k);
        if (global != null && (best == null || global.total() > best.total())) {
            best = global;
        }
        return best != null && acceptApproximate(m, best) ? best : null;
    }

    private static Candidate bestIn(Run run, Scorer scorer, List<int[]> regions, int k) {
        char[] chars = run.folded.chars();
        Candidate best = null;
        for (int[] region : regions) {
            for (MyersMatcher.Hit hit : run.myers.scan(chars, region[0], region[1], k, MAX_FUZZY_HITS)) {
                int[] aligned = MyersMatcher.alignStart(chars, hit.end(), scorer.pattern, k);
                if (aligned[0] >= hit.end()) {
                    continue;
                }
                Candidate c = scorer.approximate(aligned[0], hit.end(), Math.min(hit.distance(), aligned[1]));
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

    // ---- scoring --------------------------------------------------------------------------------------------------

    /** Scores places for one annotation: context agreement, closeness to the expected place, section membership. */
    private static final class Scorer {

        private static final double W_CONTEXT = 0.5;
        private static final double W_POSITION = 0.3;
        private static final double W_SECTION = 0.2;

        final Run run;
        final String pattern;
        final String prefix;
        final String suffix;
        final double[] expected;
        final Section section;

        Scorer(Run run, String pattern, String prefix, String suffix, double[] expected, Section section) {
            this.run = run;
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
                best = Math.max(best, trust / (1 + Math.abs(realBegin - expected[i]) / run.positionScale));
            }
            return best;
        }

        Candidate exact(int start, int end) {
            int realBegin = run.folded.realBegin(start);
            double context = context(start, end);
            double total = W_CONTEXT * context + W_POSITION * position(realBegin)
                    + W_SECTION * run.sections.membership(section, realBegin);
            return new Candidate(start, end, 0, context, total, offBy(realBegin));
        }

        Candidate approximate(int start, int end, int distance) {
            int realBegin = run.folded.realBegin(start);
            double similarity = 1 - (double) distance / pattern.length();
            double context = context(start, end);
            double total = 0.5 * similarity + 0.3 * context + 0.12 * position(realBegin)
                    + 0.08 * run.sections.membership(section, realBegin);
            return new Candidate(start, end, distance, context, total, offBy(realBegin));
        }

        /** 0..1: how well the text around {@code start..end} agrees with the stored prefix and suffix. */
        double context(int start, int end) {
            NormalizedText t = run.folded;
            double before;
            if (prefix.isEmpty()) {
                before = start == 0 ? 1 : 0.5;
            } else {
                String around = t.substring(start - prefix.length() - 4, start);
                before = 0.5 * commonSuffix(prefix, around) / prefix.length() + 0.5 * Similarity.bigramDice(prefix, around);
            }
            double after;
            if (suffix.isEmpty()) {
                after = end == t.length() ? 1 : 0.5;
            } else {
                String around = t.substring(end, end + suffix.length() + 4);
                after = 0.5 * commonPrefix(suffix, around) / suffix.length() + 0.5 * Similarity.bigramDice(suffix, around);
            }
            double wb = Math.max(4, prefix.length());
            double wa = Math.max(4, suffix.length());
            return (before * wb + after * wa) / (wb + wa);
        }

        private static int commonSuffix(String a, String b) {
            int i = a.length() - 1;
            int j = b.length() - 1;
            int n = 0;
            while (i >= 0 && j >= 0 && a.charAt(i) == b.charAt(j)) {
                i--;
                j--;
                n++;
            }
            return n;
        }

        private static int commonPrefix(String a, String b) {
            int n = 0;
            while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
                n++;
            }
            return n;
        }
    }
}
