package glossa.exchange.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;

import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.ReportLabels;

/**
 * One PDF being written: the document (its streams cached in a temporary file, so a 500-page report does not sit in
 * memory), the fonts and the canvas; {@link #save} adds page numbers, embeds the font subsets and writes it out.
 */
final class PdfDocumentWriter implements AutoCloseable {

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfCanvas canvas;

    PdfDocumentWriter() throws IOException {
        document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            fonts = PdfFonts.load(document);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
        canvas = new PdfCanvas(document, fonts);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES); // open with the bookmarks shown
    }

    PdfCanvas canvas() {
        return canvas;
    }

    void save(String title, String language, ExportOptions options, ReportLabels labels, OutputStream out)
            throws IOException {
        canvas.finish((number, count) -> labels.get("page", number, count));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Glossa");
        info.setProducer("Glossa (Apache PDFBox)");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(options.date().toEpochMilli());
        info.setCreationDate(date);
        document.getDocumentCatalog().setLanguage(language);
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try {
            fonts.close();
        } finally {
            document.close();
        }
    }
}
