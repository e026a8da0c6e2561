package glossa.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Runs the migration steps that lift an older sidecar to {@link SidecarStore#CURRENT_VERSION}. */
public final class SidecarMigrations {

    /** All steps, one per version; step {@code i} migrates version {@code i} to {@code i + 1}. */
    public static final List<SidecarMigration> STEPS = List.of(new AddDefaultCodebook());

    private SidecarMigrations() {
    }

    /** The bytes of {@code sidecar}, at version {@code version}, rewritten to the current version (in memory only). */
    static byte[] migrate(byte[] sidecar, int version, Path file) throws SidecarException {
        try {
            Document dom = SafeXml.documentBuilderFactory().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(sidecar));
            Element root = dom.getDocumentElement();
            for (int v = version; v < SidecarStore.CURRENT_VERSION; v++) {
                step(v).migrate(root);
            }
            root.setAttribute("formatVersion", Integer.toString(SidecarStore.CURRENT_VERSION));
            Transformer transformer = SafeXml.transformerFactory().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(sidecar.length + 4096);
            transformer.transform(new DOMSource(dom), new StreamResult(out));
            return out.toByteArray();
        } catch (SidecarException e) {
            throw e;
        } catch (Exception e) {
            throw new SidecarException(file, 1, 1, "cannot migrate format version " + version + " to "
                    + SidecarStore.CURRENT_VERSION + ": " + e.getMessage(), e);
        }
    }

    private static SidecarMigration step(int version) {
        for (SidecarMigration step : STEPS) {
            if (step.fromVersion() == version) {
                return step;
            }
        }
        throw new IllegalStateException("no sidecar migration from version " + version);
    }
}
