package glossa.convert.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of one page in reading order. PDFBox's own paragraph detection marks the first line of each paragraph
 * with {@link #PARAGRAPH}, so that {@link Paragraphs} knows where one ends even without a blank line.
 */
final class PageTextStripper {

    /** Put before a line that starts a paragraph (a private-use character: never in real text we keep). */
    static final char PARAGRAPH = '\uE000';

    private final PDFTextStripper stripper;

    PageTextStripper() {
        stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                // Text set sideways on an upright page is margin furniture (a vertical stamp, a "downloaded by" line).
                if (text.getDir() == 0 || getCurrentPage().getRotation() != 0) {
                    super.processTextPosition(text);
                }
            }
        };
        stripper.setSortByPosition(false); // content order with PDFBox's column handling reads columns one by one
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart(String.valueOf(PARAGRAPH));
        stripper.setParagraphEnd("");
        stripper.setPageStart("");
        stripper.setPageEnd("");
        stripper.setAddMoreFormatting(false);
    }

    List<String> lines(PDDocument pdf, int page) throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(pdf).split("\n")) {
            String cleaned = line.replace("\u0000", "").stripTrailing();
            if (!cleaned.replace(String.valueOf(PARAGRAPH), "").isBlank()) {
                lines.add(cleaned);
            }
        }
        return lines;
    }
}
