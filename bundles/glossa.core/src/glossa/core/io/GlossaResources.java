package glossa.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import glossa.model.GlossaPackage;

/**
 * EMF set-up for sidecars, done in code so that it works the same under OSGi and on the plain class path of the
 * command line: the package registration, an XMI resource factory for {@code *.glossa}, and the load and save options
 * (safe parser, parser pool, deferred IDREF resolution, name-to-feature cache, intrinsic ID map).
 */
public final class GlossaResources {

    public static final String EXTENSION = "glossa";

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
    private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());
    private static final ThreadLocal<List<Object>> LOOKUP_TABLE = ThreadLocal.withInitial(ArrayList::new);
    private static final Resource.Factory FACTORY = new SidecarResourceFactory();

    private GlossaResources() {
    }

    /** Registers the Glossa package and the sidecar resource factory globally; harmless to call again. */
    public static void register() {
        EPackage.Registry.INSTANCE.put(GlossaPackage.eNS_URI, GlossaPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(EXTENSION, FACTORY);
    }

    /** A resource set that reads and writes sidecars, independent of the global registries. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(GlossaPackage.eNS_URI, GlossaPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, FACTORY);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, FACTORY);
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /** A sidecar resource for {@code uri}, with the load and save options below as its defaults. */
    public static XMLResource newResource(URI uri) {
        return (XMLResource) FACTORY.createResource(uri);
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SafeXml.FEATURES));
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, new HashMap<>(SafeXml.PROPERTIES));
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        return options;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        // XML 1.1 can carry control characters (form feeds in old texts, stray \u0001) as &#xC; references.
        options.put(XMLResource.OPTION_XML_VERSION, "1.1");
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        // EMF's shared, synchronized pool of escape and printer buffers, instead of new ones for every save.
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }

    /**
     * {@link #saveOptions()} plus EMF's per-class feature look-up table, built once per thread and reused by the
     * thread's later saves. Not among a resource's default options: the table is not safe to share between threads.
     */
    static Map<Object, Object> saveOptionsForThisThread() {
        Map<Object, Object> options = saveOptions();
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, LOOKUP_TABLE.get());
        return options;
    }

    /**
     * The XML of {@code resource} as UTF-8 bytes, with the characters XML 1.1 restricts written as references
     * ({@link Utf8XmlWriter}): how sidecars and case codebooks are saved.
     *
     * @param estimate the expected size in bytes, so the buffer rarely has to grow
     */
    public static byte[] toBytes(XMLResource resource, int estimate) throws java.io.IOException {
        Utf8XmlWriter out = new Utf8XmlWriter(estimate);
        resource.save(out, saveOptionsForThisThread());
        return out.toByteArray();
    }

    /** XMI resources whose IDs ({@code Annotation.id}, {@code AnnotationType.id}) resolve through a hash map. */
    private static final class SidecarResourceFactory extends XMIResourceFactoryImpl {
        @Override
        public Resource createResource(URI uri) {
            XMIResourceImpl resource = new XMIResourceImpl(uri) {
                @Override
                protected XMLHelper createXMLHelper() {
                    return new SidecarXmlHelper(this);
                }
            };
            resource.setIntrinsicIDToEObjectMap(new HashMap<>());
            resource.getDefaultLoadOptions().putAll(loadOptions());
            resource.getDefaultSaveOptions().putAll(saveOptions());
            return resource;
        }
    }
}
