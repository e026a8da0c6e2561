package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.ui.OffsetsMoved;

/**
 * Follows text edits for {@link AnnotationModelBridge}: writes the live spans of the painted annotations back into
 * EMF after each edit (those the edit merely shifted silently, announced once with {@link OffsetsMoved}; the sections
 * move with them), orphans an annotation whose text was deleted, and restores it when an edit puts its quote back
 * where it was (typically the undo of the deletion). These write-backs are consequences of text edits and are undone
 * by undoing the edit, so they are not commands.
 */
final class EditFollower {

    /** What the follower needs of the bridge besides its painted annotations. */
    interface Host {
        /** While on, the bridge ignores the EMF notifications (they are its own write-backs). */
        void setWritingBack(boolean on);

        /** These were orphaned by an edit (their EMF state is already set): stop painting them. */
        void orphaned(List<GlossaAnnotation> orphaned);

        /** Orphans were restored by an edit (through EMF: the bridge paints them on its next flush). */
        void restored();
    }

    /**
     * Where an annotation was orphaned: the offset the removed text collapsed to (kept up to date through later
     * edits) and how far into the removed text the quote began; and its anchor and status before.
     */
    private record Orphaned(int at, int quoteOffset, AnchorState anchor, AnnotationStatus status) {

        Orphaned movedTo(int offset) {
            return new Orphaned(offset, quoteOffset, anchor, status);
        }
    }

    private final Document document;
    private final IDocument text;
    private final PaintedAnnotations painted;
    private final Host host;
    /** Annotations orphaned by an edit, with where and in what state: an edit that restores the quote restores them. */
    private final Map<Annotation, Orphaned> orphanedByEdit = new LinkedHashMap<>();

    EditFollower(Document document, IDocument text, PaintedAnnotations painted, Host host) {
        this.document = document;
        this.text = text;
        this.painted = painted;
        this.host = host;
    }

    /** After every text change; orphans first: one orphaned by this very edit is only restored by a later one. */
    void documentChanged(DocumentEvent event) {
        restoreOrphans(event);
        writeBack(event);
    }

    void clear() {
        orphanedByEdit.clear();
    }

    /**
     * Positions → EMF after a text change. What the edit merely shifted (annotations wholly after it, and the
     * sections) is written silently and announced once with {@link OffsetsMoved}; an annotation the edit touched
     * (its length changed) is set with the usual notifications.
     */
    private void writeBack(DocumentEvent event) {
        List<GlossaAnnotation> orphaned = new ArrayList<>();
        int editEnd = event.getOffset() + event.getLength();
        boolean moved = false;
        // In text order, from the first span the edit can reach: the spans before it are untouched, and walking
        // the rest in order reads the annotations in about the order they lie in memory.
        Position[] spans = painted.spans().sorted();
        int first = LiveSpanIndex.firstAtOrAfter(spans, (long) event.getOffset() - painted.spans().longestBound(spans));
        host.setWritingBack(true);
        try {
            for (int i = first; i < spans.length; i++) {
                if (!(spans[i] instanceof LiveSpan p)) {
                    continue;
                }
                Annotation a = p.annotation();
                if (p.isDeleted() || p.getLength() == 0) {
                    GlossaAnnotation g = painted.face(a);
                    if (g != null && g.position() == p) {
                        orphaned.add(g);
                    }
                    continue;
                }
                int begin = p.getOffset();
                int end = begin + p.getLength();
                if (a.getBegin() == begin && a.getEnd() == end) {
                    continue;
                }
                if (a.getBegin() >= editEnd && end - begin == a.getEnd() - a.getBegin()) {
                    SilentMoves.move(a, begin, end);
                    moved = true;
                } else {
                    a.setBegin(begin);
                    a.setEnd(end);
                }
            }
            if (spans.length < painted.size()) {
                // The position updater took out the spans an edit removed all of (they are marked deleted).
                for (GlossaAnnotation g : painted.all()) {
                    if (g.position().isDeleted() && !orphaned.contains(g)) {
                        orphaned.add(g);
                    }
                }
            }
            moved |= SilentMoves.follow(document.getSections(), event);
            if (moved) {
                int inserted = event.getText() == null ? 0 : event.getText().length();
                document.eNotify(new OffsetsMoved(document, event.getOffset(), event.getLength(), inserted));
            }
            for (GlossaAnnotation g : orphaned) {
                orphan(g, event);
            }
        } finally {
            host.setWritingBack(false);
        }
        if (!orphaned.isEmpty()) {
            host.orphaned(orphaned);
        }
    }

    private void orphan(GlossaAnnotation g, DocumentEvent event) {
        Annotation a = g.model();
        int at = Math.min(g.position().getOffset(), text.getLength());
        // The edit removed all of a's text, so a (its begin still the one before the edit) lay within it.
        int removedAt = event.getOffset();
        orphanedByEdit.put(a, new Orphaned(removedAt, Math.max(0, a.getBegin() - removedAt), a.getAnchor(),
                a.getStatus()));
        a.setBegin(at);
        a.setEnd(at);
        a.setAnchor(AnchorState.ORPHANED);
        a.setStatus(AnnotationStatus.ORPHANED);
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
            host.restored();
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
