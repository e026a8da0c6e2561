package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.widgets.Display;

import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;

/**
 * Keeps the editor's JFace annotation model in step with the EMF document, the one source of truth.
 * <ul>
 * <li>EMF → JFace: changes are collected and applied in one {@code replaceAnnotations} call per batch (at the end of
 * each command, see {@link #flush()}, or on the next UI turn for changes made outside commands).</li>
 * <li>JFace → EMF: while the text is edited the positions are the live offsets; {@link EditFollower} writes them
 * back after each change, orphans annotations whose text was deleted and restores them when their quote comes back.</li>
 * <li>Only the annotations near the visible text are in the JFace model ({@link #showRange}): the annotation
 * painter and the overview ruler do work per annotation in the model, which for 50,000 annotations took seconds
 * after every open. The live span of every painted annotation, in the model or not, is a position in a category
 * of its own, kept up to date by the document like any other position; an annotation in the model has a second
 * position there, updated by the same rules. The overview ruler shows one mark per type and stretch of text
 * instead ({@link OverviewMark}).</li>
 * </ul>
 */
public final class AnnotationModelBridge {

    /**
     * Around the visible text, at least this many characters (or one screenful, if more) on either side have their
     * annotations in the JFace model, so that scrolling a little needs no model change. A jump costs in proportion
     * to the window (its annotations leave and enter the model, and the painter re-styles it): one screenful either
     * side keeps that small, and scrolling page by page moves the window about once per page.
     */
    public static final int MIN_MARGIN = 2_048;
    /** A text this short has all its annotations in the model: the window would save nothing worth its moves. */
    static final int SMALL_TEXT = 4 * 4_096;
    private static final AtomicInteger BRIDGES = new AtomicInteger();
    /** By offset, the longer first at the same offset. */
    private static final Comparator<GlossaAnnotation> TEXT_ORDER = Layers.TEXT_ORDER;

    private final Document document;
    private final IDocument text;
    private final GlossaAnnotationModel model;
    /** Every painted (paintable) annotation, with its live span in {@link #spans}. */
    private final Map<Annotation, GlossaAnnotation> shown = new HashMap<>();
    /** The annotations in the JFace model (those near the visible text), each with the position the model holds. */
    private final Map<GlossaAnnotation, Position> inModel = new HashMap<>();
    /** The overview ruler's marks far from the visible text. */
    private final OverviewMarks marks;
    private final Layers layers = new Layers();
    /** The position category of the live spans of this bridge's annotations. */
    private final String spans = "glossa.spans." + BRIDGES.incrementAndGet();
    private final IPositionUpdater spanUpdater = new DefaultPositionUpdater(spans);
    /** The visible text as last told; by default everything (no viewer: all annotations in the model). */
    private int visibleFrom;
    private int visibleTo = Integer.MAX_VALUE;
    /** The text range whose annotations are in the model: the visible text and a margin either side. */
    private int windowFrom;
    private int windowTo = Integer.MAX_VALUE;
    private int margin = MIN_MARGIN;
    /** At least the length of the longest live span, less {@link #longestGrowth}; recomputed when that grew much. */
    private int longest;
    /** Text inserted since {@link #longest} was computed: a span may have grown by up to this much. */
    private long longestGrowth;
    private static final int LONGEST_SLACK = 4_096;
    private final Set<Annotation> pending = new LinkedHashSet<>();
    private boolean appearanceChanged;
    private boolean flushScheduled;
    private boolean writingBack;
    private boolean connected;
    private AnnotationFilter filter = AnnotationFilter.ALL;
    private final List<Runnable> orphanListeners = new ArrayList<>();
    private final EditFollower edits;
    private Runnable appearanceListener = () -> { };
    private Runnable modelMovedListener = () -> { };

    private final EContentAdapter emfListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!writingBack && !notification.isTouch()) {
                modelChanged(notification);
            }
        }
    };

    private final IDocumentListener textListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            shiftWindow(event);
            layers.textChanged(event);
            // Orphans first: one orphaned by this very edit is only restored by a later one (its undo).
            edits.documentChanged(event);
        }
    };

    public AnnotationModelBridge(Document document, IDocument text, GlossaAnnotationModel model) {
        this.document = document;
        this.text = text;
        this.model = model;
        this.marks = new OverviewMarks(text, model);
        this.edits = new EditFollower(document, text, new EditFollower.Host() {
            @Override
            public Collection<GlossaAnnotation> shown() {
                return shown.values();
            }

            @Override
            public Position[] spansByOffset() {
                return sortedSpans();
            }

            @Override
            public long longestSpan(Position[] spansByOffset) {
                return longestBound(spansByOffset);
            }

            @Override
            public GlossaAnnotation face(Annotation annotation) {
                return shown.get(annotation);
            }

            @Override
            public void setWritingBack(boolean on) {
                writingBack = on;
            }

            @Override
            public void orphaned(List<GlossaAnnotation> orphaned) {
                AnnotationModelBridge.this.orphaned(orphaned);
            }

            @Override
            public void restored() {
                orphanListeners.forEach(Runnable::run);
            }
        });
    }

    /** Builds the whole annotation model in one batch and starts listening both ways. */
    public void connect() {
        if (connected) {
            return;
        }
        connected = true;
        text.addPositionCategory(spans);
        text.addPositionUpdater(spanUpdater);
        List<GlossaAnnotation> all = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (isPaintable(annotation)) {
                all.add(newAnnotation(annotation));
            }
        }
        // In text order, so that the document's sorted position lists grow at their end (no O(n²) insertion).
        all.sort(TEXT_ORDER);
        all.forEach(this::track);
        layers.allDirty();
        List<GlossaAnnotation> layered = new ArrayList<>();
        layers.update(all, layered);
        if (!layered.isEmpty()) {
            all.replaceAll(g -> g.isCurrent() ? g : renew(g, new ArrayList<>(), new LinkedHashMap<>()));
        }
        placeWindow();
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new LinkedHashMap<>();
        for (GlossaAnnotation g : all) {
            if (inWindow(g.position())) {
                added.put(g, enterModel(g));
            }
        }
        model.replaceAnnotations(null, added);
        updateMarks(true);
        modelMovedListener.run();
        document.eAdapters().add(emfListener);
        text.addDocumentListener(textListener);
    }

    /** Stops listening and empties the annotation model; the EMF document is untouched. */
    public void disconnect() {
        if (!connected) {
            return;
        }
        connected = false;
        document.eAdapters().remove(emfListener);
        text.removeDocumentListener(textListener);
        List<org.eclipse.jface.text.source.Annotation> all = new ArrayList<>(inModel.keySet());
        all.addAll(marks.all());
        model.replaceAnnotations(all.toArray(new org.eclipse.jface.text.source.Annotation[0]), null);
        inModel.clear();
        marks.clear();
        text.removePositionUpdater(spanUpdater);
        try {
            text.removePositionCategory(spans);
        } catch (BadPositionCategoryException e) {
            // not there: nothing to remove
        }
        shown.clear();
        pending.clear();
        edits.clear();
    }

    /**
     * Tells the bridge which text is visible (document offsets); the annotations near it are put into the JFace
     * model, those that scrolled far away are taken out. Cheap when the visible text is still well inside the
     * range already in the model.
     */
    public void showRange(int from, int to) {
        visibleFrom = Math.max(0, from);
        visibleTo = Math.max(visibleFrom, to);
        if (!connected || !windowNeedsMove()) {
            return;
        }
        placeWindow();
        List<org.eclipse.jface.text.source.Annotation> removed = new ArrayList<>();
        for (Iterator<GlossaAnnotation> it = inModel.keySet().iterator(); it.hasNext();) {
            GlossaAnnotation g = it.next();
            if (!inWindow(g.position())) {
                removed.add(g);
                it.remove();
            }
        }
        List<GlossaAnnotation> entering = new ArrayList<>();
        for (GlossaAnnotation g : overlappingWindow()) {
            if (!inModel.containsKey(g)) {
                entering.add(g);
            }
        }
        entering.sort(TEXT_ORDER);
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new LinkedHashMap<>();
        for (GlossaAnnotation g : entering) {
            added.put(g, enterModel(g));
        }
        // Two events, each caught up with on its own: the painter re-presents the union of the text it last
        // highlighted and what it highlights now, which for one catch-up after both would be all the text between
        // the two windows (a quarter of a 1 MB article re-styled on a jump).
        if (!removed.isEmpty()) {
            model.replaceAnnotations(removed.toArray(new org.eclipse.jface.text.source.Annotation[0]), null);
            modelMovedListener.run();
        }
        if (!added.isEmpty()) {
            model.replaceAnnotations(null, added);
            modelMovedListener.run();
        }
    }

    /**
     * The painted annotations overlapping the window, found in the document's sorted list of live spans: those
     * starting from the longest span's length before the window up to its end.
     */
    private List<GlossaAnnotation> overlappingWindow() {
        Position[] spansByOffset = sortedSpans();
        List<GlossaAnnotation> overlapping = new ArrayList<>();
        long from = (long) windowFrom - longestBound(spansByOffset);
        for (int i = firstAtOrAfter(spansByOffset, from); i < spansByOffset.length; i++) {
            Position p = spansByOffset[i];
            if (p.getOffset() >= windowTo) {
                break;
            }
            GlossaAnnotation g = p instanceof LiveSpan span ? shown.get(span.annotation()) : null;
            if (g != null && g.position() == p && inWindow(p)) {
                overlapping.add(g);
            }
        }
        return overlapping;
    }

    /** The live spans of the painted annotations, sorted by offset (the document keeps them so); none if disconnected. */
    private Position[] sortedSpans() {
        try {
            return text.getPositions(spans);
        } catch (BadPositionCategoryException e) {
            return new Position[0];
        }
    }

    /**
     * At least the length of the longest of {@code spansByOffset}: a span starting further before an offset does not
     * reach it. Recomputed from the spans once inserted text may have lengthened one by more than a little.
     */
    private long longestBound(Position[] spansByOffset) {
        if (longestGrowth > LONGEST_SLACK) {
            longest = 0;
            for (Position p : spansByOffset) {
                longest = Math.max(longest, p.getLength());
            }
            longestGrowth = 0;
        }
        return longest + longestGrowth;
    }

    /** The index of the first position at or after {@code offset} in positions sorted by offset. */
    static int firstAtOrAfter(Position[] byOffset, long offset) {
        int low = 0;
        int high = byOffset.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byOffset[mid].getOffset() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Moves the window's ends with the text, as the positions move: so an annotation is in the model exactly when it
     * overlaps the window, also after text before, inside or across the window's ends was inserted or removed.
     */
    private void shiftWindow(DocumentEvent event) {
        int from = event.getOffset();
        int to = from + event.getLength();
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        // Inserted text can lengthen a span by as much: the bound on the longest stays an upper bound.
        longestGrowth += Math.max(0, event.getText() == null ? 0 : event.getText().length());
        windowFrom = Layers.shifted(windowFrom, from, to, delta);
        if (windowTo != Integer.MAX_VALUE) {
            windowTo = Layers.shifted(windowTo, from, to, delta);
        }
    }

    /**
     * Called after the model was built or moved to other text: the annotation painter applies model changes only
     * in a runnable it posts, so the editor asks it to catch up at once (the model is small).
     */
    public void setModelMovedListener(Runnable listener) {
        this.modelMovedListener = listener;
    }

    /** The text range whose annotations are in the JFace model, {@code [from, to)}; for tests. */
    public int[] modelRange() {
        return new int[] { windowFrom, Math.min(windowTo, text.getLength()) };
    }

    /** Whether the visible text came near an edge of the window (an edge that is not the text's end). */
    private boolean windowNeedsMove() {
        if (windowTo == Integer.MAX_VALUE && windowFrom == 0) {
            return visibleTo != Integer.MAX_VALUE && text.getLength() > SMALL_TEXT; // grew past small
        }
        int slack = margin / 4;
        boolean nearStart = windowFrom > 0 && visibleFrom - windowFrom < slack;
        boolean nearEnd = windowTo < text.getLength() && windowTo - visibleTo < slack;
        return nearStart || nearEnd;
    }

    private void placeWindow() {
        if (visibleTo == Integer.MAX_VALUE || text.getLength() <= SMALL_TEXT) {
            windowFrom = 0;
            windowTo = Integer.MAX_VALUE;
            return;
        }
        margin = Math.max(MIN_MARGIN, visibleTo - visibleFrom);
        windowFrom = Math.max(0, visibleFrom - margin);
        windowTo = visibleTo > Integer.MAX_VALUE - margin ? Integer.MAX_VALUE : visibleTo + margin;
    }

    private boolean inWindow(Position p) {
        return !p.isDeleted() && p.getOffset() < windowTo && p.getOffset() + p.getLength() > windowFrom;
    }

    /** The position the JFace model gets for {@code g}: a copy of its span, moved by the same updater rules. */
    private Position enterModel(GlossaAnnotation g) {
        Position copy = new Position(g.position().getOffset(), g.position().getLength());
        inModel.put(g, copy);
        return copy;
    }

    private void track(GlossaAnnotation g) {
        try {
            text.addPosition(spans, g.position());
        } catch (BadLocationException | BadPositionCategoryException e) {
            throw new IllegalStateException("paintable annotation outside the text: " + g.position(), e);
        }
    }

    private void untrack(GlossaAnnotation g) {
        try {
            text.removePosition(spans, g.position());
        } catch (BadPositionCategoryException e) {
            // disconnected meanwhile: nothing to remove
        }
    }

    /** Forgets a painted annotation; if it is in the JFace model, adds it to {@code removedFromModel}. */
    private void forget(GlossaAnnotation g, List<org.eclipse.jface.text.source.Annotation> removedFromModel) {
        shown.remove(g.model());
        untrack(g);
        if (inModel.remove(g) != null) {
            removedFromModel.add(g);
        }
    }

    /** Recomputes the overview ruler's marks (a pass over all painted annotations). */
    private void updateMarks(boolean force) {
        marks.update(shown.values(), force);
    }

    public AnnotationFilter filter() {
        return filter;
    }

    /** Before {@link #connect()} this only sets the filter the model is built with; after, it re-applies it. */
    public void setFilter(AnnotationFilter filter) {
        this.filter = filter == null ? AnnotationFilter.ALL : filter;
        if (!connected) {
            return;
        }
        appearanceChanged = true;
        flush();
    }

    /** Called (before the annotation model changes) when type colours or styles may have changed. */
    public void setAppearanceListener(Runnable listener) {
        this.appearanceListener = listener;
    }

    /** Called after annotations became orphaned by a text edit. */
    public void addOrphanListener(Runnable listener) {
        orphanListeners.add(listener);
    }

    /** The painted (not orphaned) annotation of an EMF annotation, or null. */
    public GlossaAnnotation shownAnnotation(Annotation annotation) {
        return shown.get(annotation);
    }

    /**
     * Painted annotations that pass the filter and cover {@code offset} ({@code begin <= offset < end}), in text
     * order: the enclosing ones first. A binary search in the sorted live spans, not a pass over all annotations:
     * the caret, the hover and the Properties view ask on every move.
     */
    public List<GlossaAnnotation> visibleAt(int offset) {
        List<GlossaAnnotation> at = new ArrayList<>();
        Position[] byOffset = sortedSpans();
        for (int i = firstAtOrAfter(byOffset, (long) offset - longestBound(byOffset)); i < byOffset.length; i++) {
            Position p = byOffset[i];
            if (p.getOffset() > offset) {
                break;
            }
            GlossaAnnotation g = p instanceof LiveSpan span ? shown.get(span.annotation()) : null;
            if (g != null && g.position() == p && !g.isHidden() && !p.isDeleted()
                    && offset < p.getOffset() + p.getLength()) {
                at.add(g);
            }
        }
        at.sort(TEXT_ORDER);
        return at;
    }

    /**
     * The next visible annotation in text order after {@code offset} (the first beginning after it), or the previous
     * one (the last beginning before it), wrapping around at the ends; only those {@code accept} lets
     * through; {@code null} if there is none. One pass, no sort of all annotations.
     */
    public GlossaAnnotation nextVisible(int offset, boolean forward, java.util.function.Predicate<GlossaAnnotation> accept) {
        GlossaAnnotation best = null;
        GlossaAnnotation wrap = null;
        for (GlossaAnnotation g : shown.values()) {
            Position p = g.position();
            if (g.isHidden() || p.isDeleted() || !accept.test(g)) {
                continue;
            }
            if (forward) {
                if (p.getOffset() > offset && (best == null || TEXT_ORDER.compare(g, best) < 0)) {
                    best = g;
                }
                if (wrap == null || TEXT_ORDER.compare(g, wrap) < 0) {
                    wrap = g;
                }
            } else {
                if (p.getOffset() < offset && (best == null || TEXT_ORDER.compare(g, best) > 0)) {
                    best = g;
                }
                if (wrap == null || TEXT_ORDER.compare(g, wrap) > 0) {
                    wrap = g;
                }
            }
        }
        return best != null ? best : wrap;
    }

    /** Applies the collected EMF changes to the annotation model in one batch. */
    public void flush() {
        flushScheduled = false;
        if (!connected) {
            return;
        }
        List<org.eclipse.jface.text.source.Annotation> removed = new ArrayList<>();
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new LinkedHashMap<>();
        List<GlossaAnnotation> changed = new ArrayList<>();
        Collection<Annotation> toCheck = appearanceChanged ? new ArrayList<>(shown.keySet()) : new ArrayList<>(pending);
        if (appearanceChanged) {
            toCheck.addAll(pending);
        }
        pending.clear();
        boolean setChanged = appearanceChanged;
        // The marks follow single additions and removals by their counts; anything else recomputes them.
        boolean marksFollowed = !appearanceChanged;
        if (appearanceChanged) {
            layers.allDirty(); // the filter or the types changed: any annotation may have been hidden or shown
        }
        for (Annotation annotation : toCheck) {
            GlossaAnnotation g = shown.get(annotation);
            boolean paintable = isPaintable(annotation);
            if (g != null && (!paintable || g.position().isDeleted() || g.position().getOffset() != annotation.getBegin()
                    || g.position().getOffset() + g.position().getLength() != annotation.getEnd())) {
                layers.dirty(g);
                marksFollowed &= marks.removed(g);
                forget(g, removed);
                setChanged = true;
                g = null;
            }
            if (g == null && paintable) {
                g = newAnnotation(annotation);
                track(g);
                layers.dirty(g);
                marksFollowed &= marks.added(g);
                setChanged = true;
                if (inWindow(g.position())) {
                    added.put(g, enterModel(g));
                }
            } else if (g != null) {
                if (g.setHidden(!SuggestionVisibility.shows(filter, annotation))) {
                    setChanged = true;
                    marksFollowed = false;
                    layers.dirty(g);
                }
                changed.add(g); // its type or its filter state may have changed
            }
        }
        layers.update(shown.values(), changed);
        // A JFace annotation's type never changes in place (see GlossaAnnotation): one whose type must change is
        // replaced by a new one, in the same replaceAnnotations call; only those whose type stays are "changed".
        List<GlossaAnnotation> stillChanged = new ArrayList<>();
        for (GlossaAnnotation g : new LinkedHashSet<>(changed)) {
            if (shown.get(g.model()) != g) {
                continue; // forgotten, or already replaced
            }
            if (!g.isCurrent()) {
                renew(g, removed, added);
            } else if (!added.containsKey(g) && inModel.containsKey(g)) {
                stillChanged.add(g);
            }
        }
        if (appearanceChanged) {
            appearanceListener.run();
        }
        appearanceChanged = false;
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.replaceAnnotations(removed.toArray(new org.eclipse.jface.text.source.Annotation[0]), added);
        }
        model.fireChanged(stillChanged);
        if (setChanged && !marksFollowed) {
            updateMarks(false);
        }
    }

    private GlossaAnnotation newAnnotation(Annotation annotation) {
        int length = annotation.getEnd() - annotation.getBegin();
        longest = Math.max(longest, length);
        GlossaAnnotation g = new GlossaAnnotation(annotation, new LiveSpan(annotation, annotation.getBegin(), length),
                false, !SuggestionVisibility.shows(filter, annotation));
        shown.put(annotation, g);
        return g;
    }

    /**
     * Puts a new face with the type {@code g}'s state asks for in its place (same EMF annotation, same live span, so
     * no position changes). If {@code g} is in the JFace model, it goes into {@code removed} (or out of {@code added},
     * if it was to be added by this very batch) and the new face into {@code added}.
     */
    private GlossaAnnotation renew(GlossaAnnotation g, List<org.eclipse.jface.text.source.Annotation> removed,
            Map<org.eclipse.jface.text.source.Annotation, Position> added) {
        GlossaAnnotation fresh = g.renewed();
        shown.put(g.model(), fresh);
        if (inModel.remove(g) != null) {
            if (added.remove(g) == null) {
                removed.add(g);
            }
            added.put(fresh, enterModel(fresh));
        }
        return fresh;
    }

    private boolean isPaintable(Annotation annotation) {
        return annotation.eContainer() == document && annotation.getStatus() != AnnotationStatus.ORPHANED
                && annotation.getBegin() >= 0 && annotation.getEnd() > annotation.getBegin()
                && annotation.getEnd() <= text.getLength();
    }

    private void modelChanged(Notification n) {
        Object notifier = n.getNotifier();
        if (notifier == document && n.getFeature() == Literals.DOCUMENT__ANNOTATIONS) {
            collect(n.getOldValue());
            collect(n.getNewValue());
        } else if (notifier instanceof Annotation annotation && (n.getFeature() == Literals.ANNOTATION__TYPE
                || n.getFeature() == Literals.ANNOTATION__BEGIN || n.getFeature() == Literals.ANNOTATION__END
                || n.getFeature() == Literals.ANNOTATION__STATUS)) {
            pending.add(annotation);
        } else if (notifier instanceof AnnotationType || notifier == document.getCodebook()
                || n.getFeature() == Literals.DOCUMENT__CODEBOOK) {
            appearanceChanged = true;
        } else if (notifier instanceof Annotation annotation && !filter.isEmpty()) {
            pending.add(annotation); // memo or attributes may change what the text filter lets through
        } else {
            return;
        }
        if (!flushScheduled) {
            flushScheduled = true;
            Display.getDefault().asyncExec(() -> {
                if (flushScheduled) {
                    flush();
                }
            });
        }
    }

    private void collect(Object value) {
        if (value instanceof Annotation a) {
            pending.add(a);
        } else if (value instanceof Collection<?> many) {
            for (Object o : many) {
                if (o instanceof Annotation a) {
                    pending.add(a);
                }
            }
        }
    }

    /** The follower of text edits has orphaned these (no longer painted): out of the model, the marks, the layers. */
    private void orphaned(List<GlossaAnnotation> orphaned) {
        List<org.eclipse.jface.text.source.Annotation> removedFromModel = new ArrayList<>();
        for (GlossaAnnotation g : orphaned) {
            layers.dirty(g);
            forget(g, removedFromModel);
        }
        if (!removedFromModel.isEmpty()) {
            model.replaceAnnotations(removedFromModel.toArray(new org.eclipse.jface.text.source.Annotation[0]), null);
        }
        updateMarks(false);
        orphanListeners.forEach(Runnable::run);
    }
}
