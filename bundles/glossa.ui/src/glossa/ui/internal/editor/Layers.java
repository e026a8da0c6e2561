package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.Position;

/**
 * Which painted annotations are "layered", for {@link AnnotationModelBridge}: an annotation that overlaps one
 * starting earlier (or at the same offset and longer) is painted as a frame, so that both stay distinguishable.
 * <p>
 * Recomputing all of them sorts every visible annotation (50,000: tens of ms, on every command). Only the annotations
 * that start inside a changed span can change: one starting after every changed span sees the same reach of the
 * earlier ones. So changes are collected as a dirty range of offsets (kept in step with text edits, like the
 * positions), and {@link #update} re-sorts only the annotations starting in it, after one unsorted pass for the reach
 * of those before it. A text edit changes no overlap, except where removed text made annotations start at the same
 * offset: the edit's place is dirty too.
 */
final class Layers {

    private static final Comparator<String> IDS = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * By offset, the longer first at the same offset: the order of the layers. Annotations with the very same span
     * are ordered by id, so which of them is the bottom layer does not depend on the order of a hash map (which made
     * it change from one run, or one recomputation, to the next).
     */
    static final Comparator<GlossaAnnotation> TEXT_ORDER = (a, b) -> {
        Position p = a.position();
        Position q = b.position();
        if (p.getOffset() != q.getOffset()) {
            return Integer.compare(p.getOffset(), q.getOffset());
        }
        if (p.getLength() != q.getLength()) {
            return Integer.compare(q.getLength(), p.getLength());
        }
        return IDS.compare(a.model().getId(), b.model().getId());
    };

    private int dirtyFrom = Integer.MAX_VALUE;
    private int dirtyTo = Integer.MIN_VALUE;
    private boolean allDirty;

    /** The span of {@code g} as it is now (before a change, or after) must be looked at again. */
    void dirty(GlossaAnnotation g) {
        Position p = g.position();
        if (p.isDeleted()) {
            allDirty = true; // its span is gone: where it was is no longer known
            return;
        }
        dirty(p.getOffset(), p.getOffset() + p.getLength() + 1);
    }

    void allDirty() {
        allDirty = true;
    }

    /** Moves the dirty range with a text edit and adds the edit's place. */
    void textChanged(DocumentEvent event) {
        int from = event.getOffset();
        int to = from + event.getLength();
        int inserted = event.getText() == null ? 0 : event.getText().length();
        if (dirtyFrom <= dirtyTo) {
            dirtyFrom = shifted(dirtyFrom, from, to, inserted - event.getLength());
            dirtyTo = shifted(dirtyTo, from, to, inserted - event.getLength());
        }
        if (event.getLength() > 0) {
            dirty(from, from + inserted + 1);
        }
    }

    /** The offset a text edit of {@code [from, to)} moves {@code offset} to, as the positions move. */
    static int shifted(int offset, int from, int to, int delta) {
        if (offset <= from) {
            return offset;
        }
        return offset >= to ? offset + delta : from;
    }

    private void dirty(int from, int to) {
        dirtyFrom = Math.min(dirtyFrom, from);
        dirtyTo = Math.max(dirtyTo, to);
    }

    /**
     * Recomputes the layered state where it may have changed, over {@code shown} (all painted annotations, hidden
     * ones are skipped); adds those whose state changed to {@code changed}.
     */
    void update(Collection<GlossaAnnotation> shown, List<GlossaAnnotation> changed) {
        int from = allDirty ? Integer.MIN_VALUE : dirtyFrom;
        int to = allDirty ? Integer.MAX_VALUE : dirtyTo;
        allDirty = false;
        dirtyFrom = Integer.MAX_VALUE;
        dirtyTo = Integer.MIN_VALUE;
        if (from >= to) {
            return;
        }
        int reach = -1;
        List<GlossaAnnotation> inRange = new ArrayList<>();
        for (GlossaAnnotation g : shown) {
            Position p = g.position();
            if (g.isHidden() || p.isDeleted()) {
                continue;
            }
            if (p.getOffset() < from) {
                reach = Math.max(reach, p.getOffset() + p.getLength());
            } else if (p.getOffset() < to) {
                inRange.add(g);
            }
        }
        inRange.sort(TEXT_ORDER);
        for (GlossaAnnotation g : inRange) {
            Position p = g.position();
            if (g.setLayered(p.getOffset() < reach)) {
                changed.add(g);
            }
            reach = Math.max(reach, p.getOffset() + p.getLength());
        }
    }
}
