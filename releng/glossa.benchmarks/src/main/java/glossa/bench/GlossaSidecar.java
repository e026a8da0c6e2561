package glossa.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import glossa.model.Document;
import glossa.model.GlossaPackage;

/**
 * Writes and reads the sidecar XMI in memory, so the benchmark times serialisation and not the disk.
 *
 * <p>Stand-in until {@code glossa.core.io.SidecarStore} lands in main: plain EMF XMI with the options a careful sidecar
 * store uses (UTF-8, shared parser pool and name-to-feature map, deferred IDREF resolution, an intrinsic ID map, DOCTYPEs
 * refused). When
 * SidecarStore arrives, this class should delegate to it so the figures are the product's own.</p>
 */
public final class GlossaSidecar {

    private static final URI URI_ = URI.createURI("bench-article.txt.glossa");
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();
    private static final Map<Object, Object> NAME_TO_FEATURE = new HashMap<>();

    static {
        GlossaPackage.eINSTANCE.eClass(); // registers the package in the global registry, as on a plain class path
    }

    private GlossaSidecar() {
    }

    public static byte[] save(Document document) {
        Resource resource = new XMIResourceImpl(URI_);
        resource.getContents().add(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            resource.save(out, saveOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resource.getContents().clear(); // give the document back; it is reused by the next save
        }
        return out.toByteArray();
    }

    /** The loaded resource, whose only content is the document. */
    public static Resource load(byte[] sidecar) {
        XMIResourceImpl resource = new XMIResourceImpl(URI_);
        // Without this map every IDREF (each annotation's type="claim") walks the whole tree from the start,
        // sections first: O(n·s). With it, the first walk fills the map and the rest are lookups.
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        try {
            resource.load(new ByteArrayInputStream(sidecar), loadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    public static Document document(Resource resource) {
        return (Document) resource.getContents().get(0);
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        return options;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES,
                Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        return options;
    }
}
