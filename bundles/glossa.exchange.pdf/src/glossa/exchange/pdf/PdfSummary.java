package glossa.exchange.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import glossa.core.stats.SummaryRows;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ReportLabels;
import glossa.model.AnnotationType;

/**
 * The summary on the first pages of the PDF: the table (chapters in bold with their totals, points indented beneath,
 * a total row that adds up the chapters) and the bar chart (grouped by chapter, one stacked bar per row, counts only on
 * non-zero bars).
 */
final class PdfSummary {

    private static final float ROW = 16;
    private static final float SIZE = 8.5f;
    private static final float NUMBER_COLUMN = 52;
    private static final float INDENT = 12;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    private static final Color CHAPTER = new Color(0xF7, 0xF7, 0xF7);

    private final PdfCanvas canvas;
    private final ExportModel model;
    private final ReportLabels labels;
    private final List<Color> colors;

    PdfSummary(PdfCanvas canvas, ExportModel model, List<Color> colors) {
        this.canvas = canvas;
        this.model = model;
        this.labels = model.labels();
        this.colors = colors;
    }

    void write(List<SummaryRows.Row> rows) throws IOException {
        title(labels.get("summary"));
        List<AnnotationType> types = model.types();
        float labelWidth = PdfCanvas.RIGHT - PdfCanvas.LEFT - NUMBER_COLUMN * (types.size() + 1);
        String[] header = new String[types.size() + 2];
        header[0] = labels.get("section");
        for (int t = 0; t < types.size(); t++) {
            header[t + 1] = labels.typeName(types.get(t));
        }
        header[header.length - 1] = labels.get("total");
        row(header, 0, true, HEAD, labelWidth, -1);
        int[] totals = new int[types.size() + 1];
        for (SummaryRows.Row row : rows) {
            String[] cells = new String[types.size() + 2];
            cells[0] = labels.sectionLabel(row.section(), row.label());
            for (int t = 0; t < types.size(); t++) {
                cells[t + 1] = Integer.toString(row.counts()[t]);
                if (row.depth() == 1) {
                    totals[t] += row.counts()[t];
                }
            }
            cells[cells.length - 1] = Integer.toString(row.total());
            if (row.depth() == 1) {
                totals[types.size()] += row.total();
            }
            row(cells, row.depth() - 1, row.depth() == 1, row.depth() == 1 ? CHAPTER : null, labelWidth, 0);
        }
        if (!model.unsectioned().isEmpty()) {
            String[] cells = new String[types.size() + 2];
            cells[0] = labels.get("outside");
            int sum = 0;
            for (int t = 0; t < types.size(); t++) {
                int n = model.statistics().unsectioned(types.get(t));
                cells[t + 1] = Integer.toString(n);
                totals[t] += n;
                sum += n;
            }
            cells[cells.length - 1] = Integer.toString(sum);
            totals[types.size()] += sum;
            row(cells, 0, true, CHAPTER, labelWidth, 0);
        }
        String[] foot = new String[types.size() + 2];
        foot[0] = labels.get("total");
        for (int i = 0; i < totals.length; i++) {
            foot[i + 1] = Integer.toString(totals[i]);
        }
        row(foot, 0, true, HEAD, labelWidth, 0);
        canvas.moveDown(16);
        chart(rows);
    }

    private void title(String text) throws IOException {
        canvas.ensure(60);
        canvas.text(text, PdfCanvas.LEFT, canvas.y() - 14, 13, TEXT, true);
        canvas.moveDown(24);
    }

    /** One table row; {@code swatches} ≥ 0 draws nothing extra, -1 (the header) draws type swatches. */
    private void row(String[] cells, int depth, boolean bold, Color shade, float labelWidth, int swatches)
            throws IOException {
        canvas.ensure(ROW);
        float top = canvas.y();
        float baseline = top - ROW + 4.5f;
        float width = PdfCanvas.RIGHT - PdfCanvas.LEFT;
        if (shade != null) {
            canvas.fill(PdfCanvas.LEFT, top - ROW, width, ROW, shade);
        }
        canvas.line(PdfCanvas.LEFT, top - ROW, PdfCanvas.RIGHT, top - ROW, 0.4f, RULE);
        float indent = 4 + depth * INDENT;
        canvas.text(fit(cells[0], labelWidth - indent - 4, SIZE), PdfCanvas.LEFT + indent, baseline, SIZE, TEXT, bold);
        for (int c = 1; c < cells.length; c++) {
            float right = PdfCanvas.LEFT + labelWidth + NUMBER_COLUMN * c - 4;
            String cell = fit(cells[c], NUMBER_COLUMN - (swatches == -1 && c < cells.length - 1 ? 16 : 6), SIZE);
            float w = canvas.fonts().width(cell, SIZE);
            boolean strong = bold || c == cells.length - 1 && depth == 0;
            canvas.text(cell, right - w, baseline, SIZE, TEXT, strong);
            if (swatches == -1 && c < cells.length - 1) {
                canvas.fill(right - w - 10, baseline - 0.5f, 7, 7, colors.get(c - 1));
            }
        }
        canvas.moveDown(ROW);
    }

    /** Grouped by chapter: a gap before each chapter, one stacked bar per row, counts only where non-zero. */
    private void chart(List<SummaryRows.Row> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        title(labels.get("chart"));
        int max = 1;
        for (SummaryRows.Row row : rows) {
            max = Math.max(max, row.total());
        }
        float labelWidth = 200;
        float plot = PdfCanvas.RIGHT - PdfCanvas.LEFT - labelWidth - 30;
        float bar = 10;
        for (SummaryRows.Row row : rows) {
            if (row.depth() == 1) {
                canvas.moveDown(5);
            }
            canvas.ensure(14);
            float top = canvas.y();
            float baseline = top - bar + 1.5f;
            float indent = (row.depth() - 1) * INDENT;
            canvas.text(fit(labels.sectionLabel(row.section(), row.label()), labelWidth - indent - 8, 8),
                    PdfCanvas.LEFT + indent, baseline, 8, TEXT, row.depth() == 1);
            float x = PdfCanvas.LEFT + labelWidth;
            for (int t = 0; t < row.counts().length; t++) {
                int n = row.counts()[t];
                if (n == 0) {
                    continue;
                }
                float w = Math.max(2, n * plot / max);
                canvas.fill(x, top - bar, w, bar, colors.get(t));
                String count = Integer.toString(n);
                float cw = canvas.fonts().width(count, 6.5f);
                if (w >= cw + 4) {
                    canvas.text(count, x + (w - cw) / 2, top - bar + 2.5f, 6.5f, TEXT, false);
                }
                x += w;
            }
            if (row.total() > 0) {
                canvas.text(Integer.toString(row.total()), x + 3, baseline, 7.5f, TEXT, false);
            }
            canvas.moveDown(14);
        }
    }

    /** The text, shortened with … to fit {@code width} points. */
    private String fit(String text, float width, float size) {
        if (canvas.fonts().width(text, size) <= width) {
            return text;
        }
        float ellipsis = canvas.fonts().width("…", size);
        StringBuilder sb = new StringBuilder();
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            float cw = canvas.fonts().width(c, size);
            if (w + cw + ellipsis > width) {
                break;
            }
            sb.appendCodePoint(c);
            w += cw;
            i += Character.charCount(c);
        }
        return sb.append('…').toString();
    }
}
