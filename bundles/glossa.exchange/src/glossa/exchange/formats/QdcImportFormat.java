package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ImportFormat;
import glossa.exchange.imports.Importer;
import glossa.exchange.imports.QdcImporter;

/** Merges the codes of a REFI-QDA codebook ({@code .qdc}) into the article's codebook. */
public final class QdcImportFormat implements ImportFormat {

    @Override
    public String id() {
        return "qdc";
    }

    @Override
    public List<String> extensions() {
        return List.of("qdc");
    }

    @Override
    public String label() {
        return "REFI-QDA codebook (.qdc): adds its codes to the codebook";
    }

    @Override
    public Importer newImporter() {
        return new QdcImporter();
    }
}
