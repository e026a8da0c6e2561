package glossa.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.Serialization;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * The peer: an Apache UIMA CAS whose type system mirrors Glossa's annotation — a {@code uima.tcas.Annotation} subtype
 * with id, type, status, author, memo and an array of name/value attribute structures. The text lives in the CAS
 * (UIMA's way), so UIMA needs no quote, prefix or suffix; Glossa stores those to re-anchor after edits.
 */
public final class UimaMirror {

    public static final String ANNOTATION = "glossa.Annotation";
    public static final String ATTRIBUTE_VALUE = "glossa.AttributeValue";

    private static final TypeSystemDescription TYPE_SYSTEM = typeSystem();

    private UimaMirror() {
    }

    private static TypeSystemDescription typeSystem() {
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription value = tsd.addType(ATTRIBUTE_VALUE, "A named value", CAS.TYPE_NAME_TOP);
        value.addFeature("name", "", CAS.TYPE_NAME_STRING);
        value.addFeature("value", "", CAS.TYPE_NAME_STRING);
        TypeDescription annotation = tsd.addType(ANNOTATION, "Glossa's annotation", CAS.TYPE_NAME_ANNOTATION);
        annotation.addFeature("id", "", CAS.TYPE_NAME_STRING);
        annotation.addFeature("annotationType", "codebook type id", CAS.TYPE_NAME_STRING);
        annotation.addFeature("status", "", CAS.TYPE_NAME_STRING);
        annotation.addFeature("author", "", CAS.TYPE_NAME_STRING);
        annotation.addFeature("memo", "", CAS.TYPE_NAME_STRING);
        annotation.addFeature("attributes", "", CAS.TYPE_NAME_FS_ARRAY, ATTRIBUTE_VALUE, false);
        return tsd;
    }

    /** A new, empty CAS of the mirror type system. */
    public static CAS newCas() {
        try {
            return CasCreationUtils.createCas(TYPE_SYSTEM, null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CAS holding the dataset's text and annotations (indexed). */
    public static CAS build(BenchDataset data) {
        CAS cas = newCas();
        cas.setDocumentText(data.text());
        Features f = new Features(cas);
        for (AnnotationSpec spec : data.annotations()) {
            AnnotationFS annotation = cas.createAnnotation(f.annotation, spec.begin(), spec.end());
            annotation.setStringValue(f.id, spec.id());
            annotation.setStringValue(f.type, spec.typeId());
            annotation.setStringValue(f.status, spec.status());
            annotation.setStringValue(f.author, spec.author());
            annotation.setStringValue(f.memo, spec.memo());
            ArrayFS<FeatureStructure> attributes = cas.createArrayFS(spec.attributes().size());
            int i = 0;
            for (Map.Entry<String, String> entry : spec.attributes().entrySet()) {
                FeatureStructure value = cas.createFS(f.attributeValue);
                value.setStringValue(f.name, entry.getKey());
                value.setStringValue(f.value, entry.getValue());
                attributes.set(i++, value);
            }
            annotation.setFeatureValue(f.attributes, attributes);
            cas.addFsToIndexes(annotation);
        }
        return cas;
    }

    public static byte[] saveXmi(CAS cas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Resets {@code cas} and fills it from XMI. */
    public static CAS loadXmi(byte[] xmi, CAS cas) {
        cas.reset();
        try {
            XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), cas);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cas;
    }

    /** UIMA's compact binary form ("compressed form 6", type system given by the receiver). */
    public static byte[] saveBinary(CAS cas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            Serialization.serializeWithCompression(cas, out, cas.getTypeSystem());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Resets {@code cas} and fills it from the binary form. */
    public static CAS loadBinary(byte[] binary, CAS cas) {
        cas.reset();
        Serialization.deserializeCAS(cas, new ByteArrayInputStream(binary));
        return cas;
    }

    /** The mirror's types and features, looked up once per CAS. */
    public static final class Features {
        public final Type annotation;
        public final Type attributeValue;
        public final Feature id;
        public final Feature type;
        public final Feature status;
        public final Feature author;
        public final Feature memo;
        public final Feature attributes;
        public final Feature name;
        public final Feature value;

        public Features(CAS cas) {
            annotation = cas.getTypeSystem().getType(ANNOTATION);
            attributeValue = cas.getTypeSystem().getType(ATTRIBUTE_VALUE);
            id = annotation.getFeatureByBaseName("id");
            type = annotation.getFeatureByBaseName("annotationType");
            status = annotation.getFeatureByBaseName("status");
            author = annotation.getFeatureByBaseName("author");
            memo = annotation.getFeatureByBaseName("memo");
            attributes = annotation.getFeatureByBaseName("attributes");
            name = attributeValue.getFeatureByBaseName("name");
            value = attributeValue.getFeatureByBaseName("value");
        }
    }
}
