package glossa.exchange.pdf;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.Exporter;

/** The annotated report as PDF, for e-mail and print: CJK font subset embedded, bookmarks, page numbers. */
public final class PdfFormat implements ExportFormat {

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String label() {
        return "PDF report (article text with highlights, for print and e-mail)";
    }

    @Override
    public String note() {
        return "fonts embedded, bookmarks";
    }

    @Override
    public String labelWithoutText() {
        return "PDF, annotations only (notes per section)";
    }

    @Override
    public Exporter newExporter() {
        return new PdfReportExporter();
    }

    @Override
    public CaseWriter caseWriter() {
        return new PdfCaseWriter();
    }
}
