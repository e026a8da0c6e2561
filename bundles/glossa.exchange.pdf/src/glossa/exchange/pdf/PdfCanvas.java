package glossa.exchange.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A4 pages written top to bottom: a cursor, a new page when the next block does not fit, text runs in the embedded
 * fonts, filled rectangles, bookmarks, and the page numbers and running title added at the end. Each page's content
 * stream is closed when the page is full, so only the current page is open at a time.
 */
final class PdfCanvas {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 56;
    static final float RIGHT = WIDTH - 56;
    static final float TOP = HEIGHT - 60;
    static final float BOTTOM = 60;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDPage page;
    private PDPageContentStream content;
    private float y = TOP;
    /** Running titles per page (index = page number - 1), for the header drawn at the end. */
    private final List<String> runningTitles = new ArrayList<>();
    private String runningTitle = "";

    PdfCanvas(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDDocumentOutline outline() {
        return outline;
    }

    /** The title drawn small at the top of the pages from the next one on. */
    void setRunningTitle(String title) {
        runningTitle = title;
    }

    float y() {
        return y;
    }

    void moveDown(float amount) {
        y -= amount;
    }

    /** Starts a new page (closing the current one). */
    void newPage() throws IOException {
        closePage();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        runningTitles.add(runningTitle);
        y = TOP;
    }

    /** Makes room for {@code height} points: a new page when the rest of this one is too short. */
    void ensure(float height) throws IOException {
        if (page == null || y - height < BOTTOM) {
            newPage();
        }
    }

    /** A bookmark under {@code parent} pointing at the current page and height. */
    PDOutlineItem bookmark(PDOutlineNode parent, String title, float atY) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(0);
        destination.setTop(Math.round(Math.min(HEIGHT, atY + 24)));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title.length() > 120 ? title.substring(0, 119) + "…" : title);
        item.setDestination(destination);
        parent.addLast(item);
        return item;
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, yBottom, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /**
     * Draws {@code text} with its baseline at {@code baseline}, each character in the first font that has it (callers
     * measure with {@link PdfFonts#width}). Bold is the regular face stroked thinly (CJK fonts rarely come with a bold
     * face).
     */
    void text(String text, float x, float baseline, float size, Color color, boolean bold) throws IOException {
        text(content, fonts, text, x, baseline, size, color, bold);
    }

    static void text(PDPageContentStream content, PdfFonts fonts, String text, float x, float baseline, float size,
            Color color, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(color);
        if (bold) {
            content.setStrokingColor(color);
            content.setLineWidth(size / 30f);
            content.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        content.newLineAtOffset(x, baseline);
        StringBuilder run = new StringBuilder();
        PdfFonts.Face runFace = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            PdfFonts.Face face = fonts.faceFor(c);
            if (face == null || Character.isISOControl(c)) {
                face = fonts.faces().get(0);
                c = ' ';
            }
            if (face != runFace && run.length() > 0) {
                content.setFont(runFace.font, size);
                content.showText(run.toString());
                run.setLength(0);
            }
            runFace = face;
            run.appendCodePoint(c);
        }
        if (run.length() > 0) {
            content.setFont(runFace.font, size);
            content.showText(run.toString());
        }
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.endText();
    }

    /** Closes the last page and draws the running title and "page n of N" on every page. */
    void finish(ReportText labels) throws IOException {
        closePage();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage p = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, p,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = labels.page(i + 1, count);
                float w = fonts.width(number, 8);
                text(footer, fonts, number, (WIDTH - w) / 2, 30, 8, GREY, false);
                String title = runningTitles.get(i);
                if (!title.isEmpty()) {
                    String shown = title.length() > 70 ? title.substring(0, 69) + "…" : title;
                    text(footer, fonts, shown, LEFT, HEIGHT - 34, 8, GREY, false);
                }
            }
        }
    }

    static final Color GREY = new Color(0x66, 0x66, 0x66);

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** The strings the canvas itself writes. */
    interface ReportText {
        String page(int number, int count);
    }
}
