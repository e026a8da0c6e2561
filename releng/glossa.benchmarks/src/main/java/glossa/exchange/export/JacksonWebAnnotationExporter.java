package glossa.exchange.export;

// BENCHMARK CANDIDATE ONLY (JsonSideBySide): the JSON-LD exporter written through one jackson-core JsonGenerator,
// measured against the shipped one (Utf8Writer direct writes for the items). Not product code: it was slower.

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import com.fasterxml.jackson.core.JsonGenerator;

import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.json.Json;
import glossa.model.Annotation;
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
 * <li>The {@code @context} (the W3C context and the {@code glossa:} prefix) is the collection's; the items inherit it
 * (JSON-LD scoping, as in the W3C model's page examples) and carry none of their own. Files written before did
 * repeat it in every item; the importer reads both.</li>
 * <li>Items are compact JSON, one per line ({@link JacksonWebAnnotationItems}); the small collection head is indented.
 * Everything is written by one jackson-core generator straight into the stream, as UTF-8.</li>
 * </ul>
 */
public final class JacksonWebAnnotationExporter implements Exporter {

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

        JsonGenerator g = Json.generator(out);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", context());
        head.put("id", "urn:uuid:" + collection);
        head.put("type", "AnnotationCollection");
        head.put("label", model.title());
        head.put("total", model.annotations().size() + relations.size());
        head.put("generated", options.date().toString());
        head.put("glossa:filter", options.filter().describe());
        // Written by hand around the streamed items so 50,000 annotations never sit in memory as one tree.
        writeHead(g, head, collection);
        JacksonWebAnnotationItems items = new JacksonWebAnnotationItems(g);
        items.source(source);
        int count = 0;
        for (Annotation a : model.annotations()) {
            items.annotation(a, codePoints);
            if (++count % 256 == 0) {
                progress.worked(256);
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        }
        for (Relation r : relations) {
            items.relation(r);
        }
        writeTail(g);
        g.close(); // flushes; the stream stays open (the caller owns it)
        progress.done();
    }

    /** The collection's head (pretty printed, it is small) and the opening of its one page's item list. */
    static void writeHead(JsonGenerator g, Map<String, Object> head, UUID collection) throws IOException {
        String headJson = Json.write(head);
        g.writeRaw(headJson, 0, headJson.length() - 2);
        g.writeRaw(",\n  \"first\": {\n    \"id\": \"urn:uuid:" + UUID.nameUUIDFromBytes(("page1:" + collection)
                .getBytes(StandardCharsets.UTF_8)) + "\",\n    \"type\": \"AnnotationPage\",\n"
                + "    \"startIndex\": 0,\n    \"items\": [");
    }

    static void writeTail(JsonGenerator g) throws IOException {
        g.writeRaw("\n    ]\n  }\n}\n");
    }

    static List<Object> context() {
        return List.of(WebAnnotation.W3C_CONTEXT, Map.of("glossa", WebAnnotation.GLOSSA_NAMESPACE));
    }
}
