package glossa.ui.internal.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;

/**
 * For {@link AnnotationModelBridge}: the text range whose annotations are in the JFace model, the visible text and a
 * margin either side. It moves only when the visible text comes near one of its ends, and its ends move with the text
 * as the positions do, so an annotation is in the model exactly when it overlaps the window.
 */
final class ModelWindow {

    /**
     * Around the visible text, at least this many characters (or one screenful, if more) on either side have their
     * annotations in the JFace model, so that scrolling a little needs no model change. A jump costs in proportion
     * to the window (its annotations leave and enter the model, and the painter re-styles it): one screenful either
     * side keeps that small, and scrolling page by page moves the window about once per page.
     */
    static final int MIN_MARGIN = 2_048;
    /** A text this short has all its annotations in the model: the window would save nothing worth its moves. */
    static final int SMALL_TEXT = 4 * 4_096;

    private final IDocument text;
    /** The visible text as last told; by default everything (no viewer: all annotations in the model). */
    private int visibleFrom;
    private int visibleTo = Integer.MAX_VALUE;
    /** The window: the visible text and a margin either side. */
    private int from;
    private int to = Integer.MAX_VALUE;
    private int margin = MIN_MARGIN;

    ModelWindow(IDocument text) {
        this.text = text;
    }

    /** The visible text (document offsets) is now {@code [visibleFrom, visibleTo)}. */
    void setVisible(int visibleFrom, int visibleTo) {
        this.visibleFrom = Math.max(0, visibleFrom);
        this.visibleTo = Math.max(this.visibleFrom, visibleTo);
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** Whether the visible text came near an edge of the window (an edge that is not the text's end). */
    boolean needsMove() {
        if (to == Integer.MAX_VALUE && from == 0) {
            return visibleTo != Integer.MAX_VALUE && text.getLength() > SMALL_TEXT; // grew past small
        }
        int slack = margin / 4;
        boolean nearStart = from > 0 && visibleFrom - from < slack;
        boolean nearEnd = to < text.getLength() && to - visibleTo < slack;
        return nearStart || nearEnd;
    }

    /** Puts the window around the visible text (all the text, for a short one or with no viewer). */
    void place() {
        if (visibleTo == Integer.MAX_VALUE || text.getLength() <= SMALL_TEXT) {
            from = 0;
            to = Integer.MAX_VALUE;
            return;
        }
        margin = Math.max(MIN_MARGIN, visibleTo - visibleFrom);
        from = Math.max(0, visibleFrom - margin);
        to = visibleTo > Integer.MAX_VALUE - margin ? Integer.MAX_VALUE : visibleTo + margin;
    }

    boolean contains(Position p) {
        return !p.isDeleted() && p.getOffset() < to && p.getOffset() + p.getLength() > from;
    }

    /**
     * Moves the window's ends with the text, as the positions move: so an annotation is in the model exactly when it
     * overlaps the window, also after text before, inside or across the window's ends was inserted or removed.
     */
    void textChanged(DocumentEvent event) {
        int editFrom = event.getOffset();
        int editTo = editFrom + event.getLength();
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        from = Layers.shifted(from, editFrom, editTo, delta);
        if (to != Integer.MAX_VALUE) {
            to = Layers.shifted(to, editFrom, editTo, delta);
        }
    }

    /** The window, {@code [from, to)}, within the text. */
    int[] range() {
        return new int[] { from, Math.min(to, text.getLength()) };
    }
}
