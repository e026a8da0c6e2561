package glossa.exchange.export;

import java.util.Locale;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Vocabulary shared by the W3C Web Annotation exporter and importer.
 *
 * <p>Glossa ids map to IRIs: {@code a-<uuid>} (what {@link glossa.core.annotations.AnnotationFactory} makes) becomes
 * {@code urn:uuid:<uuid>}, any other id {@code urn:glossa:id:<percent-encoded id>}.</p>
 *
 * <p>Glossa data that the W3C model has no term for (status, attributes, type id) are extension properties in the
 * {@code glossa:} namespace declared in the second {@code @context} entry.</p>
 */
public final class WebAnnotation {

    public static final String W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String GLOSSA_NAMESPACE = "http://glossa.dev/model/1#";
    public static final String STATUS = "glossa:status";
    public static final String ATTRIBUTES = "glossa:attributes";
    /** The page of the source (a converted PDF) the annotation begins on, 1 first; absent without a page map. */
    public static final String PAGE = "glossa:page";
    public static final String TYPE_ID = "glossa:typeId";
    public static final String RELATION_ID = "glossa:relationId";
    /** On a {@code commenting} annotation that holds a memo of the article: {@code document} or {@code section}. */
    public static final String MEMO_OF = "glossa:memoOf";
    /** The path of the section a section memo belongs to ({@link glossa.core.sections.SectionIndex#path}). */
    public static final String SECTION = "glossa:section";

    private static final String UUID_URN = "urn:uuid:";
    private static final String ID_URN = "urn:glossa:id:";

    private WebAnnotation() {
    }

    public static String iri(String glossaId) {
        if (isUuidId(glossaId)) { // checked by hand: a regex per annotation showed in export profiles
            return UUID_URN + glossaId.substring(2).toLowerCase(Locale.ROOT);
        }
        return ID_URN + URLEncoder.encode(glossaId, StandardCharsets.UTF_8);
    }

    /** {@code a-} and a UUID in its 8-4-4-4-12 hex form. */
    static boolean isUuidId(String id) {
        if (id.length() != 38 || !id.startsWith("a-")) {
            return false;
        }
        for (int i = 2; i < 38; i++) {
            char c = id.charAt(i);
            boolean dash = i == 10 || i == 15 || i == 20 || i == 25;
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    /** The Glossa id for an IRI written by {@link #iri}; other IRIs are kept as they are. */
    public static String glossaId(String iri) {
        if (iri.startsWith(UUID_URN)) {
            return "a-" + iri.substring(UUID_URN.length());
        }
        if (iri.startsWith(ID_URN)) {
            return URLDecoder.decode(iri.substring(ID_URN.length()), StandardCharsets.UTF_8);
        }
        return iri;
    }

    /** An absolute IRI naming the article by file name only (exports must not reveal local paths). */
    public static String sourceIri(String fileName) {
        return "urn:glossa:article:" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
