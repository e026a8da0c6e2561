package glossa.exchange.export;

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
import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.export.internal.Utf8Writer;
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
 * <li>The memos of the document and of its sections ({@link ArticleMemos}) follow, each an {@code Annotation} with
 * {@code motivation: commenting}, its memo a {@code commenting} TextualBody, and {@code glossa:memoOf} saying whose it
 * is: {@code document} (the target is the whole article) or {@code section} (the target's TextPositionSelector is
 * the section's span, {@code glossa:section} its path). They are written whatever the annotation filter; a choice
 * of sections keeps those of the chosen sections ({@link ArticleMemos}).</li>
 * <li>The {@code @context} (the W3C context and the {@code glossa:} prefix) is the collection's; the items inherit it
 * (JSON-LD scoping, as in the W3C model's page examples) and carry none of their own. Files written before did
 * repeat it in every item; the importer reads both.</li>
 * <li>Items are compact JSON, one per line ({@link WebAnnotationItems}); the small collection head is indented.</li>
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
        List<Relation> relations = model.exportedRelations();
        UUID collection = UUID.nameUUIDFromBytes((source + '\n' + options.date()).getBytes(StandardCharsets.UTF_8));

        Utf8Writer w = new Utf8Writer(out);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", context());
        head.put("id", "urn:uuid:" + collection);
        head.put("type", "AnnotationCollection");
        head.put("label", model.title());
        List<ArticleMemos.Memo> memos = ArticleMemos.of(model);
        head.put("total", model.annotations().size() + relations.size() + memos.size());
        head.put("generated", options.date().toString());
        head.put("glossa:filter", options.filter().describe());
        // Written by hand around the streamed items so 50,000 annotations never sit in memory as one tree.
        writeHead(w, head, collection);
        WebAnnotationItems items = new WebAnnotationItems(w);
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
        items.memos(memos, codePoints);
        writeTail(w);
        w.finish();
        progress.done();
    }

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
}
