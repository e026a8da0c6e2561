package glossa.exchange.formats;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.Exporter;
import glossa.exchange.refiqda.QdcExporter;

/** The codebook alone as a REFI-QDA codebook ({@code .qdc}). */
public final class QdcFormat implements ExportFormat {

    @Override
    public String id() {
        return "qdc";
    }

    @Override
    public String extension() {
        return "qdc";
    }

    @Override
    public String label() {
        return "REFI-QDA codebook (.qdc), the codebook alone";
    }

    @Override
    public String note() {
        return "REFI-QDA codebook";
    }

    @Override
    public Exporter newExporter() {
        return new QdcExporter();
    }
}
