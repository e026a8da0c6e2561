package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ImportFormat;
import glossa.exchange.imports.CsvImporter;
import glossa.exchange.imports.Importer;

/** Reads Glossa's CSV export (or a spreadsheet with its type and quote columns). */
public final class CsvImportFormat implements ImportFormat {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public String label() {
        return "CSV (one row per annotation)";
    }

    @Override
    public Importer newImporter() {
        return new CsvImporter();
    }
}
