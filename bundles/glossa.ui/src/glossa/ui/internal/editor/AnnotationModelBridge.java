package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.widgets.Display;

import glossa.core.filter.AnnotationFilter;
import glossa.model.AnchorState;
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
 * <li>JFace → EMF: while the text is edited the positions are the live offsets; after each text change the new
 * begin/end are written back (the quote stays as it was). An annotation whose text is entirely deleted becomes
 * ORPHANED: kept in the document, no longer painted. The bridge remembers where (and in what state) it orphaned
 * it: when an edit puts the very same quote back at that place (typically undoing the deletion), the annotation
 * gets its span, status and anchor back and is painted again.</li>
 * </ul>
 * Those write-backs are consequences of text edits and are undone by undoing the text edit, so they are not commands.
 */
public final class AnnotationModelBridge {

    private final Document document;
    private final IDocument text;
    private final GlossaAnnotationModel model;
    private final Map<Annotation, GlossaAnnotation> shown = new HashMap<>();
    private final Set<Annotation> pending = new LinkedHashSet<>();
    private boolean appearanceChanged;
    private boolean flushScheduled;
    private boolean writingBack;
    private boolean connected;
    private AnnotationFilter filter = AnnotationFilter.ALL;
    private final List<Runnable> orphanListeners = new ArrayList<>();
    /** Annotations this bridge orphaned, with where and in what state: an edit that restores the quote restores them. */
    private final Map<Annotation, Orphaned> orphanedByEdit = new LinkedHashMap<>();

    /**
     * Where an annotation was orphaned: the offset the removed text collapsed to (kept up to date through later
     * edits) and how far into the removed text the quote began; and its anchor and status before.
     */
    private record Orphaned(int at, int quoteOffset, AnchorState anchor, AnnotationStatus status) {

        Orphaned movedTo(int offset) {
            return new Orphaned(offset, quoteOffset, anchor, status);
        }
    }
    private Runnable appearanceListener = () -> { };

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
            // Orphans first: one orphaned by this very edit is only restored by a later one (its undo).
            restoreOrphans(event);
            writeBackPositions(event);
        }
    };

    public AnnotationModelBridge(Document document, IDocument text, GlossaAnnotationModel model) {
        this.document = document;
        this.text = text;
        this.model = model;
    }

    /** Builds the whole annotation model in one batch and starts listening both ways. */
    public void connect() {
        if (connected) {
            return;
        }
        connected = true;
        List<GlossaAnnotation> all = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (isPaintable(annotation)) {
                all.add(newAnnotation(annotation));
            }
        }
        computeLayers(new ArrayList<>());
        model.replaceAnnotations(null, inTextOrder(all));
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
        model.replaceAnnotations(shown.values().toArray(new org.eclipse.jface.text.source.Annotation[0]), null);
        shown.clear();
        pending.clear();
        orphanedByEdit.clear();
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

    /** Painted annotations that pass the filter, in text order. */
    public List<GlossaAnnotation> visible() {
        List<GlossaAnnotation> visible = new ArrayList<>();
        for (GlossaAnnotation g : shown.values()) {
            if (!g.isHidden() && !g.position().isDeleted()) {
                visible.add(g);
            }
        }
        visible.sort(Comparator.comparingInt((GlossaAnnotation g) -> g.position().getOffset())
                .thenComparing(Comparator.comparingInt((GlossaAnnotation g) -> g.position().getLength()).reversed()));
        return visible;
    }

    /** Applies the collected EMF changes to the annotation model in one batch. */
    public void flush() {
        flushScheduled = false;
        if (!connected) {
            return;
        }
        List<org.eclipse.jface.text.source.Annotation> removed = new ArrayList<>();
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new HashMap<>();
        List<GlossaAnnotation> changed = new ArrayList<>();
        Collection<Annotation> toCheck = appearanceChanged ? new ArrayList<>(shown.keySet()) : new ArrayList<>(pending);
        if (appearanceChanged) {
            toCheck.addAll(pending);
        }
        pending.clear();
        for (Annotation annotation : toCheck) {
            GlossaAnnotation g = shown.get(annotation);
            boolean paintable = isPaintable(annotation);
            if (g != null && (!paintable || g.position().isDeleted() || g.position().getOffset() != annotation.getBegin()
                    || g.position().getOffset() + g.position().getLength() != annotation.getEnd())) {
                removed.add(g);
                shown.remove(annotation);
                g = null;
            }
            if (g == null && paintable) {
                g = newAnnotation(annotation);
                added.put(g, g.position());
            } else if (g != null) {
                g.setHidden(!filter.test(annotation));
                changed.add(g); // its type or its filter state may have changed
            }
        }
        computeLayers(changed);
        changed.removeIf(added::containsKey);
        if (appearanceChanged) {
            appearanceListener.run();
        }
        appearanceChanged = false;
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.replaceAnnotations(removed.toArray(new org.eclipse.jface.text.source.Annotation[0]), added);
        }
        model.fireChanged(new LinkedHashSet<>(changed));
    }

    /** In text order, so that the document's sorted position list grows at its end (no O(n²) insertion). */
    private static Map<org.eclipse.jface.text.source.Annotation, Position> inTextOrder(List<GlossaAnnotation> list) {
        list.sort(Comparator.comparingInt((GlossaAnnotation g) -> g.position().getOffset()));
        Map<org.eclipse.jface.text.source.Annotation, Position> map = new java.util.LinkedHashMap<>();
        for (GlossaAnnotation g : list) {
            map.put(g, g.position());
        }
        return map;
    }

    private GlossaAnnotation newAnnotation(Annotation annotation) {
        GlossaAnnotation g = new GlossaAnnotation(annotation,
                new Position(annotation.getBegin(), annotation.getEnd() - annotation.getBegin()));
        g.setHidden(!filter.test(annotation));
        shown.put(annotation, g);
        return g;
    }

    private boolean isPaintable(Annotation annotation) {
        return annotation.eContainer() == document && annotation.getStatus() != AnnotationStatus.ORPHANED
                && annotation.getBegin() >= 0 && annotation.getEnd() > annotation.getBegin()
                && annotation.getEnd() <= text.getLength();
    }

    /**
     * An annotation that overlaps one starting earlier (or at the same offset and longer) is "layered": painted as a
     * frame so that both stay distinguishable. O(n log n) over the visible annotations.
     */
    private void computeLayers(List<GlossaAnnotation> changed) {
        int reach = -1;
        for (GlossaAnnotation g : visible()) {
            Position p = g.position();
            boolean layered = p.getOffset() < reach;
            if (g.setLayered(layered)) {
                changed.add(g);
            }
            reach = Math.max(reach, p.getOffset() + p.getLength());
        }
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

    /** Positions → EMF after a text change. */
    private void writeBackPositions(DocumentEvent event) {
        List<GlossaAnnotation> orphaned = new ArrayList<>();
        writingBack = true;
        try {
            for (GlossaAnnotation g : shown.values()) {
                Position p = g.position();
                Annotation a = g.model();
                if (p.isDeleted() || p.getLength() == 0) {
                    orphaned.add(g);
                    continue;
                }
                if (a.getBegin() != p.getOffset()) {
                    a.setBegin(p.getOffset());
                }
                if (a.getEnd() != p.getOffset() + p.getLength()) {
                    a.setEnd(p.getOffset() + p.getLength());
                }
            }
        } finally {
            writingBack = false;
        }
        if (orphaned.isEmpty()) {
            return;
        }
        for (GlossaAnnotation g : orphaned) {
            shown.remove(g.model());
            Annotation a = g.model();
            writingBack = true;
            try {
                int at = Math.min(g.position().getOffset(), text.getLength());
                // The edit removed all of a's text, so a (its begin still the one before the edit) lay within it.
                int removedAt = event.getOffset();
                orphanedByEdit.put(a, new Orphaned(removedAt, Math.max(0, a.getBegin() - removedAt), a.getAnchor(),
                        a.getStatus()));
                a.setBegin(at);
                a.setEnd(at);
                a.setAnchor(AnchorState.ORPHANED);
                a.setStatus(AnnotationStatus.ORPHANED);
            } finally {
                writingBack = false;
            }
        }
        model.replaceAnnotations(orphaned.toArray(new org.eclipse.jface.text.source.Annotation[0]), null);
        orphanListeners.forEach(Runnable::run);
    }

    /**
     * Follows the remembered orphan places through a text change, forgets those the change removed or the analyst
     * re-placed (or deleted), and restores each whose quote stands exactly where it was removed from again. The
     * restore goes through the EMF listener like any model change, so the annotation is painted on the next flush.
     */
    private void restoreOrphans(DocumentEvent event) {
        if (orphanedByEdit.isEmpty()) {
            return;
        }
        int from = event.getOffset();
        int to = from + event.getLength();
        int inserted = event.getText() == null ? 0 : event.getText().length();
        boolean restored = false;
        for (var it = orphanedByEdit.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            Annotation a = entry.getKey();
            Orphaned orphan = entry.getValue();
            boolean stillOrphan = a.eContainer() == document && a.getStatus() == AnnotationStatus.ORPHANED
                    && a.getBegin() == a.getEnd();
            if (!stillOrphan || (from < orphan.at() && orphan.at() < to)) {
                it.remove(); // re-placed, accepted or deleted meanwhile, or its place itself was replaced
                continue;
            }
            if (from < orphan.at()) {
                orphan = orphan.movedTo(orphan.at() + inserted - (to - from));
                entry.setValue(orphan);
            }
            String quote = a.getQuote();
            int begin = orphan.at() + orphan.quoteOffset();
            if (quote != null && !quote.isEmpty() && begin + quote.length() <= text.getLength()
                    && quote.equals(textAt(begin, quote.length()))) {
                it.remove();
                a.setBegin(begin);
                a.setEnd(begin + quote.length());
                a.setAnchor(orphan.anchor());
                a.setStatus(orphan.status());
                restored = true;
            }
        }
        if (restored) {
            orphanListeners.forEach(Runnable::run);
        }
    }

    private String textAt(int offset, int length) {
        try {
            return text.get(offset, length);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return null;
        }
    }
}
