package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;

import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;

/**
 * Keeps the editor's JFace annotation model in step with the EMF document, the one source of truth.
 * <ul>
 * <li>EMF → JFace: changes are collected ({@link ModelChangeCollector}) and applied in one
 * {@code replaceAnnotations} call per batch (at the end of each command, see {@link #flush()}, or on the next UI
 * turn for changes made outside commands).</li>
 * <li>JFace → EMF: while the text is edited the positions are the live offsets; {@link EditFollower} writes them
 * back after each change, orphans annotations whose text was deleted and restores them when their quote comes back.</li>
 * <li>Only the annotations near the visible text are in the JFace model ({@link #showRange}, {@link ModelWindow}):
 * the annotation painter and the overview ruler do work per annotation in the model, which for 50,000 annotations
 * took seconds after every open. The live span of every painted annotation ({@link PaintedAnnotations}), in the
 * model or not, is a position in a category of its own ({@link LiveSpanIndex}), kept up to date by the document like
 * any other position; an annotation in the model has a second position there, updated by the same rules. The
 * overview ruler shows one mark per type and stretch of text instead ({@link OverviewMark}).</li>
 * </ul>
 */
public final class AnnotationModelBridge {

    private final Document document;
    private final IDocument text;
    private final GlossaAnnotationModel model;
    /** Every painted (paintable) annotation, with its live span. */
    private final PaintedAnnotations painted;
    /** The annotations in the JFace model (those in the window), each with the position the model holds. */
    private final Map<GlossaAnnotation, Position> inModel = new HashMap<>();
    /** The text range whose annotations are in the model. */
    private final ModelWindow window;
    /** The overview ruler's marks far from the visible text. */
    private final OverviewMarks marks;
    private final Layers layers = new Layers();
    private final ModelChangeCollector changes;
    private boolean connected;
    private AnnotationFilter filter = AnnotationFilter.ALL;
    private final List<Runnable> orphanListeners = new ArrayList<>();
    private final EditFollower edits;
    private Runnable appearanceListener = () -> { };
    private Runnable modelMovedListener = () -> { };

    private final IDocumentListener textListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            painted.spans().textInserted(event.getText() == null ? 0 : event.getText().length());
            window.textChanged(event);
            layers.textChanged(event);
            // Orphans first: one orphaned by this very edit is only restored by a later one (its undo).
            edits.documentChanged(event);
        }
    };

    public AnnotationModelBridge(Document document, IDocument text, GlossaAnnotationModel model) {
        this.document = document;
        this.text = text;
        this.model = model;
        this.painted = new PaintedAnnotations(text);
        this.window = new ModelWindow(text);
        this.marks = new OverviewMarks(text, model);
        this.changes = new ModelChangeCollector(document, () -> !filter.isEmpty(), this::flush);
        this.edits = new EditFollower(document, text, painted, new EditFollower.Host() {
            @Override
            public void setWritingBack(boolean on) {
                changes.setWritingBack(on);
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
        painted.spans().connect();
        List<GlossaAnnotation> all = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (isPaintable(annotation)) {
                all.add(newAnnotation(annotation));
            }
        }
        // In text order, so that the document's sorted position lists grow at their end (no O(n²) insertion).
        all.sort(Layers.TEXT_ORDER);
        all.forEach(g -> painted.spans().add(g.position()));
        layers.allDirty();
        List<GlossaAnnotation> layered = new ArrayList<>();
        layers.update(all, layered);
        if (!layered.isEmpty()) {
            all.replaceAll(g -> g.isCurrent() ? g : renew(g, new ArrayList<>(), new LinkedHashMap<>()));
        }
        window.place();
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new LinkedHashMap<>();
        for (GlossaAnnotation g : all) {
            if (window.contains(g.position())) {
                added.put(g, enterModel(g));
            }
        }
        model.replaceAnnotations(null, added);
        updateMarks(true);
        modelMovedListener.run();
        changes.attach();
        text.addDocumentListener(textListener);
    }

    /** Stops listening and empties the annotation model; the EMF document is untouched. */
    public void disconnect() {
        if (!connected) {
            return;
        }
        connected = false;
        changes.detach();
        text.removeDocumentListener(textListener);
        List<org.eclipse.jface.text.source.Annotation> all = new ArrayList<>(inModel.keySet());
        all.addAll(marks.all());
        model.replaceAnnotations(all.toArray(new org.eclipse.jface.text.source.Annotation[0]), null);
        inModel.clear();
        marks.clear();
        painted.spans().disconnect();
        painted.clear();
        changes.pending().clear();
        edits.clear();
    }

    /**
     * Tells the bridge which text is visible (document offsets); the annotations near it are put into the JFace
     * model, those that scrolled far away are taken out. Cheap when the visible text is still well inside the
     * range already in the model.
     */
    public void showRange(int from, int to) {
        window.setVisible(from, to);
        if (!connected || !window.needsMove()) {
            return;
        }
        window.place();
        List<org.eclipse.jface.text.source.Annotation> removed = new ArrayList<>();
        for (Iterator<GlossaAnnotation> it = inModel.keySet().iterator(); it.hasNext();) {
            GlossaAnnotation g = it.next();
            if (!window.contains(g.position())) {
                removed.add(g);
                it.remove();
            }
        }
        List<GlossaAnnotation> entering = new ArrayList<>();
        for (GlossaAnnotation g : painted.overlapping(window)) {
            if (!inModel.containsKey(g)) {
                entering.add(g);
            }
        }
        entering.sort(Layers.TEXT_ORDER);
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
     * Called after the model was built or moved to other text: the annotation painter applies model changes only
     * in a runnable it posts, so the editor asks it to catch up at once (the model is small).
     */
    public void setModelMovedListener(Runnable listener) {
        this.modelMovedListener = listener;
    }

    /** The text range whose annotations are in the JFace model, {@code [from, to)}; for tests. */
    public int[] modelRange() {
        return window.range();
    }

    /** The position the JFace model gets for {@code g}: a copy of its span, moved by the same updater rules. */
    private Position enterModel(GlossaAnnotation g) {
        Position copy = new Position(g.position().getOffset(), g.position().getLength());
        inModel.put(g, copy);
        return copy;
    }

    /** Forgets a painted annotation; if it is in the JFace model, adds it to {@code removedFromModel}. */
    private void forget(GlossaAnnotation g, List<org.eclipse.jface.text.source.Annotation> removedFromModel) {
        painted.remove(g.model());
        painted.spans().remove(g.position());
        if (inModel.remove(g) != null) {
            removedFromModel.add(g);
        }
    }

    /** Recomputes the overview ruler's marks (a pass over all painted annotations). */
    private void updateMarks(boolean force) {
        marks.update(painted.all(), force);
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
        changes.setAppearanceChanged(true);
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
        return painted.face(annotation);
    }

    /** Painted annotations that pass the filter and cover {@code offset}, the enclosing ones first. */
    public List<GlossaAnnotation> visibleAt(int offset) {
        return painted.visibleAt(offset);
    }

    /** The next (or previous) visible annotation after {@code offset} that {@code accept} lets through. */
    public GlossaAnnotation nextVisible(int offset, boolean forward, java.util.function.Predicate<GlossaAnnotation> accept) {
        return painted.nextVisible(offset, forward, accept);
    }

    /** Applies the collected EMF changes to the annotation model in one batch. */
    public void flush() {
        changes.flushing();
        if (!connected) {
            return;
        }
        List<org.eclipse.jface.text.source.Annotation> removed = new ArrayList<>();
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new LinkedHashMap<>();
        List<GlossaAnnotation> changed = new ArrayList<>();
        Collection<Annotation> pending = changes.pending();
        Collection<Annotation> toCheck = changes.appearanceChanged() ? new ArrayList<>(painted.annotations())
                : new ArrayList<>(pending);
        if (changes.appearanceChanged()) {
            toCheck.addAll(pending);
        }
        pending.clear();
        boolean setChanged = changes.appearanceChanged();
        // The marks follow single additions and removals by their counts; anything else recomputes them.
        boolean marksFollowed = !changes.appearanceChanged();
        if (changes.appearanceChanged()) {
            layers.allDirty(); // the filter or the types changed: any annotation may have been hidden or shown
        }
        for (Annotation annotation : toCheck) {
            GlossaAnnotation g = painted.face(annotation);
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
                painted.spans().add(g.position());
                layers.dirty(g);
                marksFollowed &= marks.added(g);
                setChanged = true;
                if (window.contains(g.position())) {
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
        layers.update(painted.all(), changed);
        // A JFace annotation's type never changes in place (see GlossaAnnotation): one whose type must change is
        // replaced by a new one, in the same replaceAnnotations call; only those whose type stays are "changed".
        List<GlossaAnnotation> stillChanged = new ArrayList<>();
        for (GlossaAnnotation g : new LinkedHashSet<>(changed)) {
            if (painted.face(g.model()) != g) {
                continue; // forgotten, or already replaced
            }
            if (!g.isCurrent()) {
                renew(g, removed, added);
            } else if (!added.containsKey(g) && inModel.containsKey(g)) {
                stillChanged.add(g);
            }
        }
        if (changes.appearanceChanged()) {
            appearanceListener.run();
        }
        changes.setAppearanceChanged(false);
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
        painted.spans().spanMade(length);
        GlossaAnnotation g = new GlossaAnnotation(annotation, new LiveSpan(annotation, annotation.getBegin(), length),
                false, !SuggestionVisibility.shows(filter, annotation));
        painted.put(annotation, g);
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
        painted.put(g.model(), fresh);
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
