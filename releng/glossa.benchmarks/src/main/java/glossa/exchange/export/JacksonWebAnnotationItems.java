package glossa.exchange.export;

// BENCHMARK CANDIDATE ONLY (JsonSideBySide): the JSON-LD exporter written through one jackson-core JsonGenerator,
// measured against the shipped one (Utf8Writer direct writes for the items). Not product code: it was slower.

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.export.internal.Iso;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Relation;

/**
 * Writes the items of an {@code AnnotationPage}, compact JSON, one per line, with a jackson-core generator: keys and
 * constant values are {@link SerializedString}s (encoded once), text is escaped and encoded in one pass by the
 * generator, straight into its byte buffer (50,000 annotations are tens of megabytes).
 *
 * <p>Items carry no {@code @context} of their own: they inherit the collection's (JSON-LD scoping; the W3C model's
 * own page examples do the same), which declares both the W3C context and the {@code glossa:} prefix.</p>
 */
final class JacksonWebAnnotationItems {

    private static final SerializedString ID = key("id");
    private static final SerializedString TYPE = key("type");
    private static final SerializedString MOTIVATION = key("motivation");
    private static final SerializedString BODY = key("body");
    private static final SerializedString PURPOSE = key("purpose");
    private static final SerializedString VALUE = key("value");
    private static final SerializedString FORMAT = key("format");
    private static final SerializedString TARGET = key("target");
    private static final SerializedString SOURCE = key("source");
    private static final SerializedString SELECTOR = key("selector");
    private static final SerializedString EXACT = key("exact");
    private static final SerializedString PREFIX = key("prefix");
    private static final SerializedString SUFFIX = key("suffix");
    private static final SerializedString START = key("start");
    private static final SerializedString END = key("end");
    private static final SerializedString CREATOR = key("creator");
    private static final SerializedString NAME = key("name");
    private static final SerializedString CREATED = key("created");
    private static final SerializedString MODIFIED = key("modified");
    private static final SerializedString TYPE_ID = key(WebAnnotation.TYPE_ID);
    private static final SerializedString STATUS = key(WebAnnotation.STATUS);
    private static final SerializedString ATTRIBUTES = key(WebAnnotation.ATTRIBUTES);
    private static final SerializedString RELATION_ID = key(WebAnnotation.RELATION_ID);

    private static final SerializedString ANNOTATION = key("Annotation");
    private static final SerializedString CLASSIFYING = key("classifying");
    private static final SerializedString COMMENTING = key("commenting");
    private static final SerializedString LINKING = key("linking");
    private static final SerializedString TAGGING = key("tagging");
    private static final SerializedString TEXTUAL_BODY = key("TextualBody");
    private static final SerializedString TEXT_PLAIN = key("text/plain");
    private static final SerializedString QUOTE_SELECTOR = key("TextQuoteSelector");
    private static final SerializedString POSITION_SELECTOR = key("TextPositionSelector");
    private static final SerializedString PERSON = key("Person");

    private static final String FIRST = "\n      ";
    private static final String NEXT = ",\n      ";
    private static final String UUID_URN = "urn:uuid:";

    private final JsonGenerator g;
    /** {@code urn:uuid:<36 characters>}, the UUID filled in per id. */
    private final char[] uuidIri = (UUID_URN + "0".repeat(36)).toCharArray();
    private boolean first = true;
    /** The IRI of the article the following annotations target. */
    private SerializableString source;

    JacksonWebAnnotationItems(JsonGenerator g) {
        this.g = g;
    }

    private static SerializedString key(String name) {
        return new SerializedString(name);
    }

    /** The article the following annotations target: {@code source} is its IRI. */
    void source(String sourceIri) {
        source = new SerializedString(sourceIri);
    }

    /**
     * One annotation, keys in a fixed order: {@code id, type, motivation, body, target, creator, created, modified,
     * glossa:status, glossa:attributes}.
     */
    void annotation(Annotation a, CodePointIndex codePoints) throws IOException {
        separator();
        g.writeStartObject();
        g.writeFieldName(ID);
        iri(a.getId());
        g.writeFieldName(TYPE);
        g.writeString(ANNOTATION);
        g.writeFieldName(MOTIVATION);
        g.writeString(CLASSIFYING);
        g.writeFieldName(BODY);
        g.writeStartArray();
        g.writeStartObject();
        textualBody(CLASSIFYING);
        g.writeFieldName(VALUE);
        g.writeString(a.getType().getName() == null ? a.getType().getId() : a.getType().getName());
        g.writeFieldName(TYPE_ID);
        g.writeString(a.getType().getId());
        g.writeEndObject();
        if (a.getMemo() != null && !a.getMemo().isEmpty()) {
            g.writeStartObject();
            textualBody(COMMENTING);
            g.writeFieldName(VALUE);
            g.writeString(a.getMemo());
            g.writeFieldName(FORMAT);
            g.writeString(TEXT_PLAIN);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(TARGET);
        g.writeStartObject();
        g.writeFieldName(SOURCE);
        g.writeString(source);
        g.writeFieldName(SELECTOR);
        g.writeStartArray();
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(QUOTE_SELECTOR);
        g.writeFieldName(EXACT);
        g.writeString(nullToEmpty(a.getQuote()));
        g.writeFieldName(PREFIX);
        g.writeString(nullToEmpty(a.getPrefix()));
        g.writeFieldName(SUFFIX);
        g.writeString(nullToEmpty(a.getSuffix()));
        g.writeEndObject();
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(POSITION_SELECTOR);
        g.writeFieldName(START);
        g.writeNumber(codePoints.toCodePoints(clamp(a.getBegin(), codePoints)));
        g.writeFieldName(END);
        g.writeNumber(codePoints.toCodePoints(clamp(a.getEnd(), codePoints)));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
            g.writeFieldName(CREATOR);
            g.writeStartObject();
            g.writeFieldName(TYPE);
            g.writeString(PERSON);
            g.writeFieldName(NAME);
            g.writeString(a.getAuthor());
            g.writeEndObject();
        }
        String created = null;
        if (a.getCreated() != null) {
            created = Iso.format(a.getCreated());
            g.writeFieldName(CREATED);
            g.writeString(created);
        }
        if (a.getModified() != null) {
            g.writeFieldName(MODIFIED);
            // Most annotations were never edited after they were made: one formatting for both dates.
            boolean same = created != null && a.getModified().getTime() == a.getCreated().getTime();
            g.writeString(same ? created : Iso.format(a.getModified()));
        }
        if (a.getStatus() != null) {
            g.writeFieldName(STATUS);
            g.writeString(a.getStatus().getLiteral());
        }
        if (!a.getAttributes().isEmpty()) {
            attributes(a.getAttributes());
        }
        g.writeEndObject();
    }

    private void textualBody(SerializedString purpose) throws IOException {
        g.writeFieldName(TYPE);
        g.writeString(TEXTUAL_BODY);
        g.writeFieldName(PURPOSE);
        g.writeString(purpose);
    }

    /** An object of name → value; a repeated name gives one key (its last value, at its first place), never two. */
    private void attributes(List<AttributeValue> values) throws IOException {
        g.writeFieldName(ATTRIBUTES);
        g.writeStartObject();
        if (values.size() == 1) {
            attribute(values.get(0).getName(), values.get(0).getValue());
        } else {
            Map<String, String> byName = new LinkedHashMap<>();
            for (AttributeValue v : values) {
                byName.put(v.getName(), v.getValue());
            }
            for (Map.Entry<String, String> e : byName.entrySet()) {
                attribute(e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
    }

    private void attribute(String name, String value) throws IOException {
        g.writeFieldName(String.valueOf(name)); // a key must be a string; the map tree wrote "null" too
        g.writeString(value);
    }

    /** One relation as a {@code linking} annotation. */
    void relation(Relation r) throws IOException {
        separator();
        g.writeStartObject();
        g.writeFieldName(ID);
        iri(r.getId() == null ? "r-" + UUID.randomUUID() : r.getId());
        g.writeFieldName(TYPE);
        g.writeString(ANNOTATION);
        g.writeFieldName(MOTIVATION);
        g.writeString(LINKING);
        g.writeFieldName(BODY);
        g.writeStartArray();
        g.writeStartObject();
        textualBody(TAGGING);
        g.writeFieldName(VALUE);
        g.writeString(nullToEmpty(r.getKind()));
        g.writeEndObject();
        if (r.getMemo() != null && !r.getMemo().isEmpty()) {
            g.writeStartObject();
            textualBody(COMMENTING);
            g.writeFieldName(VALUE);
            g.writeString(r.getMemo());
            g.writeEndObject();
        }
        iri(r.getTarget().getId());
        g.writeEndArray();
        g.writeFieldName(TARGET);
        iri(r.getSource().getId());
        if (r.getId() != null) {
            g.writeFieldName(RELATION_ID);
            g.writeString(r.getId());
        }
        g.writeEndObject();
    }

    /**
     * {@link WebAnnotation#iri} as a JSON string. Ids made by Glossa are {@code a-<uuid>}: their IRI is filled into a
     * reused buffer (no strings per annotation: making them showed in export profiles).
     */
    private void iri(String id) throws IOException {
        if (!WebAnnotation.isUuidId(id)) {
            g.writeString(WebAnnotation.iri(id));
            return;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(2 + i); // hex digits and dashes only
            uuidIri[UUID_URN.length() + i] = c >= 'A' && c <= 'F' ? (char) (c + ('a' - 'A')) : c;
        }
        g.writeString(uuidIri, 0, uuidIri.length);
    }

    private void separator() throws IOException {
        g.writeRaw(first ? FIRST : NEXT);
        first = false;
    }

    private static int clamp(int offset, CodePointIndex index) {
        return Math.max(0, Math.min(offset, index.length()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
