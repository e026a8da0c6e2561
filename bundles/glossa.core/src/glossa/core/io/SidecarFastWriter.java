package glossa.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
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
 * <p>Not thread-safe; one instance writes one document.</p>
 */
final class SidecarFastWriter {

    /** EMF's {@code OPTION_LINE_WIDTH} for sidecars: wrap before an attribute once the line is longer. */
    private static final int LINE_WIDTH = 120;

    /** EMF's line separator when none is given: the platform's, read when EMF's classes load. */
    private static final byte[] LINE_SEPARATOR = System.getProperty("line.separator").getBytes(StandardCharsets.UTF_8);

    private static final String ROOT_NAME = GlossaPackage.eNS_PREFIX + ":" + GlossaPackage.Literals.DOCUMENT.getName();

    private static final byte[] HEADER = ("<?xml version=\"1.1\" encoding=\"UTF-8\"?>").getBytes(StandardCharsets.US_ASCII);

    /** The namespace declarations EMF inserts after the root's name, once it knows which packages were used. */
    private static final byte[] ROOT_DECLARATIONS = (" xmi:version=\"2.0\" xmlns:xmi=\"" + XMIResource.XMI_URI
            + "\" xmlns:" + GlossaPackage.eNS_PREFIX + "=\"" + GlossaPackage.eNS_URI + "\"")
            .getBytes(StandardCharsets.US_ASCII);

    /** Thrown to give up; carries no stack trace, as giving up is an answer, not an error. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    // How a feature is written. Single values are attributes; lists of values and contained objects are elements.
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte BOOLEAN = 3;
    private static final byte DOUBLE = 4;
    private static final byte DATE = 5;
    private static final byte ENUM = 6;
    /** Added to a value kind: a list of values, one element each. */
    private static final byte MANY = 16;
    private static final byte REFERENCE = 32;
    private static final byte CONTAINED = 33;
    private static final byte CONTAINED_MANY = 34;

    /**
     * A class's features in EMF's order and how each is written; {@code null} for a class with a feature this writer
     * does not mirror (transient, unsettable, derived, a many-valued reference, an unknown data type).
     */
    private record Plan(EStructuralFeature[] features, int[] ids, byte[] kinds, byte[][] names) {

        static Plan of(EClass eClass) {
            List<EStructuralFeature> all = eClass.getEAllStructuralFeatures();
            int size = all.size();
            EStructuralFeature[] features = new EStructuralFeature[size];
            int[] ids = new int[size];
            byte[] kinds = new byte[size];
            byte[][] names = new byte[size][];
            for (int i = 0; i < size; i++) {
                EStructuralFeature feature = all.get(i);
                if (feature.isTransient() || feature.isUnsettable() || feature.isDerived() || feature.isVolatile()) {
                    return null;
                }
                byte kind;
                if (feature instanceof EReference reference) {
                    if (reference.isContainer() || reference.getEOpposite() != null) {
                        return null;
                    }
                    kind = reference.isContainment() ? reference.isMany() ? CONTAINED_MANY : CONTAINED
                            : reference.isMany() ? 0 : REFERENCE;
                } else {
                    kind = valueKind(((EAttribute) feature).getEAttributeType());
                    if (kind != 0 && feature.isMany()) {
                        kind += MANY;
                    }
                }
                if (kind == 0) {
                    return null;
                }
                features[i] = feature;
                ids[i] = eClass.getFeatureID(feature);
                kinds[i] = kind;
                names[i] = feature.getName().getBytes(StandardCharsets.US_ASCII);
                if (!feature.getName().chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
                    return null;
                }
            }
            return new Plan(features, ids, kinds, names);
        }

        private static byte valueKind(EDataType type) {
            if (type instanceof EEnum) {
                return ENUM;
            }
            if (type == EcorePackage.Literals.ESTRING) {
                return STRING;
            }
            if (type == EcorePackage.Literals.EINT) {
                return INT;
            }
            if (type == EcorePackage.Literals.EBOOLEAN) {
                return BOOLEAN;
            }
            if (type == EcorePackage.Literals.EDOUBLE) {
                return DOUBLE;
            }
            if (type == EcorePackage.Literals.EDATE) {
                return DATE;
            }
            return 0;
        }
    }

    /** A plan for every class of the model, made once; a class missing here is declined. */
    private static final Map<EClass, Plan> PLANS = plans();

    private static Map<EClass, Plan> plans() {
        Map<EClass, Plan> plans = new HashMap<>();
        for (EClassifier classifier : GlossaPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                Plan plan = Plan.of(eClass);
                if (plan != null) {
                    plans.put(eClass, plan);
                }
            }
        }
        return plans;
    }

    private final XMLResource resource;
    private byte[] out;
    private int size;
    /** The length of the current line as EMF counts it: UTF-16 units of the escaped text, before UTF-8. */
    private int width;

    private SidecarFastWriter(XMLResource resource, int estimate) {
        this.resource = resource;
        this.out = new byte[Math.max(1024, estimate)];
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
            return Arrays.copyOf(writer.out, writer.size);
        } catch (Decline e) {
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
        Plan plan = plan(document);
        bytes(HEADER);
        newLine();
        ascii('<');
        ascii(ROOT_NAME);
        bytes(ROOT_DECLARATIONS);
        // EMF lays the root's attributes out before it inserts the declarations: they do not count for the width.
        width = 1 + ROOT_NAME.length();
        content((InternalEObject) document, plan, ROOT_NAME, 1);
    }

    /** The attributes, the child elements and the end of the element {@code object} whose start tag is written. */
    private void content(InternalEObject object, Plan plan, String name, int depth) {
        EStructuralFeature[] features = plan.features;
        int[] ids = plan.ids;
        byte[] kinds = plan.kinds;
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
                attribute(plan.names[i], depth);
                value(kind, value, true);
                ascii('"');
            } else if (kind == REFERENCE) {
                attribute(plan.names[i], depth);
                reference((EObject) object.eGet(ids[i], false, true));
                ascii('"');
            } else {
                elements = true;
            }
        }
        if (!elements) {
            ascii('/');
            ascii('>');
            newLine();
            return;
        }
        ascii('>');
        newLine();
        for (int i = 0; i < features.length; i++) {
            byte kind = kinds[i];
            if (kind < MANY || kind == REFERENCE || !object.eIsSet(ids[i])) {
                continue;
            }
            Object value = object.eGet(ids[i], false, true);
            if (kind == CONTAINED) {
                element((EObject) value, features[i], plan.names[i], depth + 1);
            } else if (kind == CONTAINED_MANY) {
                for (Object child : (List<?>) value) {
                    element((EObject) child, features[i], plan.names[i], depth + 1);
                }
            } else {
                for (Object item : (List<?>) value) {
                    if (item == null) {
                        throw DECLINE; // EMF writes xsi:nil and declares the xsi namespace
                    }
                    indent(depth);
                    ascii('<');
                    bytes(plan.names[i]);
                    ascii('>');
                    value((byte) (kind - MANY), item, false);
                    ascii('<');
                    ascii('/');
                    bytes(plan.names[i]);
                    ascii('>');
                    newLine();
                }
            }
        }
        indent(depth - 1);
        ascii('<');
        ascii('/');
        ascii(name);
        ascii('>');
        newLine();
    }

    private void element(EObject child, EStructuralFeature feature, byte[] name, int depth) {
        if (child == null || child.eClass() != feature.getEType()) {
            throw DECLINE; // EMF writes an xsi:type for a subclass
        }
        Plan plan = plan(child);
        indent(depth - 1);
        ascii('<');
        bytes(name);
        content((InternalEObject) child, plan, feature.getName(), depth);
    }

    private static Plan plan(EObject object) {
        Plan plan = PLANS.get(object.eClass());
        if (plan == null) {
            throw DECLINE;
        }
        return plan;
    }

    /** EMF's {@code addAttribute}: a new line once the line is longer than the line width, else a space. */
    private void attribute(byte[] name, int depth) {
        if (width > LINE_WIDTH) {
            newLine();
            indent(depth + 1);
        } else {
            ascii(' ');
        }
        bytes(name);
        ascii('=');
        ascii('"');
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
        ascii('#');
        text(id, true);
    }

    /** A value as EMF's factory converts it, escaped for an attribute or for element text. */
    private void value(byte kind, Object value, boolean inAttribute) {
        switch (kind) {
            case STRING -> text((String) value, inAttribute);
            case INT -> integer((Integer) value);
            case BOOLEAN -> ascii(((Boolean) value) ? "true" : "false");
            case DOUBLE -> ascii(Double.toString((Double) value));
            case DATE -> {
                String date = SidecarXmlHelper.format((Date) value);
                if (date == null) {
                    throw DECLINE;
                }
                ascii(date);
            }
            case ENUM -> text(((Enumerator) value).getLiteral(), inAttribute);
            default -> throw DECLINE;
        }
    }

    // ---------------------------------------------------------------------------------------------- characters

    /**
     * {@code text} escaped as EMF's {@code Escape.convert} (attributes) or {@code convertText} (element text) does,
     * then encoded as {@link Utf8XmlWriter} encodes: the five XML specials EMF escapes, tab and line ends as
     * references in attributes, other C0 controls as references (XML 1.1), U+007F–U+009F and U+2028 as references.
     */
    private void text(String text, boolean inAttribute) {
        int length = text.length();
        ensure(size + 8 * length);
        byte[] b = out;
        int at = size;
        int counted = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                switch (c) {
                    case '&' -> {
                        at = put(b, at, "&amp;");
                        counted += 4;
                    }
                    case '<' -> {
                        at = put(b, at, "&lt;");
                        counted += 3;
                    }
                    case '"' -> {
                        at = put(b, at, "&quot;");
                        counted += 5;
                    }
                    case '>' -> {
                        if (!inAttribute && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                            at = put(b, at, "&gt;");
                            counted += 3;
                        } else {
                            b[at++] = '>';
                        }
                    }
                    default -> b[at++] = (byte) c;
                }
                counted++;
            } else if (c < 0x20) {
                if (c == 0) {
                    throw DECLINE;
                }
                if (!inAttribute && c == '\t') {
                    b[at++] = '\t';
                    counted++;
                } else if (!inAttribute && c == '\n') {
                    // EMF writes the platform's line separator. The count does not matter: a new line follows text.
                    for (byte separator : LINE_SEPARATOR) {
                        b[at++] = separator;
                    }
                } else {
                    int before = at;
                    at = Utf8XmlWriter.reference(b, at, c);
                    counted += at - before;
                }
            } else if (c <= 0x9F || c == 0x2028) {
                // Restricted in XML 1.1: EMF writes the character, Utf8XmlWriter the reference, EMF counts one.
                at = Utf8XmlWriter.reference(b, at, c);
                counted++;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
                counted++;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw DECLINE;
                }
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                b[at++] = (byte) (0xF0 | (codePoint >> 18));
                b[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (codePoint & 0x3F));
                counted += 2;
            } else if (Character.isLowSurrogate(c) || c >= 0xFFFE) {
                throw DECLINE;
            } else {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
                counted++;
            }
        }
        size = at;
        width += counted;
    }

    private static int put(byte[] b, int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[at++] = (byte) ascii.charAt(i);
        }
        return at;
    }

    private void integer(int value) {
        if (value < 0) {
            ascii(Integer.toString(value));
            return;
        }
        int digits = 1;
        for (int rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        ensure(size + digits);
        for (int i = size + digits - 1, rest = value; i >= size; i--, rest /= 10) {
            out[i] = (byte) ('0' + rest % 10);
        }
        size += digits;
        width += digits;
    }

    private void indent(int levels) {
        int spaces = 2 * levels;
        ensure(size + spaces);
        Arrays.fill(out, size, size + spaces, (byte) ' ');
        size += spaces;
        width += spaces;
    }

    private void newLine() {
        bytes(LINE_SEPARATOR);
        width = 0;
    }

    /** Constant ASCII bytes: names, markup. */
    private void bytes(byte[] ascii) {
        ensure(size + ascii.length);
        System.arraycopy(ascii, 0, out, size, ascii.length);
        size += ascii.length;
        width += ascii.length;
    }

    private void ascii(String ascii) {
        ensure(size + ascii.length());
        size = put(out, size, ascii);
        width += ascii.length();
    }

    private void ascii(char c) {
        ensure(size + 1);
        out[size++] = (byte) c;
        width++;
    }

    private void ensure(int capacity) {
        if (capacity > out.length) {
            out = Arrays.copyOf(out, Math.max(capacity, out.length + (out.length >> 1)));
        }
    }
}
