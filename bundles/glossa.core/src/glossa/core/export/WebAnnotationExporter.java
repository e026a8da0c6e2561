package glossa.core.export;

import static glossa.core.export.WebAnnotation.ATTRIBUTES;
import static glossa.core.export.WebAnnotation.RELATION_ID;
import static glossa.core.export.WebAnnotation.STATUS;
import static glossa.core.export.WebAnnotation.TYPE_ID;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", context());
        head.put("id", "urn:uuid:" + collection);
        head.put("type", "AnnotationCollection");
        head.put("label", model.title());
        head.put("total", model.annotations().size() + relations.size());
        head.put("generated", options.date().toString());
        head.put("glossa:filter", options.filter().describe());
        // Written by hand around the streamed items so 50,000 annotations never sit in memory as one tree.
        String headJson = Json.write(head);
        w.write(headJson, 0, headJson.length() - 2);
        w.write(",\n  \"first\": {\n    \"id\": \"urn:uuid:" + UUID.nameUUIDFromBytes(("page1:" + collection)
                .getBytes(StandardCharsets.UTF_8)) + "\",\n    \"type\": \"AnnotationPage\",\n"
                + "    \"startIndex\": 0,\n    \"items\": [");
        boolean first = true;
        int count = 0;
        for (Annotation a : model.annotations()) {
            w.write(first ? "\n      " : ",\n      ");
            w.write(Json.write(annotation(a, source, codePoints), 3));
            first = false;
            progress.worked(1);
            if (++count % 256 == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        for (Relation r : relations) {
            w.write(first ? "\n      " : ",\n      ");
            w.write(Json.write(relation(r), 3));
            first = false;
        }
        w.write("\n    ]\n  }\n}\n");
        w.flush();
        progress.done();
    }

    static List<Object> context() {
        return List.of(WebAnnotation.W3C_CONTEXT, Map.of("glossa", WebAnnotation.GLOSSA_NAMESPACE));
    }

    static Map<String, Object> annotation(Annotation a, String source, CodePointIndex codePoints) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", context());
        json.put("id", WebAnnotation.iri(a.getId()));
        json.put("type", "Annotation");
        json.put("motivation", "classifying");
        List<Object> bodies = new ArrayList<>();
        Map<String, Object> typeBody = new LinkedHashMap<>();
        typeBody.put("type", "TextualBody");
        typeBody.put("purpose", "classifying");
        typeBody.put("value", a.getType().getName() == null ? a.getType().getId() : a.getType().getName());
        typeBody.put(TYPE_ID, a.getType().getId());
        bodies.add(typeBody);
        if (a.getMemo() != null && !a.getMemo().isEmpty()) {
            Map<String, Object> memo = new LinkedHashMap<>();
            memo.put("type", "TextualBody");
            memo.put("purpose", "commenting");
            memo.put("value", a.getMemo());
            memo.put("format", "text/plain");
            bodies.add(memo);
        }
        json.put("body", bodies);
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", nullToEmpty(a.getQuote()));
        quote.put("prefix", nullToEmpty(a.getPrefix()));
        quote.put("suffix", nullToEmpty(a.getSuffix()));
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", codePoints.toCodePoints(clamp(a.getBegin(), codePoints)));
        position.put("end", codePoints.toCodePoints(clamp(a.getEnd(), codePoints)));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", source);
        target.put("selector", List.of(quote, position));
        json.put("target", target);
        if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
            Map<String, Object> creator = new LinkedHashMap<>();
            creator.put("type", "Person");
            creator.put("name", a.getAuthor());
            json.put("creator", creator);
        }
        if (a.getCreated() != null) {
            json.put("created", Iso.format(a.getCreated()));
        }
        if (a.getModified() != null) {
            json.put("modified", Iso.format(a.getModified()));
        }
        if (a.getStatus() != null) {
            json.put(STATUS, a.getStatus().getLiteral());
        }
        if (!a.getAttributes().isEmpty()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (AttributeValue v : a.getAttributes()) {
                attributes.put(v.getName(), v.getValue());
            }
            json.put(ATTRIBUTES, attributes);
        }
        return json;
    }

    static Map<String, Object> relation(Relation r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", context());
        json.put("id", WebAnnotation.iri(r.getId() == null ? "r-" + UUID.randomUUID() : r.getId()));
        json.put("type", "Annotation");
        json.put("motivation", "linking");
        List<Object> bodies = new ArrayList<>();
        Map<String, Object> kind = new LinkedHashMap<>();
        kind.put("type", "TextualBody");
        kind.put("purpose", "tagging");
        kind.put("value", nullToEmpty(r.getKind()));
        bodies.add(kind);
        if (r.getMemo() != null && !r.getMemo().isEmpty()) {
            Map<String, Object> memo = new LinkedHashMap<>();
            memo.put("type", "TextualBody");
            memo.put("purpose", "commenting");
            memo.put("value", r.getMemo());
            bodies.add(memo);
        }
        bodies.add(WebAnnotation.iri(r.getTarget().getId()));
        json.put("body", bodies);
        json.put("target", WebAnnotation.iri(r.getSource().getId()));
        if (r.getId() != null) {
            json.put(RELATION_ID, r.getId());
        }
        return json;
    }

    private static int clamp(int offset, CodePointIndex index) {
        return Math.max(0, Math.min(offset, index.length()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
