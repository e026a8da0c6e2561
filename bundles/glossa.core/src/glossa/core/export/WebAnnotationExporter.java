package glossa.core.export;

import static glossa.core.export.WebAnnotation.ATTRIBUTES;
import static glossa.core.export.WebAnnotation.RELATION_ID;
import static glossa.core.export.WebAnnotation.STATUS;
import static glossa.core.export.WebAnnotation.TYPE_ID;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.export.internal.CodePointIndex;
import glossa.core.export.internal.Iso;
import glossa.core.export.internal.Utf8Writer;
import glossa.core.json.Json;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Relation;

/**
 * W3C Web Annotation Data Model (JSON-LD): one {@code AnnotationCollection} whose {@code first} page embeds every
 * annotation.
 *
 * <ul>
 * <li>Each Glossa annotation is an {@code Annotation} with {@code motivation: classifying}, a {@code TextualBody} of
 * {@code purpose: classifying} whose value is the type name (the type id in {@code glossa:typeId}), the memo as a
 * {@code TextualBody} of {@code purpose: commenting}, and a target with a {@code TextQuoteSelector} and a
 * {@code TextPositionSelector}.</li>
 * <li>TextPositionSelector {@code start}/{@code end} count Unicode code points, as the W3C model requires ("in terms
 * of unicode code points, not in terms of code units"); Glossa's UTF-16 offsets are converted. The text is the
 * decoded article as is (no normalisation), line endings as in the file.</li>
 * <li>Each relation whose two ends are exported is an {@code Annotation} with {@code motivation: linking}: its target
 * is the source annotation's IRI, its bodies a {@code tagging} TextualBody holding the relation kind and the target
 * annotation's IRI.</li>
 * <li>Every annotation repeats the {@code @context}, so it stays valid when taken out of the collection.</li>
 * </ul>
 */
public final class WebAnnotationExporter implements Exporter {

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        ExportModel model = ExportModel.of(article, options);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing Web Annotations", model.annotations().size() + 1);
        CodePointIndex codePoints = new CodePointIndex(article.text());
        String source = WebAnnotation.sourceIri(model.source().isEmpty() ? "article.txt" : model.source());
        List<Relation> relations = article.document().getRelations().stream()
                .filter(r -> model.number(r.getSource()) > 0 && model.number(r.getTarget()) > 0).toList();
        UUID collection = UUID.nameUUIDFromBytes((source + '\n' + options.date()).getBytes(StandardCharsets.UTF_8));

        Utf8Writer w = new Utf8Writer(out);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", context());
        head.put("id", "urn:uuid:" + collection);
        head.put("type", "AnnotationCollection");
        head.put("label", model.title());
        head.put("total", model.annotations().size() + relations.size());
        head.put("generated", options.date().toString());
        head.put("glossa:filter", options.filter().describe());
        // Written by hand around the streamed items so 50,000 annotations never sit in memory as one tree.
        writeHead(w, head, collection);
        StringBuilder item = new StringBuilder(1024);
        boolean first = true;
        int count = 0;
        for (Annotation a : model.annotations()) {
            item.setLength(0);
            item.append(first ? ITEM_FIRST : ITEM_NEXT);
            appendAnnotation(item, a, source, codePoints);
            w.append(item);
            first = false;
            if (++count % 256 == 0) {
                progress.worked(256);
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        }
        for (Relation r : relations) {
            item.setLength(0);
            item.append(first ? ITEM_FIRST : ITEM_NEXT);
            appendRelation(item, r);
            w.append(item);
            first = false;
        }
        writeTail(w);
        w.finish();
        progress.done();
    }

    /** Items are compact JSON, one per line: the W3C model does not care, and pretty printing tripled the size. */
    static final String ITEM_FIRST = "\n      ";
    static final String ITEM_NEXT = ",\n      ";

    /** The collection's head (pretty printed, it is small) and the opening of its one page's item list. */
    static void writeHead(Writer w, Map<String, Object> head, UUID collection) throws IOException {
        String headJson = Json.write(head);
        w.write(headJson, 0, headJson.length() - 2);
        w.write(",\n  \"first\": {\n    \"id\": \"urn:uuid:" + UUID.nameUUIDFromBytes(("page1:" + collection)
                .getBytes(StandardCharsets.UTF_8)) + "\",\n    \"type\": \"AnnotationPage\",\n"
                + "    \"startIndex\": 0,\n    \"items\": [");
    }

    static void writeTail(Writer w) throws IOException {
        w.write("\n    ]\n  }\n}\n");
    }

    static List<Object> context() {
        return List.of(WebAnnotation.W3C_CONTEXT, Map.of("glossa", WebAnnotation.GLOSSA_NAMESPACE));
    }

    /** The {@code @context} every item repeats, written once. */
    private static final String CONTEXT = Json.writeCompact(context());

    /**
     * Appends one annotation as compact JSON, keys in a fixed order: {@code @context, id, type, motivation, body,
     * target, creator, created, modified, glossa:status, glossa:attributes}.
     */
    static void appendAnnotation(StringBuilder sb, Annotation a, String source, CodePointIndex codePoints) {
        sb.append("{\"@context\":").append(CONTEXT);
        sb.append(",\"id\":");
        Json.quote(WebAnnotation.iri(a.getId()), sb);
        sb.append(",\"type\":\"Annotation\",\"motivation\":\"classifying\"");
        sb.append(",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"classifying\",\"value\":");
        quoteOrNull(a.getType().getName() == null ? a.getType().getId() : a.getType().getName(), sb);
        sb.append(",\"").append(TYPE_ID).append("\":");
        quoteOrNull(a.getType().getId(), sb);
        sb.append('}');
        if (a.getMemo() != null && !a.getMemo().isEmpty()) {
            sb.append(",{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"value\":");
            Json.quote(a.getMemo(), sb);
            sb.append(",\"format\":\"text/plain\"}");
        }
        sb.append("],\"target\":{\"source\":");
        Json.quote(source, sb);
        sb.append(",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":");
        Json.quote(nullToEmpty(a.getQuote()), sb);
        sb.append(",\"prefix\":");
        Json.quote(nullToEmpty(a.getPrefix()), sb);
        sb.append(",\"suffix\":");
        Json.quote(nullToEmpty(a.getSuffix()), sb);
        sb.append("},{\"type\":\"TextPositionSelector\",\"start\":")
                .append(codePoints.toCodePoints(clamp(a.getBegin(), codePoints)))
                .append(",\"end\":").append(codePoints.toCodePoints(clamp(a.getEnd(), codePoints))).append("}]}");
        if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
            sb.append(",\"creator\":{\"type\":\"Person\",\"name\":");
            Json.quote(a.getAuthor(), sb);
            sb.append('}');
        }
        if (a.getCreated() != null) {
            sb.append(",\"created\":");
            Json.quote(Iso.format(a.getCreated()), sb);
        }
        if (a.getModified() != null) {
            sb.append(",\"modified\":");
            Json.quote(Iso.format(a.getModified()), sb);
        }
        if (a.getStatus() != null) {
            sb.append(",\"").append(STATUS).append("\":");
            Json.quote(a.getStatus().getLiteral(), sb);
        }
        if (!a.getAttributes().isEmpty()) {
            // A map, so that a repeated attribute name gives one key (its last value), never a duplicate key.
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (AttributeValue v : a.getAttributes()) {
                attributes.put(v.getName(), v.getValue());
            }
            sb.append(",\"").append(ATTRIBUTES).append("\":").append(Json.writeCompact(attributes));
        }
        sb.append('}');
    }

    /** Appends one relation as a {@code linking} annotation, compact JSON. */
    static void appendRelation(StringBuilder sb, Relation r) {
        sb.append("{\"@context\":").append(CONTEXT);
        sb.append(",\"id\":");
        Json.quote(WebAnnotation.iri(r.getId() == null ? "r-" + UUID.randomUUID() : r.getId()), sb);
        sb.append(",\"type\":\"Annotation\",\"motivation\":\"linking\"");
        sb.append(",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":");
        Json.quote(nullToEmpty(r.getKind()), sb);
        sb.append('}');
        if (r.getMemo() != null && !r.getMemo().isEmpty()) {
            sb.append(",{\"type\":\"TextualBody\",\"purpose\":\"commenting\",\"value\":");
            Json.quote(r.getMemo(), sb);
            sb.append('}');
        }
        sb.append(',');
        Json.quote(WebAnnotation.iri(r.getTarget().getId()), sb);
        sb.append("],\"target\":");
        Json.quote(WebAnnotation.iri(r.getSource().getId()), sb);
        if (r.getId() != null) {
            sb.append(",\"").append(RELATION_ID).append("\":");
            Json.quote(r.getId(), sb);
        }
        sb.append('}');
    }

    private static void quoteOrNull(String s, StringBuilder sb) {
        if (s == null) {
            sb.append("null");
        } else {
            Json.quote(s, sb);
        }
    }

    private static int clamp(int offset, CodePointIndex index) {
        return Math.max(0, Math.min(offset, index.length()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
