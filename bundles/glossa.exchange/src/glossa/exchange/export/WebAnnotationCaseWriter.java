package glossa.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.model.Annotation;
import glossa.model.Relation;

/**
 * A case as one W3C Web Annotation {@code AnnotationCollection}, as {@link WebAnnotationExporter} writes, holding every
 * article's annotations and memos; each target's {@code source} names its article by relative path.
 */
public final class WebAnnotationCaseWriter implements CaseWriter {

    /** What is written of one article: counted for the head, then written. */
    private record Exported(ExportModel model, List<Relation> relations, List<ArticleMemos.Memo> memos) {
    }

    @Override
    public void write(CaseExporter exportCase, ExportOptions options, OutputStream out, IProgressMonitor progress)
            throws IOException {
        List<AnnotatedArticle> articles = exportCase.articles();
        progress.beginTask("Writing case Web Annotations", articles.size());
        List<Exported> exported = new ArrayList<>();
        int total = 0;
        for (AnnotatedArticle article : articles) {
            ExportModel model = ExportModel.of(article, options);
            Exported one = new Exported(model, model.exportedRelations(), ArticleMemos.of(model));
            exported.add(one);
            total += model.annotations().size() + one.relations().size() + one.memos().size();
        }
        UUID collection = UUID.nameUUIDFromBytes(("case:" + exportCase.caseName() + '\n' + options.date())
                .getBytes(StandardCharsets.UTF_8));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", WebAnnotationExporter.context());
        head.put("id", "urn:uuid:" + collection);
        head.put("type", "AnnotationCollection");
        head.put("label", exportCase.caseName());
        head.put("total", total);
        head.put("generated", options.date().toString());
        head.put("glossa:filter", options.filter().describe());
        Utf8Writer w = new Utf8Writer(out);
        WebAnnotationExporter.writeHead(w, head, collection);
        WebAnnotationItems items = new WebAnnotationItems(w);
        for (int i = 0; i < articles.size(); i++) {
            CaseExporter.checkCanceled(progress);
            AnnotatedArticle article = articles.get(i);
            Exported one = exported.get(i);
            CodePointIndex codePoints = new CodePointIndex(article.text());
            items.source(WebAnnotation.sourceIri(exportCase.relativeName(article)));
            for (Annotation a : one.model().annotations()) {
                items.annotation(a, codePoints);
            }
            for (Relation r : one.relations()) {
                items.relation(r);
            }
            items.memos(one.memos(), codePoints);
            progress.worked(1);
        }
        WebAnnotationExporter.writeTail(w);
        w.finish();
        progress.done();
    }
}
