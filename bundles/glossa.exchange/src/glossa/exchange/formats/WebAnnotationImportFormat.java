package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ImportFormat;
import glossa.exchange.imports.WebAnnotationImporter;
import glossa.exchange.imports.Importer;

/** Reads W3C Web Annotation JSON-LD, as Glossa and other annotation tools export it. */
public final class WebAnnotationImportFormat implements ImportFormat {

    @Override
    public String id() {
        return "jsonld";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonld", "json");
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public Importer newImporter() {
        return new WebAnnotationImporter();
    }
}
