package glossa.core.tests.export;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a reader of a PDF sees, page by page: every glyph drawn (its character, baseline position, advance width, size,
 * font, colour, whether stroked as bold), every filled rectangle and every stroked line, in PDF coordinates (origin at
 * the bottom left, points). Read by replaying the content streams with PDFBox, so the tests state positions and
 * colours rather than the operators that produce them.
 */
final class PdfView {

    /** Page geometry of the report: A4 with 56 pt side margins and 60 pt top and bottom margins. */
    static final float WIDTH = 595.27563f;
    static final float HEIGHT = 841.8898f;
    static final float LEFT = 56;
    static final float RIGHT = WIDTH - 56;
    static final float TOP = HEIGHT - 60;
    static final float BOTTOM = 60;
    static final float EPS = 0.05f;

    /** One drawn character; {@code stroke} is the outline's colour and width when stroked (bold), else null. */
    record Glyph(int page, String text, float x, float y, float width, float size, String font, int rgb,
            boolean bold, float[] stroke) {
        float right() {
            return x + width;
        }
    }

    record Rect(int page, float x, float y, float w, float h, int rgb) {
        float right() {
            return x + w;
        }

        float top() {
            return y + h;
        }
    }

    record Stroke(int page, float x1, float y1, float x2, float y2, float width, int rgb) {
    }

    /** One line of text: glyphs on one page sharing a baseline, left to right. */
    record Line(int page, float y, List<Glyph> glyphs) {
        String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        /** The right edge of the last glyph that is not a space (trailing spaces take no room a reader sees). */
        float inkRight() {
            for (int i = glyphs.size() - 1; i >= 0; i--) {
                if (!glyphs.get(i).text().isBlank()) {
                    return glyphs.get(i).right();
                }
            }
            return left();
        }
    }

    final List<Glyph> glyphs = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    final List<Stroke> strokes = new ArrayList<>();
    final int pages;

    private PdfView(PDDocument document) throws IOException {
        pages = document.getNumberOfPages();
        for (int p = 0; p < pages; p++) {
            new Engine(document.getPage(p), p).processPage(document.getPage(p));
        }
    }

    static PdfView of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfView(document);
        }
    }

    static PdfView of(PDDocument document) throws IOException {
        return new PdfView(document);
    }

    List<Glyph> glyphs(Predicate<Glyph> filter) {
        return glyphs.stream().filter(filter).toList();
    }

    /** The glyphs matching {@code filter} grouped into lines, in drawing order of the lines. */
    List<Line> lines(Predicate<Glyph> filter) {
        Map<String, List<Glyph>> byLine = new LinkedHashMap<>();
        for (Glyph g : glyphs(filter)) {
            byLine.computeIfAbsent(g.page() + "@" + Math.round(g.y() * 10), k -> new ArrayList<>()).add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> line : byLine.values()) {
            List<Glyph> sorted = new ArrayList<>(line);
            sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
            lines.add(new Line(sorted.get(0).page(), sorted.get(0).y(), sorted));
        }
        return lines;
    }

    /** The text of the glyphs matching {@code filter}, in drawing order. */
    String text(Predicate<Glyph> filter) {
        StringBuilder sb = new StringBuilder();
        glyphs(filter).forEach(g -> sb.append(g.text()));
        return sb.toString();
    }

    List<Rect> rects(Predicate<Rect> filter) {
        return rects.stream().filter(filter).toList();
    }

    /** The first line whose text (spaces removed) contains {@code text}. */
    Line lineContaining(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().replace(" ", "").contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + text));
    }

    static boolean near(float a, float b) {
        return Math.abs(a - b) <= EPS;
    }

    private final class Engine extends PDFGraphicsStreamEngine {
        private final int page;
        private final List<Point2D> path = new ArrayList<>();
        private Point2D current = new Point2D.Float();
        private final List<float[]> rectangles = new ArrayList<>();

        Engine(PDPage pdPage, int page) {
            super(pdPage);
            this.page = page;
        }

        @Override
        protected void showFontGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
            super.showFontGlyph(m, font, code, displacement);
            String unicode = font.toUnicode(code);
            String name = font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
            float size = m.getScalingFactorY();
            boolean bold = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
            glyphs.add(new Glyph(page, unicode == null ? "\uFFFD" : unicode, m.getTranslateX(), m.getTranslateY(),
                    displacement.getX() * m.getScalingFactorX(), Math.round(size * 100) / 100f, name,
                    getGraphicsState().getNonStrokingColor().toRGB(), bold, bold ? new float[] {
                            getGraphicsState().getStrokingColor().toRGB(), getGraphicsState().getLineWidth() } : null));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(p0.getX(), p2.getX());
            float y0 = (float) Math.min(p0.getY(), p2.getY());
            float x1 = (float) Math.max(p0.getX(), p2.getX());
            float y1 = (float) Math.max(p0.getY(), p2.getY());
            rectangles.add(new float[] { x0, y0, x1 - x0, y1 - y0 });
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            int rgb = getGraphicsState().getNonStrokingColor().toRGB();
            for (float[] r : rectangles) {
                rects.add(new Rect(page, r[0], r[1], r[2], r[3], rgb));
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void strokePath() throws IOException {
            int rgb = getGraphicsState().getStrokingColor().toRGB();
            for (int i = 1; i < path.size(); i++) {
                strokes.add(new Stroke(page, (float) path.get(i - 1).getX(), (float) path.get(i - 1).getY(),
                        (float) path.get(i).getX(), (float) path.get(i).getY(), getGraphicsState().getLineWidth(), rgb));
            }
            endPath();
        }

        @Override
        public void moveTo(float x, float y) {
            path.clear();
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lineTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
            rectangles.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
