package glossa.exchange.formats;

import java.util.List;
import java.util.Map;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.Exporter;
import glossa.exchange.uima.UimaTypes;
import glossa.exchange.uima.UimaXmiExporter;

/** UIMA CAS XMI for INCEpTION and DKPro Core, with {@code TypeSystem.xml} beside it. */
public final class UimaXmiFormat implements ExportFormat {

    @Override
    public String id() {
        return "uima-xmi";
    }

    @Override
    public List<String> aliases() {
        return List.of("xmi", "uima");
    }

    @Override
    public String extension() {
        return "xmi";
    }

    @Override
    public String label() {
        return "UIMA CAS XMI (INCEpTION, DKPro Core), with TypeSystem.xml";
    }

    @Override
    public String note() {
        return "UIMA CAS XMI plus TypeSystem.xml beside it";
    }

    @Override
    public Exporter newExporter() {
        return new UimaXmiExporter();
    }

    @Override
    public Map<String, byte[]> companionFiles() {
        return Map.of(UimaTypes.TYPE_SYSTEM_FILE, UimaTypes.typeSystem());
    }
}
