package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ImportFormat;
import glossa.exchange.imports.Importer;
import glossa.exchange.imports.UimaXmiImporter;

/** Reads back Glossa's UIMA CAS XMI export. */
public final class UimaXmiImportFormat implements ImportFormat {

    @Override
    public String id() {
        return "uima-xmi";
    }

    @Override
    public List<String> extensions() {
        return List.of("xmi");
    }

    @Override
    public String label() {
        return "UIMA CAS XMI (as Glossa exports it)";
    }

    @Override
    public Importer newImporter() {
        return new UimaXmiImporter();
    }
}
