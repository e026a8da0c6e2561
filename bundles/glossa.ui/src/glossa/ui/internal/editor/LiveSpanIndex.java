package glossa.ui.internal.editor;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.Position;

/**
 * The live spans ({@link LiveSpan}) of one bridge's painted annotations, in a position category of their own: the
 * document keeps it sorted by offset and moves its positions with every edit like any other. The spans near an offset
 * are those from the longest span's length before it: a binary search ({@link #firstAtOrAfter}), not a pass over all.
 */
final class LiveSpanIndex {

    private static final AtomicInteger INDEXES = new AtomicInteger();
    private static final int LONGEST_SLACK = 4_096;

    private final IDocument text;
    /** The position category of the live spans. */
    private final String category = "glossa.spans." + INDEXES.incrementAndGet();
    private final IPositionUpdater updater = new DefaultPositionUpdater(category);
    /** At least the length of the longest live span, less {@link #growth}; recomputed when that grew much. */
    private int longest;
    /** Text inserted since {@link #longest} was computed: a span may have grown by up to this much. */
    private long growth;

    LiveSpanIndex(IDocument text) {
        this.text = text;
    }

    /** Makes the category; the document moves its spans from now on. */
    void connect() {
        text.addPositionCategory(category);
        text.addPositionUpdater(updater);
    }

    void disconnect() {
        text.removePositionUpdater(updater);
        try {
            text.removePositionCategory(category);
        } catch (BadPositionCategoryException e) {
            // not there: nothing to remove
        }
    }

    void add(Position span) {
        try {
            text.addPosition(category, span);
        } catch (BadLocationException | BadPositionCategoryException e) {
            throw new IllegalStateException("paintable annotation outside the text: " + span, e);
        }
    }

    void remove(Position span) {
        try {
            text.removePosition(category, span);
        } catch (BadPositionCategoryException e) {
            // disconnected meanwhile: nothing to remove
        }
    }

    /** A span of {@code length} was made: the bound on the longest stays an upper bound. */
    void spanMade(int length) {
        longest = Math.max(longest, length);
    }

    /** Inserted text can lengthen a span by as much: the bound on the longest stays an upper bound. */
    void textInserted(int length) {
        growth += Math.max(0, length);
    }

    /** The live spans of the painted annotations, sorted by offset (the document keeps them so); none if disconnected. */
    Position[] sorted() {
        try {
            return text.getPositions(category);
        } catch (BadPositionCategoryException e) {
            return new Position[0];
        }
    }

    /**
     * At least the length of the longest of {@code spansByOffset}: a span starting further before an offset does not
     * reach it. Recomputed from the spans once inserted text may have lengthened one by more than a little.
     */
    long longestBound(Position[] spansByOffset) {
        if (growth > LONGEST_SLACK) {
            longest = 0;
            for (Position p : spansByOffset) {
                longest = Math.max(longest, p.getLength());
            }
            growth = 0;
        }
        return longest + growth;
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
}
