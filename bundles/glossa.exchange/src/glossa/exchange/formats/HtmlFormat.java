package glossa.exchange.formats;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.Exporter;
import glossa.exchange.export.HtmlReportExporter;
import glossa.exchange.export.HtmlCaseWriter;

/** The self-contained HTML report; a case exports as one report with a table of contents. */
public final class HtmlFormat implements ExportFormat {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String label() {
        return "HTML report (article text with highlights)";
    }

    @Override
    public String note() {
        return "self-contained report";
    }

    @Override
    public String labelWithoutText() {
        return "HTML, annotations only (quotes per section and type)";
    }

    @Override
    public Exporter newExporter() {
        return new HtmlReportExporter();
    }

    @Override
    public CaseWriter caseWriter() {
        return new HtmlCaseWriter();
    }
}
