package glossa.core.io;

import static glossa.core.io.SidecarDecline.DECLINE;
import static glossa.core.io.SidecarWritePlan.BOOLEAN;
import static glossa.core.io.SidecarWritePlan.CONTAINED;
import static glossa.core.io.SidecarWritePlan.CONTAINED_MANY;
import static glossa.core.io.SidecarWritePlan.DATE;
import static glossa.core.io.SidecarWritePlan.DOUBLE;
import static glossa.core.io.SidecarWritePlan.ENUM;
import static glossa.core.io.SidecarWritePlan.INT;
import static glossa.core.io.SidecarWritePlan.MANY;
import static glossa.core.io.SidecarWritePlan.REFERENCE;
import static glossa.core.io.SidecarWritePlan.STRING;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;

import glossa.model.Document;
import glossa.model.GlossaPackage;

/**
 * Writes a sidecar's bytes in one pass, exactly as EMF's XMI save with {@link GlossaResources#saveOptions()} followed
 * by {@link Utf8XmlWriter} writes them, about twice as fast; or declines. The mirror of {@link SidecarFastReader}.
 *
 * <p>EMF's save is generic: it builds every value as a String, escapes it into another, keeps the lines as a list of
 * segments and only then encodes them. Here each value goes straight into one UTF-8 byte array with its escaping and
 * EMF's line layout: attributes wrapped once a line is longer than 120 characters (counted as EMF counts, in UTF-16
 * units of the escaped text), two spaces of indentation per level, the namespace declarations on the root line.</p>
 *
 * <p>It walks the model reflectively, feature by feature in the order EMF does, and writes what {@code eIsSet}
 * reports, so a feature added to the model is written like the others. It declines ({@code null}) whatever it does
 * not mirror exactly, and {@link SidecarStore} then saves with EMF: a resource with XMI IDs, extensions or more than
 * one root, a feature kind or data type it does not know, a {@code null} in a list, a reference leaving the resource
 * or to an object whose ID is not plain letters, digits, {@code -_.}, a date outside the years 1900–9999, a
 * character XML cannot carry (NUL, an unpaired surrogate, U+FFFE, U+FFFF; EMF's save refuses those). The tests compare
 * its bytes with EMF's on rich, random and synthetic documents.</p>
 *
 * <p>This class walks the model and lays out the elements; {@link SidecarWritePlan} says how each class's features
 * are written and {@link SidecarByteOutput} escapes, encodes and counts the line width.</p>
 *
 * <p>Not thread-safe; one instance writes one document.</p>
 */
final class SidecarFastWriter {

    /** EMF's {@code OPTION_LINE_WIDTH} for sidecars: wrap before an attribute once the line is longer. */
    private static final int LINE_WIDTH = 120;

    private static final String ROOT_NAME = GlossaPackage.eNS_PREFIX + ":" + GlossaPackage.Literals.DOCUMENT.getName();

    private static final byte[] HEADER = ("<?xml version=\"1.1\" encoding=\"UTF-8\"?>").getBytes(StandardCharsets.US_ASCII);

    /** The namespace declarations EMF inserts after the root's name, once it knows which packages were used. */
    private static final byte[] ROOT_DECLARATIONS = (" xmi:version=\"2.0\" xmlns:xmi=\"" + XMIResource.XMI_URI
            + "\" xmlns:" + GlossaPackage.eNS_PREFIX + "=\"" + GlossaPackage.eNS_URI + "\"")
            .getBytes(StandardCharsets.US_ASCII);

    private final XMLResource resource;
    private final SidecarByteOutput out;
    /** Looked up once per document: {@code ZoneId.systemDefault()} copies the default time zone each time. */
    private final java.time.ZoneId zone = java.time.ZoneId.systemDefault();

    private SidecarFastWriter(XMLResource resource, int estimate) {
        this.resource = resource;
        this.out = new SidecarByteOutput(estimate);
    }

    /**
     * The sidecar bytes of {@code document}, the only content of {@code resource}, or {@code null} if this writer
     * does not mirror EMF's save for it (see the class comment).
     *
     * @param estimate the expected size in bytes, so the buffer rarely has to grow
     */
    static byte[] write(Document document, XMLResource resource, int estimate) {
        if (!mirrorsResource(document, resource)) {
            return null;
        }
        try {
            SidecarFastWriter writer = new SidecarFastWriter(resource, estimate);
            writer.document(document);
            return writer.out.toByteArray();
        } catch (SidecarDecline e) {
            return null;
        }
    }

    /**
     * Whether EMF would save {@code resource} the way this writer does: one root, XMI 2.0 under its usual namespace,
     * no XMI IDs or extensions, and a URI that makes references within it {@code #id}.
     */
    private static boolean mirrorsResource(Document document, XMLResource resource) {
        if (!(resource instanceof XMIResource xmi) || !"2.0".equals(xmi.getXMIVersion())
                || !XMIResource.XMI_URI.equals(xmi.getXMINamespace())) {
            return false;
        }
        if (resource.getContents().size() != 1 || resource.getContents().get(0) != document
                || !resource.getEObjectToIDMap().isEmpty() || !resource.getEObjectToExtensionMap().isEmpty()) {
            return false;
        }
        URI uri = resource.getURI();
        return uri != null && ("file".equals(uri.scheme()) || "memory".equals(uri.scheme())) && uri.isHierarchical()
                && !uri.isRelative() && !uri.hasQuery() && !uri.hasFragment();
    }

    // ---------------------------------------------------------------------------------------------- structure

    private void document(Document document) {
        SidecarWritePlan plan = SidecarWritePlan.of(document);
        out.bytes(HEADER);
        out.newLine();
        out.ascii('<');
        out.ascii(ROOT_NAME);
        out.bytes(ROOT_DECLARATIONS);
        // EMF lays the root's attributes out before it inserts the declarations: they do not count for the width.
        out.countWidthAs(1 + ROOT_NAME.length());
        content((InternalEObject) document, plan, ROOT_NAME, 1);
    }

    /** The attributes, the child elements and the end of the element {@code object} whose start tag is written. */
    private void content(InternalEObject object, SidecarWritePlan plan, String name, int depth) {
        EStructuralFeature[] features = plan.features();
        int[] ids = plan.ids();
        byte[] kinds = plan.kinds();
        byte[][] names = plan.names();
        boolean elements = false;
        for (int i = 0; i < features.length; i++) {
            byte kind = kinds[i];
            if (!object.eIsSet(ids[i])) {
                continue;
            }
            if (kind < MANY) {
                Object value = object.eGet(ids[i], false, true);
                if (value == null) {
                    continue; // set to null where the default is not: EMF writes nothing
                }
                attribute(names[i], depth);
                value(kind, value, true);
                out.ascii('"');
            } else if (kind == REFERENCE) {
                attribute(names[i], depth);
                reference((EObject) object.eGet(ids[i], false, true));
                out.ascii('"');
            } else {
                elements = true;
            }
        }
        if (!elements) {
            out.ascii('/');
            out.ascii('>');
            out.newLine();
            return;
        }
        out.ascii('>');
        out.newLine();
        for (int i = 0; i < features.length; i++) {
            byte kind = kinds[i];
            if (kind < MANY || kind == REFERENCE || !object.eIsSet(ids[i])) {
                continue;
            }
            Object value = object.eGet(ids[i], false, true);
            if (kind == CONTAINED) {
                element((EObject) value, features[i], names[i], depth + 1);
            } else if (kind == CONTAINED_MANY) {
                for (Object child : (List<?>) value) {
                    element((EObject) child, features[i], names[i], depth + 1);
                }
            } else {
                for (Object item : (List<?>) value) {
                    if (item == null) {
                        throw DECLINE; // EMF writes xsi:nil and declares the xsi namespace
                    }
                    out.indent(depth);
                    out.ascii('<');
                    out.bytes(names[i]);
                    out.ascii('>');
                    value((byte) (kind - MANY), item, false);
                    out.ascii('<');
                    out.ascii('/');
                    out.bytes(names[i]);
                    out.ascii('>');
                    out.newLine();
                }
            }
        }
        out.indent(depth - 1);
        out.ascii('<');
        out.ascii('/');
        out.ascii(name);
        out.ascii('>');
        out.newLine();
    }

    private void element(EObject child, EStructuralFeature feature, byte[] name, int depth) {
        if (child == null || child.eClass() != feature.getEType()) {
            throw DECLINE; // EMF writes an xsi:type for a subclass
        }
        SidecarWritePlan plan = SidecarWritePlan.of(child);
        out.indent(depth - 1);
        out.ascii('<');
        out.bytes(name);
        content((InternalEObject) child, plan, feature.getName(), depth);
    }

    /** EMF's {@code addAttribute}: a new line once the line is longer than the line width, else a space. */
    private void attribute(byte[] name, int depth) {
        if (out.width() > LINE_WIDTH) {
            out.newLine();
            out.indent(depth + 1);
        } else {
            out.ascii(' ');
        }
        out.bytes(name);
        out.ascii('=');
        out.ascii('"');
    }

    /**
     * {@code #id} for an object of this resource with an ID attribute, written unescaped as EMF does; declined for
     * anything else (cross-resource, proxy, no ID) and for IDs whose URI form or escaping this writer does not mirror.
     */
    private void reference(EObject target) {
        if (target == null || target.eIsProxy() || target.eResource() != resource) {
            throw DECLINE;
        }
        String id = EcoreUtil.getID(target);
        if (id == null || id.isEmpty()) {
            throw DECLINE;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') || Character.isSurrogate(c)
                    || c >= 0x7F && c <= 0x9F) {
                throw DECLINE;
            }
        }
        out.ascii('#');
        out.text(id, true);
    }

    /** A value as EMF's factory converts it, escaped for an attribute or for element text. */
    private void value(byte kind, Object value, boolean inAttribute) {
        switch (kind) {
            case STRING -> out.text((String) value, inAttribute);
            case INT -> out.integer((Integer) value);
            case BOOLEAN -> out.ascii(((Boolean) value) ? "true" : "false");
            case DOUBLE -> out.ascii(Double.toString((Double) value));
            case DATE -> {
                String date = SidecarXmlHelper.format((Date) value, zone);
                if (date == null) {
                    throw DECLINE;
                }
                out.ascii(date);
            }
            case ENUM -> out.text(((Enumerator) value).getLiteral(), inAttribute);
            default -> throw DECLINE;
        }
    }
}
