package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.Exporter;
import glossa.exchange.export.WebAnnotationExporter;
import glossa.exchange.export.WebAnnotationCaseWriter;

/** W3C Web Annotation JSON-LD; a case exports as one annotation collection. */
public final class WebAnnotationFormat implements ExportFormat {

    @Override
    public String id() {
        return "jsonld";
    }

    @Override
    public List<String> aliases() {
        return List.of("json-ld", "json");
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public String note() {
        return "W3C Web Annotation";
    }

    @Override
    public Exporter newExporter() {
        return new WebAnnotationExporter();
    }

    @Override
    public CaseWriter caseWriter() {
        return new WebAnnotationCaseWriter();
    }
}
