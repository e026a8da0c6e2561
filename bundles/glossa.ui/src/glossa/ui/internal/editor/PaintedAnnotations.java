package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;

import glossa.model.Annotation;

/**
 * The painted annotations of one {@link AnnotationModelBridge}, in the JFace model or not: the face
 * ({@link GlossaAnnotation}) of every paintable EMF annotation, each with its live span in a {@link LiveSpanIndex},
 * and the searches over them that the caret, the hover, the navigation and the model window ask for.
 */
final class PaintedAnnotations {

    /** By offset, the longer first at the same offset. */
    private static final Comparator<GlossaAnnotation> TEXT_ORDER = Layers.TEXT_ORDER;

    private final Map<Annotation, GlossaAnnotation> faces = new HashMap<>();
    private final LiveSpanIndex spans;

    PaintedAnnotations(IDocument text) {
        this.spans = new LiveSpanIndex(text);
    }

    /** The live spans of the painted annotations. */
    LiveSpanIndex spans() {
        return spans;
    }

    /** The painted face of an EMF annotation, or null. */
    GlossaAnnotation face(Annotation annotation) {
        return faces.get(annotation);
    }

    void put(Annotation annotation, GlossaAnnotation face) {
        faces.put(annotation, face);
    }

    void remove(Annotation annotation) {
        faces.remove(annotation);
    }

    /** Every painted annotation. */
    Collection<GlossaAnnotation> all() {
        return faces.values();
    }

    /** The EMF annotations painted. */
    Set<Annotation> annotations() {
        return faces.keySet();
    }

    int size() {
        return faces.size();
    }

    void clear() {
        faces.clear();
    }

    /**
     * The painted annotations overlapping the window, found in the document's sorted list of live spans: those
     * starting from the longest span's length before the window up to its end.
     */
    List<GlossaAnnotation> overlapping(ModelWindow window) {
        Position[] spansByOffset = spans.sorted();
        List<GlossaAnnotation> overlapping = new ArrayList<>();
        long from = (long) window.from() - spans.longestBound(spansByOffset);
        for (int i = LiveSpanIndex.firstAtOrAfter(spansByOffset, from); i < spansByOffset.length; i++) {
            Position p = spansByOffset[i];
            if (p.getOffset() >= window.to()) {
                break;
            }
            GlossaAnnotation g = p instanceof LiveSpan span ? faces.get(span.annotation()) : null;
            if (g != null && g.position() == p && window.contains(p)) {
                overlapping.add(g);
            }
        }
        return overlapping;
    }

    /**
     * Painted annotations that pass the filter and cover {@code offset} ({@code begin <= offset < end}), in text
     * order: the enclosing ones first. A binary search in the sorted live spans, not a pass over all annotations:
     * the caret, the hover and the Properties view ask on every move.
     */
    List<GlossaAnnotation> visibleAt(int offset) {
        List<GlossaAnnotation> at = new ArrayList<>();
        Position[] byOffset = spans.sorted();
        for (int i = LiveSpanIndex.firstAtOrAfter(byOffset, (long) offset - spans.longestBound(byOffset));
                i < byOffset.length; i++) {
            Position p = byOffset[i];
            if (p.getOffset() > offset) {
                break;
            }
            GlossaAnnotation g = p instanceof LiveSpan span ? faces.get(span.annotation()) : null;
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
    GlossaAnnotation nextVisible(int offset, boolean forward, Predicate<GlossaAnnotation> accept) {
        GlossaAnnotation best = null;
        GlossaAnnotation wrap = null;
        for (GlossaAnnotation g : faces.values()) {
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
}
