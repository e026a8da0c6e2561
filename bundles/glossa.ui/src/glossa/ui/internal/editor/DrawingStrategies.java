package glossa.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationPainter.IDrawingStrategy;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Decorations drawn over the text for annotations that are not painted as a background: frames (also used for the
 * upper layers of overlapping annotations), thick underlines and squiggles. Each works per visual line, so spans
 * broken by word wrap are drawn correctly.
 */
final class DrawingStrategies {

    private DrawingStrategies() {
    }

    static final String FRAME = "glossa.frame";
    static final String UNDERLINE = "glossa.underline";
    static final String SQUIGGLE = "glossa.squiggle";
    static final String DASHED = "glossa.dashed";

    /** A rectangle per visual line covered by {@code offset..offset+length}, in widget coordinates. */
    static List<Rectangle> segments(StyledText widget, int offset, int length) {
        List<Rectangle> segments = new ArrayList<>();
        int end = Math.min(offset + length, widget.getCharCount());
        int start = offset;
        int y = widget.getLocationAtOffset(start).y;
        for (int i = start + 1; i < end; i++) {
            int yi = widget.getLocationAtOffset(i).y;
            if (yi != y) {
                segments.add(widget.getTextBounds(start, i - 1));
                start = i;
                y = yi;
            }
        }
        if (start < end) {
            segments.add(widget.getTextBounds(start, end - 1));
        }
        return segments;
    }

    /**
     * Asks for the on-screen part of a range to be repainted. The painter calls this for every decorated annotation
     * when it (re)enables painting; {@code StyledText.redrawRange} would also reset the widget's line cache and scroll
     * bars each time, which with word wrap costs a pass over the document per annotation (20 s for 50,000 on a 1 MB
     * article). Off-screen ranges need nothing: they are painted when scrolled into view. The on-screen parts are
     * collected and redrawn once, on the next UI turn: {@code StyledText.redraw} recomputes the scroll bars too, and
     * the painter asks once per decoration on screen.
     */
    static void invalidate(StyledText widget, int offset, int length) {
        if (length <= 0 || offset >= widget.getCharCount()) {
            return;
        }
        int first = widget.getLineAtOffset(offset);
        int last = widget.getLineAtOffset(offset + length);
        int top = widget.getTopIndex();
        int bottom = widget.getLineIndex(widget.getClientArea().height);
        if (last < top || first > bottom) {
            return;
        }
        Rectangle area = widget.getClientArea();
        int y1 = Math.max(0, widget.getLinePixel(Math.max(first, top)));
        int y2 = last + 1 < widget.getLineCount() ? Math.min(area.height, widget.getLinePixel(last + 1)) : area.height;
        if (y2 > y1) {
            redrawLater(widget, new Rectangle(0, y1, area.width, y2 - y1));
        }
    }

    private static final String PENDING_REDRAW = DrawingStrategies.class.getName() + ".pendingRedraw";

    /** Adds {@code area} to the widget's pending redraw; the first addition schedules it. */
    private static void redrawLater(StyledText widget, Rectangle area) {
        if (widget.getData(PENDING_REDRAW) instanceof Rectangle pending) {
            widget.setData(PENDING_REDRAW, pending.union(area));
            return;
        }
        widget.setData(PENDING_REDRAW, area);
        widget.getDisplay().asyncExec(() -> {
            if (widget.isDisposed()) {
                return;
            }
            Object pending = widget.getData(PENDING_REDRAW);
            widget.setData(PENDING_REDRAW, null);
            if (pending instanceof Rectangle r) {
                widget.redraw(r.x, r.y, r.width, r.height, true);
            }
        });
    }

    abstract static class PerLine implements IDrawingStrategy {
        @Override
        public void draw(Annotation annotation, GC gc, StyledText widget, int offset, int length, Color color) {
            if (length <= 0) {
                return;
            }
            if (gc == null) {
                invalidate(widget, offset, Math.min(length, widget.getCharCount() - offset));
                return;
            }
            Color old = gc.getForeground();
            int oldWidth = gc.getLineWidth();
            gc.setForeground(color);
            for (Rectangle r : segments(widget, offset, length)) {
                paint(gc, r);
            }
            gc.setForeground(old);
            gc.setLineWidth(oldWidth);
        }

        abstract void paint(GC gc, Rectangle line);
    }

    /** A 2-pixel frame, open at the line breaks of a wrapped span. */
    static final class Frame extends PerLine {
        @Override
        void paint(GC gc, Rectangle r) {
            gc.setLineWidth(2);
            gc.drawRectangle(r.x, r.y + 1, Math.max(r.width - 1, 1), r.height - 2);
        }
    }

    /** A 3-pixel underline, thick enough to read on CJK glyphs. */
    static final class ThickUnderline extends PerLine {
        @Override
        void paint(GC gc, Rectangle r) {
            gc.setLineWidth(3);
            int y = r.y + r.height - 2;
            gc.drawLine(r.x, y, r.x + r.width, y);
        }
    }

    static final class Squiggle extends PerLine {
        @Override
        void paint(GC gc, Rectangle r) {
            gc.setLineWidth(1);
            int y = r.y + r.height - 3;
            int[] points = new int[((r.width / 2) + 2) * 2];
            int n = 0;
            for (int x = r.x; x <= r.x + r.width && n + 1 < points.length; x += 2) {
                points[n++] = x;
                points[n++] = (x / 2) % 2 == 0 ? y : y + 2;
            }
            int[] used = new int[n];
            System.arraycopy(points, 0, used, 0, n);
            gc.drawPolyline(used);
        }
    }

    /** A dashed 2-pixel outline: a suggestion, not yet the analyst's coding, so never filled. */
    static final class DashedOutline extends PerLine {
        @Override
        void paint(GC gc, Rectangle r) {
            int oldStyle = gc.getLineStyle();
            gc.setLineWidth(2);
            gc.setLineStyle(org.eclipse.swt.SWT.LINE_DASH);
            gc.drawRectangle(r.x, r.y + 1, Math.max(r.width - 1, 1), r.height - 2);
            gc.setLineStyle(oldStyle);
        }
    }
}
