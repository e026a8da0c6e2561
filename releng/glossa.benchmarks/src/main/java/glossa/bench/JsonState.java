package glossa.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.WebAnnotationExporter;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * The data of {@link JsonSideBySide} for one size: the annotated article (what export writes), the same text without
 * annotations (what import fills), the JSON-LD file Glossa writes for it, and the tree {@code list --json} prints.
 */
public final class JsonState {

    static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(Instant.parse("2025-10-01T00:00:00Z"));

    public final AnnotatedArticle article;
    public final AnnotatedArticle fresh;
    public final byte[] jsonLd;
    public final String jsonLdText;
    public final Map<String, Object> listTree;

    public JsonState(int annotations) {
        BenchDataset data = BenchDataset.of(annotations);
        Document document = GlossaDocuments.build(data);
        article = Exports.article(data, document);
        Document empty = GlossaFactory.eINSTANCE.createDocument();
        empty.setSourcePath(document.getSourcePath());
        empty.setCodebook(DefaultCodebook.create());
        empty.getSections().addAll(SectionLayout.sections(data.text()));
        fresh = Exports.article(data, empty);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 20);
        try {
            new WebAnnotationExporter().export(article, OPTIONS, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jsonLd = out.toByteArray();
        jsonLdText = new String(jsonLd, StandardCharsets.UTF_8);
        listTree = listTree(document);
    }

    /** The shape of {@code glossa-cli list --json}: one row of plain values per annotation. */
    private static Map<String, Object> listTree(Document document) {
        List<Object> rows = new ArrayList<>();
        for (Annotation a : document.getAnnotations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.getId());
            row.put("type", a.getType().getId());
            row.put("section", null);
            row.put("sectionPath", null);
            row.put("begin", a.getBegin());
            row.put("end", a.getEnd());
            row.put("status", a.getStatus().getLiteral());
            row.put("anchor", a.getAnchor().getLiteral());
            row.put("quote", a.getQuote());
            row.put("author", a.getAuthor());
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (AttributeValue v : a.getAttributes()) {
                attributes.put(v.getName(), v.getValue());
            }
            row.put("attributes", attributes);
            row.put("memo", a.getMemo());
            row.put("conflict", false);
            rows.add(row);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("annotations", rows);
        return tree;
    }

    /** Counts what it is given and keeps nothing: the exporters' own cost, without memory or disk. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
