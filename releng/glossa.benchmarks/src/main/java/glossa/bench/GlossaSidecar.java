package glossa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import glossa.core.io.SidecarStore;
import glossa.model.Document;

/**
 * The product's own sidecar code, {@link SidecarStore}, on bytes in memory, so the benchmark times serialisation
 * (header check, safe parser, XMI) and not the disk. UIMA is measured on bytes in memory too.
 */
public final class GlossaSidecar {

    private static final SidecarStore STORE = new SidecarStore();
    private static final Path FILE = Path.of("bench-article.txt.glossa");

    private GlossaSidecar() {
    }

    public static byte[] save(Document document) {
        try {
            return STORE.toBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A newly loaded document (its resource is {@code eResource()}). */
    public static Document load(byte[] sidecar) {
        try {
            return STORE.load(sidecar, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
