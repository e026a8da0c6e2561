package glossa.exchange.export;

import static glossa.exchange.export.internal.Utf8Writer.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.export.internal.Iso;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.exchange.json.Json;
import glossa.core.sections.SectionIndex;
import glossa.core.text.PageMap;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.AttributeValue;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * Writes the items of an {@code AnnotationPage}, compact JSON, one per line, straight into a {@link Utf8Writer}:
 * keys and punctuation are bytes encoded once, values are escaped and encoded in one pass (50,000 annotations are
 * tens of megabytes, so building each item as text and encoding it afterwards doubled the exporter's cost). The
 * escaping is jackson-core's as {@link Json} configures it, byte for byte; writing the items through a jackson-core
 * generator instead was measured 1.3 to 1.4 times slower (docs/benchmarks.md, "JSON"), so this hot path keeps the
 * direct writer while everything else JSON goes through jackson-core.
 *
 * <p>Items carry no {@code @context} of their own: they inherit the collection's (JSON-LD scoping; the W3C model's
 * own page examples do the same), which declares both the W3C context and the {@code glossa:} prefix.</p>
 */
final class WebAnnotationItems {

    private static final byte[] FIRST = utf8("\n      ");
    private static final byte[] NEXT = utf8(",\n      ");
    private static final byte[] ID = utf8("{\"id\":");
    private static final byte[] CLASSIFYING = utf8(",\"type\":\"Annotation\",\"motivation\":\"classifying\","
            + "\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",\"value\":");
    private static final byte[] NULL = utf8("null");
    private static final byte[] TYPE_ID = utf8(",\"" + WebAnnotation.TYPE_ID + "\":");
    private static final byte[] COMMENT = utf8("},{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"value\":");
    private static final byte[] PLAIN_TEXT = utf8(",\"format\":\"text/plain\"");
    private static final byte[] PREFIX = utf8(",\"prefix\":");
    private static final byte[] SUFFIX = utf8(",\"suffix\":");
    private static final byte[] POSITION = utf8("},{\"type\":\"TextPositionSelector\",\"start\":");
    private static final byte[] END = utf8(",\"end\":");
    private static final byte[] CREATOR = utf8("}]},\"creator\":{\"type\":\"Person\",\"name\":");
    private static final byte[] TARGET_END = utf8("}]}");
    private static final byte[] CLOSE = utf8("}");
    private static final byte[] CREATED = utf8(",\"created\":");
    private static final byte[] MODIFIED = utf8(",\"modified\":");
    private static final byte[] STATUS = utf8(",\"" + WebAnnotation.STATUS + "\":");
    private static final byte[] ATTRIBUTES = utf8(",\"" + WebAnnotation.ATTRIBUTES + "\":{");
    private static final byte[] PAGE = utf8(",\"" + WebAnnotation.PAGE + "\":");
    private static final byte[] COLON = utf8(":");
    private static final byte[] COMMA = utf8(",");
    private static final byte[] LINKING = utf8(",\"type\":\"Annotation\",\"motivation\":\"linking\","
            + "\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":");
    private static final byte[] RELATION_COMMENT = utf8("},{\"type\":\"TextualBody\",\"purpose\":\"commenting\","
            + "\"value\":");
    private static final byte[] RELATION_TARGET = utf8("],\"target\":");
    private static final byte[] RELATION_ID = utf8(",\"" + WebAnnotation.RELATION_ID + "\":");

    private static final int UUID_AT = "\"urn:uuid:".length();

    private final Utf8Writer w;
    /** {@code "urn:uuid:<36 characters>"}, the UUID filled in per id. */
    private final byte[] uuidIri = utf8("\"urn:uuid:" + "0".repeat(36) + "\"");
    private boolean first = true;
    /** Everything from the end of the bodies to the quote: the same for every annotation of one article. */
    private byte[] target;
    /** The IRI of the article the items target. */
    private String sourceIri;

    WebAnnotationItems(Utf8Writer w) {
        this.w = w;
    }

    /** The article the following annotations target: {@code source} is its IRI. */
    void source(String source) {
        sourceIri = source;
        target = ("}],\"target\":{\"source\":" + Json.writeCompact(source)
                + ",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One annotation, keys in a fixed order: {@code id, type, motivation, body, target, creator, created, modified,
     * glossa:status, glossa:attributes, glossa:page} (the page only for an article with a page map).
     */
    void annotation(Annotation a, CodePointIndex codePoints) throws IOException {
        separator();
        w.writeBytes(ID);
        iri(a.getId());
        w.writeBytes(CLASSIFYING);
        stringOrNull(a.getType().getName() == null ? a.getType().getId() : a.getType().getName());
        w.writeBytes(TYPE_ID);
        stringOrNull(a.getType().getId());
        if (a.getMemo() != null && !a.getMemo().isEmpty()) {
            w.writeBytes(COMMENT);
            w.writeJsonString(a.getMemo());
            w.writeBytes(PLAIN_TEXT);
        }
        w.writeBytes(target);
        w.writeJsonString(nullToEmpty(a.getQuote()));
        w.writeBytes(PREFIX);
        w.writeJsonString(nullToEmpty(a.getPrefix()));
        w.writeBytes(SUFFIX);
        w.writeJsonString(nullToEmpty(a.getSuffix()));
        w.writeBytes(POSITION);
        w.writeInt(codePoints.toCodePoints(clamp(a.getBegin(), codePoints)));
        w.writeBytes(END);
        w.writeInt(codePoints.toCodePoints(clamp(a.getEnd(), codePoints)));
        if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
            w.writeBytes(CREATOR);
            w.writeJsonString(a.getAuthor());
            w.writeBytes(CLOSE);
        } else {
            w.writeBytes(TARGET_END);
        }
        String created = null;
        if (a.getCreated() != null) {
            created = Iso.format(a.getCreated());
            w.writeBytes(CREATED);
            w.writeJsonString(created);
        }
        if (a.getModified() != null) {
            w.writeBytes(MODIFIED);
            // Most annotations were never edited after they were made: one formatting for both dates.
            boolean same = created != null && a.getModified().getTime() == a.getCreated().getTime();
            w.writeJsonString(same ? created : Iso.format(a.getModified()));
        }
        if (a.getStatus() != null) {
            w.writeBytes(STATUS);
            w.writeJsonString(a.getStatus().getLiteral());
        }
        if (!a.getAttributes().isEmpty()) {
            attributes(a.getAttributes());
        }
        int page = a.eContainer() instanceof Document d ? PageMap.pageOf(d, a.getBegin()) : 0;
        if (page > 0) {
            w.writeBytes(PAGE);
            w.writeInt(page);
        }
        w.writeBytes(CLOSE);
    }

    /** An object of name → value; a repeated name gives one key (its last value, at its first place), never two. */
    private void attributes(List<AttributeValue> values) throws IOException {
        w.writeBytes(ATTRIBUTES);
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
                    w.writeBytes(COMMA);
                }
                firstAttribute = false;
                attribute(e.getKey(), e.getValue());
            }
        }
        w.writeBytes(CLOSE);
    }

    private void attribute(String name, String value) throws IOException {
        w.writeJsonString(String.valueOf(name)); // a key must be a string; the map tree wrote "null" too
        w.writeBytes(COLON);
        stringOrNull(value);
    }

    /** One relation as a {@code linking} annotation. */
    void relation(Relation r) throws IOException {
        separator();
        w.writeBytes(ID);
        iri(r.getId() == null ? "r-" + UUID.randomUUID() : r.getId());
        w.writeBytes(LINKING);
        w.writeJsonString(nullToEmpty(r.getKind()));
        if (r.getMemo() != null && !r.getMemo().isEmpty()) {
            w.writeBytes(RELATION_COMMENT);
            w.writeJsonString(r.getMemo());
        }
        w.writeBytes(CLOSE);
        w.writeBytes(COMMA);
        iri(r.getTarget().getId());
        w.writeBytes(RELATION_TARGET);
        iri(r.getSource().getId());
        if (r.getId() != null) {
            w.writeBytes(RELATION_ID);
            w.writeJsonString(r.getId());
        }
        w.writeBytes(CLOSE);
    }

    /**
     * The memos of the article itself, each a {@code commenting} annotation: the document's (its target the whole
     * article) and each section's (its target the section's span, its path in {@code glossa:section}). Their ids are
     * derived from the article and the section path, so a second export gives the same ids.
     */
    void memos(List<ArticleMemos.Memo> memos, CodePointIndex codePoints) throws IOException {
        for (ArticleMemos.Memo memo : memos) {
            separator();
            Map<String, Object> item = new LinkedHashMap<>();
            Section section = memo.section();
            String path = section == null ? "" : SectionIndex.path(section);
            item.put("id", "urn:uuid:" + UUID.nameUUIDFromBytes(("memo\n" + sourceIri + '\n' + path)
                    .getBytes(StandardCharsets.UTF_8)));
            item.put("type", "Annotation");
            item.put("motivation", "commenting");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "TextualBody");
            body.put("purpose", "commenting");
            body.put("value", memo.text());
            body.put("format", "text/plain");
            item.put("body", body);
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("source", sourceIri);
            if (section != null) {
                Map<String, Object> selector = new LinkedHashMap<>();
                selector.put("type", "TextPositionSelector");
                selector.put("start", codePoints.toCodePoints(clamp(section.getBegin(), codePoints)));
                selector.put("end", codePoints.toCodePoints(clamp(section.getEnd(), codePoints)));
                target.put("selector", selector);
            }
            item.put("target", target);
            item.put(WebAnnotation.MEMO_OF, section == null ? "document" : "section");
            if (section != null) {
                item.put(WebAnnotation.SECTION, path);
            }
            String json = Json.writeCompact(item);
            w.write(json, 0, json.length());
        }
    }

    /**
     * {@link WebAnnotation#iri} as a JSON string. Ids made by Glossa are {@code a-<uuid>}: their IRI is filled into a
     * reused buffer (no strings per annotation: making them showed in export profiles).
     */
    private void iri(String id) throws IOException {
        if (!WebAnnotation.isUuidId(id)) {
            w.writeJsonString(WebAnnotation.iri(id));
            return;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(2 + i); // hex digits and dashes only
            uuidIri[UUID_AT + i] = (byte) (c >= 'A' && c <= 'F' ? c + ('a' - 'A') : c);
        }
        w.writeBytes(uuidIri);
    }

    private void separator() throws IOException {
        w.writeBytes(first ? FIRST : NEXT);
        first = false;
    }

    private void stringOrNull(String s) throws IOException {
        if (s == null) {
            w.writeBytes(NULL);
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
