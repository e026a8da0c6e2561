package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.Exporter;
import glossa.exchange.refiqda.QdpxCaseWriter;
import glossa.exchange.refiqda.QdpxExporter;

/** REFI-QDA project exchange ({@code .qdpx}): MAXQDA, NVivo, ATLAS.ti, QualCoder, Taguette read it. */
public final class QdpxFormat implements ExportFormat {

    @Override
    public String id() {
        return "qdpx";
    }

    @Override
    public List<String> aliases() {
        return List.of("refi-qda");
    }

    @Override
    public String extension() {
        return "qdpx";
    }

    @Override
    public String label() {
        return "REFI-QDA project (.qdpx: MAXQDA, NVivo, ATLAS.ti, QualCoder)";
    }

    @Override
    public String note() {
        return "REFI-QDA project";
    }

    @Override
    public Exporter newExporter() {
        return new QdpxExporter();
    }

    @Override
    public CaseWriter caseWriter() {
        return new QdpxCaseWriter();
    }
}
