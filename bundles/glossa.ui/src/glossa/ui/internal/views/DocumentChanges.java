package glossa.ui.internal.views;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import glossa.model.Annotation;

/**
 * What changed in a document since the views last looked, gathered from EMF notifications over a short quiet period.
 * Annotations that were added and removed again within the period appear in neither set.
 */
public final class DocumentChanges {

    final Set<Annotation> added = new LinkedHashSet<>();
    final Set<Annotation> removed = new LinkedHashSet<>();
    final Set<Annotation> changed = new LinkedHashSet<>();
    boolean structure;
    boolean relations;
    boolean moved;
    /** The number of this batch among those delivered for its document: 1, 2, 3 … (0 until delivered). */
    long sequence;

    public Set<Annotation> added() {
        return Collections.unmodifiableSet(added);
    }

    public Set<Annotation> removed() {
        return Collections.unmodifiableSet(removed);
    }

    /** Annotations whose values (type, span, quote, memo, attributes, status…) changed and that are still there. */
    public Set<Annotation> changed() {
        return Collections.unmodifiableSet(changed);
    }

    /** The section tree or the codebook changed: counts and labels must be computed anew. */
    public boolean structureChanged() {
        return structure;
    }

    public boolean relationsChanged() {
        return relations;
    }

    /**
     * Text edits shifted annotations and sections without a notification each ({@link glossa.ui.OffsetsMoved}):
     * their order and the section of each annotation are as before. A batch with nothing else is not delivered.
     */
    public boolean offsetsMoved() {
        return moved;
    }

    /**
     * The number of this batch among those the document's watcher delivered, counting from 1: a view that keeps
     * state from batch to batch can tell whether it saw the one before.
     */
    public long sequence() {
        return sequence;
    }

    public int annotationCount() {
        return added.size() + removed.size() + changed.size();
    }

    public boolean isEmpty() {
        return !structure && !relations && annotationCount() == 0;
    }

    void annotationAdded(Annotation a) {
        if (!removed.remove(a)) {
            added.add(a);
        } else {
            changed.add(a); // removed and put back (undo/redo, move): treat as a change
        }
    }

    void annotationRemoved(Annotation a) {
        changed.remove(a);
        if (!added.remove(a)) {
            removed.add(a);
        }
    }

    void annotationChanged(Annotation a) {
        if (!added.contains(a) && !removed.contains(a)) {
            changed.add(a);
        }
    }
}
