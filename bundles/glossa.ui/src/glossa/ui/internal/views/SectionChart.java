package glossa.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import glossa.ui.internal.nls.Messages;

/** Bars per top-level section and type, drawn with SWT's GC on a canvas; a tooltip names the bar under the mouse. */
public final class SectionChart {

    private final Canvas canvas;
    private ChartData data;
    private ChartLayout layout;

    public SectionChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> {
            Point size = canvas.getSize();
            layout = paint(e.gc, data, size.x, size.y);
        });
        canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(tooltipAt(e.x, e.y)));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltipAt(e.x, e.y)));
    }

    public Canvas control() {
        return canvas;
    }

    public ChartData data() {
        return data;
    }

    public void setData(ChartData data) {
        this.data = data;
        canvas.redraw();
    }

    private String tooltipAt(int x, int y) {
        if (layout != null) {
            for (ChartLayout.Bar bar : layout.bars()) {
                if (x >= bar.x() && x <= bar.x() + bar.width() && y >= Math.min(bar.y(), layout.baseline - 3)
                        && y <= layout.baseline) {
                    return bar.tooltip();
                }
            }
        }
        return null;
    }

    /** Draws the chart; used for the screen and for PNG export alike. */
    static ChartLayout paint(GC gc, ChartData data, int width, int height) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, width, height);
        if (data == null || data.categories().isEmpty()) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(Messages.Chart_noSections, ChartLayout.MARGIN, ChartLayout.MARGIN, true);
            return null;
        }
        gc.setAntialias(SWT.ON);
        ChartLayout layout = ChartLayout.compute(data, width, height, s -> gc.textExtent(s).x);
        Color axis = new Color(new RGB(0x88, 0x88, 0x88));
        gc.setForeground(axis);
        gc.drawLine(layout.axisLeft, layout.baseline, layout.axisRight, layout.baseline);
        gc.drawLine(layout.axisLeft, layout.top, layout.axisLeft, layout.baseline);
        for (ChartLayout.Swatch s : layout.swatches) {
            gc.setBackground(new Color(s.color()));
            gc.fillRectangle(s.x(), s.y(), s.size(), s.size());
        }
        for (ChartLayout.Bar b : layout.bars()) {
            if (b.height() > 0) {
                gc.setBackground(new Color(b.color()));
                gc.fillRectangle(b.x(), b.y(), b.width(), b.height());
            }
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        for (ChartLayout.Label l : layout.labels) {
            int x = l.centered() ? l.x() - gc.textExtent(l.text()).x / 2 : l.x();
            gc.drawText(l.text(), x, l.y(), true);
        }
        return layout;
    }

    /** The chart as an image of the given size; the caller disposes it. */
    public static Image toImage(Display display, ChartData data, int width, int height) {
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        try {
            paint(gc, data, width, height);
        } finally {
            gc.dispose();
        }
        return image;
    }

    public static void savePng(Display display, ChartData data, int width, int height, String path) {
        Image image = toImage(display, data, width, height);
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(path, SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
