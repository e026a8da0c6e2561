package glossa.exchange.imports;

import static glossa.exchange.imports.WebAnnotationJson.first;
import static glossa.exchange.imports.WebAnnotationJson.hasValue;
import static glossa.exchange.imports.WebAnnotationJson.integer;
import static glossa.exchange.imports.WebAnnotationJson.list;
import static glossa.exchange.imports.WebAnnotationJson.string;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.WebAnnotation;
import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.json.Json;
import glossa.model.Annotation;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;

/**
 * Reads W3C Web Annotations: an AnnotationCollection with embedded pages (as Glossa writes), an AnnotationPage, an
 * array of annotations or a single one. {@code classifying} annotations become Glossa annotations (type from
 * {@code glossa:typeId}, else the classifying body's value as type name or id); {@code linking} ones written by Glossa
 * become relations; {@code commenting} ones on the article itself (see {@link MemoImport}) become the memos of the
 * document or of its sections. TextPositionSelector offsets are code points and are converted to UTF-16.
 */
public final class WebAnnotationImporter implements Importer {

    @Override
    public ImportResult read(AnnotatedArticle article, InputStream in, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing Web Annotations", IProgressMonitor.UNKNOWN);
        ImportReport report = new ImportReport();
        List<Annotation> annotations = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Object root = parse(in.readAllBytes());
        List<Object> items = items(root, report);
        RecordPlacer placer = new RecordPlacer(article, report);
        CodePointIndex codePoints = new CodePointIndex(article.text());
        Map<String, Annotation> byIri = new HashMap<>();
        article.document().getAnnotations().forEach(a -> byIri.put(WebAnnotation.iri(a.getId()), a));
        List<Integer> linking = new ArrayList<>();
        MemoImport memos = new MemoImport(article.document(), report);
        for (int i = 0; i < items.size(); i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                report.error(i + 1, 0, "not an annotation object");
                continue;
            }
            if (hasValue(item.get("motivation"), "linking")) {
                linking.add(i);
                continue;
            }
            if (MemoImport.isMemo(item)) {
                memos.read(item, codePoints, i + 1);
                continue;
            }
            RecordPlacer.Fields f = fields(item, codePoints, report, i + 1);
            String iri = item.get("id") instanceof String s ? s : null;
            Optional<Annotation> placed = placer.place(f, i + 1, 0);
            placed.filter(RecordPlacer::isNew).ifPresent(annotations::add);
            if (iri != null) {
                // An annotation already present stands in for the record, so relations to it still resolve.
                placed.ifPresent(a -> byIri.put(iri, a));
            }
            progress.worked(1);
        }
        for (int i : linking) {
            relation((Map<?, ?>) items.get(i), byIri, article.document().getRelations(), report, i + 1)
                    .ifPresent(relations::add);
        }
        report.counted(items.size(), annotations.size() + relations.size() + memos.imported());
        return new ImportResult(annotations, relations, report, List.of(), memos.changes());
    }

    /**
     * The JSON value of the file. A file that is not strict UTF-8 JSON is not read at all: the error names its line
     * and column.
     */
    private static Object parse(byte[] bytes) throws ImportFormatException {
        String json;
        try {
            json = TextDecoder.decodeUtf8(bytes, "input");
        } catch (TextDecodingException e) {
            throw ImportFormatException.of(e);
        }
        if (json.isBlank()) {
            throw new ImportFormatException(1, 1, "the file is empty; expected W3C Web Annotations as JSON-LD");
        }
        try {
            return Json.parse(json);
        } catch (Json.JsonException e) {
            throw ImportFormatException.at(json, e.offset(), "not valid JSON: " + e.reason());
        }
    }

    private static List<Object> items(Object root, ImportReport report) throws ImportFormatException {
        if (root instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (root instanceof Map<?, ?> map) {
            if (hasValue(map.get("type"), "AnnotationCollection")) {
                Object first = map.get("first");
                if (first instanceof Map<?, ?> page) {
                    if (page.get("next") != null) {
                        report.warning(0, 0, "the collection has further pages that are not embedded; only the first "
                                + "page was read");
                    }
                    return items(page, report);
                }
                throw new ImportFormatException(1, 1, "the AnnotationCollection does not embed its first page");
            }
            if (hasValue(map.get("type"), "AnnotationPage")) {
                return map.get("items") instanceof List<?> list ? new ArrayList<>(list) : List.of();
            }
            if (hasValue(map.get("type"), "Annotation")) {
                return List.of(map);
            }
        }
        throw new ImportFormatException(1, 1, "neither an AnnotationCollection, an AnnotationPage, an Annotation nor "
                + "an array of them");
    }

    private static RecordPlacer.Fields fields(Map<?, ?> item, CodePointIndex codePoints, ImportReport report,
            int record) {
        RecordPlacer.Fields f = new RecordPlacer.Fields();
        if (item.get("id") instanceof String iri) {
            f.id = WebAnnotation.glossaId(iri);
        }
        for (Object body : list(item.get("body"))) {
            if (body instanceof Map<?, ?> b) {
                if (hasValue(b.get("purpose"), "classifying") && f.typeName == null) {
                    f.typeName = string(b.get("value"));
                    f.typeId = string(b.get(WebAnnotation.TYPE_ID));
                } else if (hasValue(b.get("purpose"), "commenting") && f.memo == null) {
                    f.memo = string(b.get("value"));
                }
            }
        }
        for (Object target : list(item.get("target"))) {
            if (!(target instanceof Map<?, ?> t)) {
                continue;
            }
            for (Object selector : list(t.get("selector"))) {
                if (!(selector instanceof Map<?, ?> s)) {
                    continue;
                }
                if (hasValue(s.get("type"), "TextQuoteSelector")) {
                    f.quote = string(s.get("exact"));
                    f.prefix = string(s.get("prefix"));
                    f.suffix = string(s.get("suffix"));
                } else if (hasValue(s.get("type"), "TextPositionSelector")) {
                    int start = integer(s.get("start"));
                    int end = integer(s.get("end"));
                    f.begin = start < 0 ? -1 : codePoints.toUtf16(start);
                    f.end = end < 0 ? -1 : codePoints.toUtf16(end);
                }
            }
        }
        Object creator = item.get("creator");
        if (creator instanceof List<?> l && !l.isEmpty()) {
            creator = l.get(0);
        }
        if (creator instanceof Map<?, ?> c) {
            f.author = string(c.get("name") != null ? c.get("name") : c.get("nickname"));
        } else if (creator instanceof String s) {
            f.author = s;
        }
        f.created = string(item.get("created"));
        f.modified = string(item.get("modified"));
        f.status = string(item.get(WebAnnotation.STATUS));
        if (item.get(WebAnnotation.ATTRIBUTES) instanceof Map<?, ?> attributes) {
            attributes.forEach((k, v) -> f.attributes.put(String.valueOf(k), string(v)));
        }
        return f;
    }

    private static Optional<Relation> relation(Map<?, ?> item, Map<String, Annotation> byIri,
            List<Relation> existingRelations, ImportReport report, int record) {
        Annotation source = byIri.get(string(first(item.get("target"))));
        Annotation target = null;
        String kind = null;
        String memo = null;
        for (Object body : list(item.get("body"))) {
            if (body instanceof String iri) {
                target = byIri.get(iri);
            } else if (body instanceof Map<?, ?> b) {
                if (hasValue(b.get("purpose"), "tagging")) {
                    kind = string(b.get("value"));
                } else if (hasValue(b.get("purpose"), "commenting")) {
                    memo = string(b.get("value"));
                } else if (b.get("id") instanceof String iri && byIri.containsKey(iri)) {
                    target = byIri.get(iri);
                }
            }
        }
        if (source == null || target == null) {
            report.error(record, 0, "linking annotation whose ends are not among the imported or existing annotations");
            return Optional.empty();
        }
        Optional<Relation> present = ExistingRelations.same(existingRelations, source, target, kind, memo);
        if (present.isPresent()) {
            report.alreadyPresent(record, 0, "already present: relation " + present.get().getId() + "; not imported again");
            return Optional.empty();
        }
        Relation relation = GlossaFactory.eINSTANCE.createRelation();
        String id = string(item.get(WebAnnotation.RELATION_ID));
        relation.setId(id != null ? id : "r-" + java.util.UUID.randomUUID());
        relation.setKind(kind);
        relation.setMemo(memo);
        relation.setSource(source);
        relation.setTarget(target);
        return Optional.of(relation);
    }
}
