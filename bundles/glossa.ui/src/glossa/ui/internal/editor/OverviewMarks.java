package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;

import glossa.model.AnnotationType;

/**
 * The overview ruler's marks, for {@link AnnotationModelBridge}: one per type and stretch of text (at the first
 * annotation of that type there) instead of one per annotation, over the whole text, the annotations near the visible
 * text included: the ruler shows the marks only, so each of its paints walks a few hundred marks rather than the
 * thousands of annotations in the model (once per type). Computing them is a pass over all annotations; adding or deleting one
 * annotation only needs that pass when a stretch gains its first or loses its last annotation of a type, so the
 * number of annotations counted under each mark, and the key each annotation was counted under, are kept.
 */
final class OverviewMarks {

    /** The overview ruler's resolution: the text is cut into this many stretches. */
    static final int STRETCHES = 400;

    private final IDocument text;
    private final GlossaAnnotationModel model;
    private final Map<OverviewMark.Key, OverviewMark> marks = new HashMap<>();
    private final Map<OverviewMark.Key, Integer> counts = new HashMap<>();
    /** By EMF annotation: its JFace face is replaced when its painted type changes (see {@link GlossaAnnotation}). */
    private final Map<glossa.model.Annotation, OverviewMark.Key> countedUnder = new HashMap<>();

    OverviewMarks(IDocument text, GlossaAnnotationModel model) {
        this.text = text;
        this.model = model;
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    Collection<OverviewMark> all() {
        return marks.values();
    }

    void clear() {
        marks.clear();
        counts.clear();
        countedUnder.clear();
    }

    /**
     * {@code g} is now painted (a new annotation); returns false when the marks must be recomputed: its stretch had
     * no mark of its type yet.
     */
    boolean added(GlossaAnnotation g) {
        OverviewMark.Key key = key(g, stretchLength());
        if (key == null) {
            return true;
        }
        if (!marks.containsKey(key)) {
            return false;
        }
        counts.merge(key, 1, Integer::sum);
        countedUnder.put(g.model(), key);
        return true;
    }

    /** {@code g} is no longer painted; returns false when the marks must be recomputed: its mark lost its last one. */
    boolean removed(GlossaAnnotation g) {
        OverviewMark.Key key = countedUnder.remove(g.model());
        if (key == null) {
            return true;
        }
        return counts.merge(key, -1, Integer::sum) > 0;
    }

    /**
     * Recomputes the marks over {@code shown} and replaces those in the model if the set of marks changed (or
     * {@code force}); they move with the text like any position.
     */
    void update(Collection<GlossaAnnotation> shown, boolean force) {
        Map<String, OverviewMark.Stretch[]> byType = new HashMap<>();
        counts.clear();
        countedUnder.clear();
        int stretch = stretchLength();
        for (GlossaAnnotation g : shown) {
            OverviewMark.Key key = key(g, stretch);
            if (key == null) {
                continue;
            }
            OverviewMark.Stretch[] stretches = byType.computeIfAbsent(key.typeId(),
                    id -> new OverviewMark.Stretch[STRETCHES + 1]);
            if (stretches[key.stretch()] == null) {
                stretches[key.stretch()] = new OverviewMark.Stretch();
            }
            stretches[key.stretch()].add(g);
            countedUnder.put(g.model(), key);
        }
        Map<OverviewMark.Key, OverviewMark.Stretch> wanted = new HashMap<>();
        byType.forEach((typeId, stretches) -> {
            for (int i = 0; i < stretches.length; i++) {
                if (stretches[i] != null) {
                    wanted.put(new OverviewMark.Key(typeId, i), stretches[i]);
                    counts.put(new OverviewMark.Key(typeId, i), stretches[i].count());
                }
            }
        });
        if (!force && wanted.keySet().equals(marks.keySet())) {
            return;
        }
        List<org.eclipse.jface.text.source.Annotation> removed = new ArrayList<>(marks.values());
        marks.clear();
        Map<org.eclipse.jface.text.source.Annotation, Position> added = new LinkedHashMap<>();
        wanted.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getValue().first().position().getOffset()))
                .forEach(e -> {
                    GlossaAnnotation first = e.getValue().first();
                    OverviewMark mark = new OverviewMark(e.getKey(), first.model().getType().getName(),
                            e.getValue().count());
                    marks.put(e.getKey(), mark);
                    added.put(mark, new Position(first.position().getOffset(), first.position().getLength()));
                });
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.replaceAnnotations(removed.toArray(new org.eclipse.jface.text.source.Annotation[0]), added);
        }
    }

    private int stretchLength() {
        return text.getLength() / STRETCHES + 1;
    }

    /** The mark {@code g} counts under, or null if it counts under none (hidden, deleted, untyped). */
    private static OverviewMark.Key key(GlossaAnnotation g, int stretch) {
        Position p = g.position();
        AnnotationType type = g.model().getType();
        if (g.isHidden() || p.isDeleted() || type == null) {
            return null;
        }
        return new OverviewMark.Key(type.getId(), Math.min(STRETCHES, p.getOffset() / stretch));
    }
}
