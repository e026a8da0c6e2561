package glossa.convert.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.Converter;

/**
 * A PDF with a text layer, through Apache PDFBox: its text in reading order, page by page, with the page map
 * recorded; lines repeated at the top or bottom of most pages (running heads, page numbers) left out; lines joined
 * into paragraphs (a Latin word hyphenated across lines joined, no space put between Chinese characters). An
 * encrypted PDF, or one without text (scanned pages), is refused.
 */
public final class PdfConverter implements Converter {

    /** PDFBox keeps a parsed page's resources in memory; more pages than this is not a report but a book scan. */
    static final int MAX_PAGES = 5000;

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public String label() {
        return "PDF documents";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Conversion convert(byte[] source, String sourceName) throws ConversionException {
        try (PDDocument pdf = Loader.loadPDF(source)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ConversionException("encrypted PDF that does not allow copying its text; "
                        + "save an unprotected copy first");
            }
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ConversionException("PDF of " + pages + " pages; Glossa converts at most " + MAX_PAGES);
            }
            List<List<String>> pageLines = new ArrayList<>();
            PageTextStripper stripper = new PageTextStripper();
            for (int page = 1; page <= pages; page++) {
                pageLines.add(stripper.lines(pdf, page));
            }
            if (pageLines.stream().allMatch(lines -> lines.stream().allMatch(String::isBlank))) {
                throw new ConversionException("PDF without a text layer (scanned or image-only pages); "
                        + "it needs OCR before Glossa can read it");
            }
            RunningLines.remove(pageLines);
            Paragraphs paragraphs = new Paragraphs();
            for (List<String> lines : pageLines) {
                paragraphs.startPage();
                lines.forEach(paragraphs::line);
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info == null ? "" : nonNull(info.getTitle());
            String author = info == null ? "" : nonNull(info.getAuthor());
            String date = info == null || info.getCreationDate() == null ? ""
                    : info.getCreationDate().toInstant().toString().substring(0, 10);
            String text = paragraphs.text();
            return new Conversion(text, title, author, date, "", "", paragraphs.pageStarts());
        } catch (InvalidPasswordException e) {
            throw new ConversionException("encrypted PDF (it needs a password); save an unprotected copy first", e);
        } catch (IOException e) {
            throw new ConversionException("not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

    private static String oneLine(String s) {
        return s == null ? "damaged file" : s.replaceAll("\\s+", " ").strip();
    }
}
