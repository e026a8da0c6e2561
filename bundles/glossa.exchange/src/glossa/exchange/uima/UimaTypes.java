package glossa.exchange.uima;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import glossa.exchange.export.internal.XmlOut;

/**
 * The UIMA type system of Glossa's XMI export ({@code TypeSystem.xml}), written with the JDK alone: the product does
 * not depend on UIMA. {@code glossa.Annotation} carries the Glossa type id and name, status, author, memo, dates
 * and the attributes as two parallel string arrays; {@code glossa.Section} a section of the section tree with its
 * memo; {@code glossa.DocumentMemo} the memo on the whole document;
 * {@code glossa.Relation} follows INCEpTION's relation layers (an annotation over the dependent with
 * {@code Governor} and {@code Dependent} features). DKPro Core's {@code DocumentMetaData} is declared as DKPro
 * declares it, so DKPro readers find the title and id where they expect them.
 */
public final class UimaTypes {

    public static final String XMI_NS = "http://www.omg.org/XMI";
    public static final String CAS_NS = "http:///uima/cas.ecore";
    public static final String TCAS_NS = "http:///uima/tcas.ecore";
    public static final String GLOSSA_NS = "http:///glossa.ecore";
    public static final String DKPRO_METADATA_NS = "http:///de/tudarmstadt/ukp/dkpro/core/api/metadata/type.ecore";
    public static final String DOCUMENT_METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
    /** The analyst's memo on the whole document, over the whole text (DKPro's DocumentMetaData has no place for it). */
    public static final String DOCUMENT_MEMO = "glossa.DocumentMemo";

    private UimaTypes() {
    }

    public static byte[] typeSystem() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XmlOut x = new XmlOut(bytes, Integer.MAX_VALUE);
            x.declaration();
            x.start("typeSystemDescription").attr("xmlns", "http://uima.apache.org/resourceSpecifier");
            x.element("name", "Glossa").element("description", "Annotations exported by Glossa")
                    .element("version", "1.0");
            x.start("types");
            type(x, DOCUMENT_METADATA, "uima.tcas.DocumentAnnotation", "documentTitle", "uima.cas.String",
                    "documentId", "uima.cas.String", "documentUri", "uima.cas.String", "collectionId",
                    "uima.cas.String", "documentBaseUri", "uima.cas.String", "isLastSegment", "uima.cas.Boolean");
            type(x, "glossa.Annotation", "uima.tcas.Annotation", "id", "uima.cas.String", "typeId",
                    "uima.cas.String", "typeName", "uima.cas.String", "status", "uima.cas.String", "author",
                    "uima.cas.String", "memo", "uima.cas.String", "created", "uima.cas.String", "modified",
                    "uima.cas.String", "attributeNames", "uima.cas.StringArray", "attributeValues",
                    "uima.cas.StringArray");
            type(x, "glossa.Section", "uima.tcas.Annotation", "number", "uima.cas.String", "title", "uima.cas.String",
                    "level", "uima.cas.Integer", "kind", "uima.cas.String", "memo", "uima.cas.String");
            type(x, DOCUMENT_MEMO, "uima.tcas.Annotation", "memo", "uima.cas.String");
            type(x, "glossa.Relation", "uima.tcas.Annotation", "Governor", "glossa.Annotation", "Dependent",
                    "glossa.Annotation", "id", "uima.cas.String", "kind", "uima.cas.String", "memo", "uima.cas.String");
            x.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static void type(XmlOut x, String name, String supertype, String... features) throws IOException {
        x.start("typeDescription").element("name", name).element("supertypeName", supertype);
        x.start("features");
        for (int i = 0; i < features.length; i += 2) {
            x.start("featureDescription").element("name", features[i]).element("rangeTypeName", features[i + 1]);
            if (features[i + 1].endsWith("Array")) {
                x.element("elementType", "uima.cas.String");
            }
            x.end();
        }
        x.end().end();
    }
}
