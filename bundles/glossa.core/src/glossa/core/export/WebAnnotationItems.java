package glossa.core.export;

import static glossa.core.export.internal.Utf8Writer.ascii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import glossa.core.export.internal.CodePointIndex;
import glossa.core.export.internal.Iso;
import glossa.core.export.internal.Utf8Writer;
import glossa.core.json.Json;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Relation;

/**
 * Writes the items of an {@code AnnotationPage}, compact JSON, one per line, straight into a {@link Utf8Writer}:
 * keys and punctuation are bytes encoded once, values are escaped and encoded in one pass (50,000 annotations are
 * tens of megabytes, so building each item as text and encoding it afterwards doubled the exporter's cost).
 *
 * <p>Items carry no {@code @context} of their own: they inherit the collection's (JSON-LD scoping; the W3C model's
 * own page examples do the same), which declares both the W3C context and the {@code glossa:} prefix.</p>
 */
final class WebAnnotationItems {

    private static final byte[] FIRST = ascii("\n      ");
    private static final byte[] NEXT = ascii(",\n      ");
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] CLASSIFYING = ascii(",\"type\":\"Annotation\",\"motivation\":\"classifying\","
            + "\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",\"value\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] TYPE_ID = ascii(",\"" + WebAnnotation.TYPE_ID + "\":");
    private static final byte[] COMMENT = ascii("},{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"value\":");
    private static final byte[] PLAIN_TEXT = ascii(",\"format\":\"text/plain\"");
    private static final byte[] PREFIX = ascii(",\"prefix\":");
    private static final byte[] SUFFIX = ascii(",\"suffix\":");
    private static final byte[] POSITION = ascii("},{\"type\":\"TextPositionSelector\",\"start\":");
    private static final byte[] END = ascii(",\"end\":");
    private static final byte[] CREATOR = ascii("}]},\"creator\":{\"type\":\"Person\",\"name\":");
    private static final byte[] TARGET_END = ascii("}]}");
    private static final byte[] CLOSE = ascii("}");
    private static final byte[] CREATED = ascii(",\"created\":");
    private static final byte[] MODIFIED = ascii(",\"modified\":");
    private static final byte[] STATUS = ascii(",\"" + WebAnnotation.STATUS + "\":");
    private static final byte[] ATTRIBUTES = ascii(",\"" + WebAnnotation.ATTRIBUTES + "\":{");
    private static final byte[] COLON = ascii(":");
    private static final byte[] COMMA = ascii(",");
    private static final byte[] LINKING = ascii(",\"type\":\"Annotation\",\"motivation\":\"linking\","
            + "\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":");
    private static final byte[] RELATION_COMMENT = ascii("},{\"type\":\"TextualBody\",\"purpose\":\"commenting\","
            + "\"value\":");
    private static final byte[] RELATION_TARGET = ascii("],\"target\":");
    private static final byte[] RELATION_ID = ascii(",\"" + WebAnnotation.RELATION_ID + "\":");

    private final Utf8Writer w;
    private boolean first = true;
    /** Everything from the end of the bodies to the quote: the same for every annotation of one article. */
    private byte[] target;

    WebAnnotationItems(Utf8Writer w) {
        this.w = w;
    }

    /** The article the following annotations target: {@code source} is its IRI. */
    void source(String source) {
        StringBuilder sb = new StringBuilder("}],\"target\":{\"source\":");
        Json.quote(source, sb);
        target = (sb + ",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One annotation, keys in a fixed order: {@code id, type, motivation, body, target, creator, created, modified,
     * glossa:status, glossa:attributes}.
     */
    void annotation(Annotation a, CodePointIndex codePoints) throws IOException {
        separator();
        w.writeAscii(ID);
        w.writeJsonString(WebAnnotation.iri(a.getId()));
        w.writeAscii(CLASSIFYING);
        stringOrNull(a.getType().getName() == null ? a.getType().getId() : a.getType().getName());
        w.writeAscii(TYPE_ID);
        stringOrNull(a.getType().getId());
        if (a.getMemo() != null && !a.getMemo().isEmpty()) {
            w.writeAscii(COMMENT);
            w.writeJsonString(a.getMemo());
            w.writeAscii(PLAIN_TEXT);
        }
        w.writeAscii(target);
        w.writeJsonString(nullToEmpty(a.getQuote()));
        w.writeAscii(PREFIX);
        w.writeJsonString(nullToEmpty(a.getPrefix()));
        w.writeAscii(SUFFIX);
        w.writeJsonString(nullToEmpty(a.getSuffix()));
        w.writeAscii(POSITION);
        w.writeInt(codePoints.toCodePoints(clamp(a.getBegin(), codePoints)));
        w.writeAscii(END);
        w.writeInt(codePoints.toCodePoints(clamp(a.getEnd(), codePoints)));
        if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
            w.writeAscii(CREATOR);
            w.writeJsonString(a.getAuthor());
            w.writeAscii(CLOSE);
        } else {
            w.writeAscii(TARGET_END);
        }
        String created = null;
        if (a.getCreated() != null) {
            created = Iso.format(a.getCreated());
            w.writeAscii(CREATED);
            w.writeJsonString(created);
        }
        if (a.getModified() != null) {
            w.writeAscii(MODIFIED);
            // Most annotations were never edited after they were made: one formatting for both dates.
            boolean same = created != null && a.getModified().getTime() == a.getCreated().getTime();
            w.writeJsonString(same ? created : Iso.format(a.getModified()));
        }
        if (a.getStatus() != null) {
            w.writeAscii(STATUS);
            w.writeJsonString(a.getStatus().getLiteral());
        }
        if (!a.getAttributes().isEmpty()) {
            attributes(a.getAttributes());
        }
        w.writeAscii(CLOSE);
    }

    /** An object of name → value; a repeated name gives one key (its last value, at its first place), never two. */
    private void attributes(List<AttributeValue> values) throws IOException {
        w.writeAscii(ATTRIBUTES);
        if (values.size() == 1) {
            attribute(values.get(0).getName(), values.get(0).getValue());
        } else {
            Map<String, String> byName = new LinkedHashMap<>();
            for (AttributeValue v : values) {
                byName.put(v.getName(), v.getValue());
            }
            boolean firstAttribute = true;
            for (Map.Entry<String, String> e : byName.entrySet()) {
                if (!firstAttribute) {
                    w.writeAscii(COMMA);
                }
                firstAttribute = false;
                attribute(e.getKey(), e.getValue());
            }
        }
        w.writeAscii(CLOSE);
    }

    private void attribute(String name, String value) throws IOException {
        w.writeJsonString(String.valueOf(name)); // a key must be a string; the map tree wrote "null" too
        w.writeAscii(COLON);
        stringOrNull(value);
    }

    /** One relation as a {@code linking} annotation. */
    void relation(Relation r) throws IOException {
        separator();
        w.writeAscii(ID);
        w.writeJsonString(WebAnnotation.iri(r.getId() == null ? "r-" + UUID.randomUUID() : r.getId()));
        w.writeAscii(LINKING);
        w.writeJsonString(nullToEmpty(r.getKind()));
        if (r.getMemo() != null && !r.getMemo().isEmpty()) {
            w.writeAscii(RELATION_COMMENT);
            w.writeJsonString(r.getMemo());
        }
        w.writeAscii(CLOSE);
        w.writeAscii(COMMA);
        w.writeJsonString(WebAnnotation.iri(r.getTarget().getId()));
        w.writeAscii(RELATION_TARGET);
        w.writeJsonString(WebAnnotation.iri(r.getSource().getId()));
        if (r.getId() != null) {
            w.writeAscii(RELATION_ID);
            w.writeJsonString(r.getId());
        }
        w.writeAscii(CLOSE);
    }

    private void separator() throws IOException {
        w.writeAscii(first ? FIRST : NEXT);
        first = false;
    }

    private void stringOrNull(String s) throws IOException {
        if (s == null) {
            w.writeAscii(NULL);
        } else {
            w.writeJsonString(s);
        }
    }

    private static int clamp(int offset, CodePointIndex index) {
        return Math.max(0, Math.min(offset, index.length()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
