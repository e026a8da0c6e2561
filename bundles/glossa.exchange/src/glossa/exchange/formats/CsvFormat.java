package glossa.exchange.formats;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.Exporter;
import glossa.exchange.export.CsvExporter;
import glossa.exchange.export.CsvCaseWriter;

/** CSV, one row per annotation, UTF-8 with a BOM for spreadsheets; a case exports as one CSV. */
public final class CsvFormat implements ExportFormat {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV, one row per annotation (spreadsheets)";
    }

    @Override
    public String note() {
        return "UTF-8 with BOM";
    }

    @Override
    public Exporter newExporter() {
        return new CsvExporter();
    }

    @Override
    public CaseWriter caseWriter() {
        return new CsvCaseWriter();
    }
}
