package glossa.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.exchange.export.internal.SafeStax;
import glossa.exchange.uima.UimaTypes;
import glossa.model.Annotation;
import glossa.model.GlossaFactory;
import glossa.model.Relation;

/**
 * Reads back a UIMA CAS XMI file as Glossa writes it ({@link glossa.exchange.uima.UimaXmiExporter}):
 * {@code glossa:Annotation} elements become annotations (placed by their quote, taken from the sofa, so a text that
 * changed since is handled as for the other imports), {@code glossa:Relation} elements relations, the memos of
 * {@code glossa:Section} (by its span) and {@code glossa:DocumentMemo} the article's ({@link MemoImport}). Other layers
 * (DKPro tokens, INCEpTION's own) are counted in the report, not imported. Parsed with {@link SafeStax}: no DOCTYPE,
 * no entities.
 */
public final class UimaXmiImporter implements Importer {

    /** The largest XMI file read. */
    public static final int MAX_BYTES = 512 * 1024 * 1024;

    private record Element(String name, Map<String, String> attributes, List<String> names, List<String> values,
            int line) {
    }

    @Override
    public ImportResult read(AnnotatedArticle article, InputStream in, IProgressMonitor monitor) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ImportFormatException(1, 1, "larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        SafeStax x = SafeStax.open(bytes, "");
        x.toRoot();
        if (!x.name().equals("XMI")) {
            throw x.fail("the root element is not xmi:XMI");
        }
        List<Element> annotations = new ArrayList<>();
        List<Element> relations = new ArrayList<>();
        List<Element> memos = new ArrayList<>();
        String sofa = null;
        int foreign = 0;
        while (x.next() != XMLStreamConstants.END_DOCUMENT) {
            if (x.reader().getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = x.reader().getNamespaceURI();
            if (UimaTypes.CAS_NS.equals(ns) && x.name().equals("Sofa")) {
                if (sofa == null) {
                    sofa = x.attr("sofaString");
                }
                x.skip();
            } else if (UimaTypes.GLOSSA_NS.equals(ns) && x.name().equals("Annotation")) {
                annotations.add(element(x));
            } else if (UimaTypes.GLOSSA_NS.equals(ns) && x.name().equals("Relation")) {
                relations.add(element(x));
            } else if (UimaTypes.GLOSSA_NS.equals(ns)
                    && (x.name().equals("Section") || x.name().equals("DocumentMemo"))) {
                Element memo = element(x);
                if (memo.attributes().get("memo") != null) {
                    memos.add(memo);
                }
            } else {
                if (!UimaTypes.CAS_NS.equals(ns) && !UimaTypes.DKPRO_METADATA_NS.equals(ns)) {
                    foreign++;
                }
                x.skip();
            }
        }
        if (sofa == null) {
            throw new ImportFormatException(1, 1, "no cas:Sofa with a sofaString (not a text CAS)");
        }
        ImportReport report = new ImportReport();
        if (foreign > 0) {
            report.info(0, 0, foreign + " annotation(s) of other types (not glossa.Annotation) not imported");
        }
        RecordPlacer placer = new RecordPlacer(article, report);
        Map<String, Annotation> byXmiId = new HashMap<>();
        List<Annotation> added = new ArrayList<>();
        int record = 0;
        for (Element e : annotations) {
            record++;
            RecordPlacer.Fields f = fields(e, sofa);
            if (f == null) {
                report.error(record, e.line(), "begin/end outside the sofa text");
                continue;
            }
            Optional<Annotation> placed = placer.place(f, record, e.line());
            placed.filter(RecordPlacer::isNew).ifPresent(added::add);
            placed.ifPresent(a -> byXmiId.put(e.attributes().get("xmi:id"), a));
        }
        List<Relation> newRelations = new ArrayList<>();
        for (Element e : relations) {
            record++;
            Annotation governor = byXmiId.get(e.attributes().get("Governor"));
            Annotation dependent = byXmiId.get(e.attributes().get("Dependent"));
            if (governor == null || dependent == null) {
                report.error(record, e.line(), "relation whose Governor or Dependent was not imported");
                continue;
            }
            Optional<Relation> present = ExistingRelations.same(article.document().getRelations(), governor, dependent,
                    e.attributes().get("kind"), e.attributes().get("memo"));
            if (present.isPresent()) {
                report.alreadyPresent(record, e.line(), "already present: relation " + present.get().getId()
                        + "; not imported again");
                continue;
            }
            Relation r = GlossaFactory.eINSTANCE.createRelation();
            String id = e.attributes().get("id");
            r.setId(id != null && article.document().getRelations().stream().noneMatch(o -> id.equals(o.getId()))
                    ? id : "r-" + java.util.UUID.randomUUID());
            r.setKind(e.attributes().get("kind"));
            r.setMemo(e.attributes().get("memo"));
            r.setSource(governor);
            r.setTarget(dependent);
            newRelations.add(r);
        }
        MemoImport memoImport = new MemoImport(article.document(), report);
        for (Element e : memos) {
            record++;
            boolean onSection = e.name().equals("Section");
            int[] span = span(e, sofa.length());
            if (onSection && span == null) {
                report.error(record, e.line(), "begin/end outside the sofa text");
                continue;
            }
            memoImport.place(onSection, null, span, e.attributes().get("memo"), record, e.line());
        }
        report.counted(record, added.size() + newRelations.size() + memoImport.imported());
        return new ImportResult(added, newRelations, report, List.of(), memoImport.changes());
    }

    private static Element element(SafeStax x) throws ImportFormatException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < x.reader().getAttributeCount(); i++) {
            String prefix = x.reader().getAttributePrefix(i);
            String name = x.reader().getAttributeLocalName(i);
            attributes.put(prefix == null || prefix.isEmpty() ? name : prefix + ":" + name,
                    x.reader().getAttributeValue(i));
        }
        int line = x.line();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        while (x.next() != XMLStreamConstants.END_ELEMENT) {
            if (x.reader().getEventType() == XMLStreamConstants.START_ELEMENT) {
                String child = x.name();
                String text = x.text();
                if (child.equals("attributeNames")) {
                    names.add(text);
                } else if (child.equals("attributeValues")) {
                    values.add(text);
                }
            }
        }
        return new Element(x.name(), attributes, names, values, line);
    }

    private static RecordPlacer.Fields fields(Element e, String sofa) {
        RecordPlacer.Fields f = new RecordPlacer.Fields();
        Map<String, String> a = e.attributes();
        int[] span = span(e, sofa.length());
        if (span == null) {
            return null;
        }
        int begin = span[0];
        int end = span[1];
        f.id = a.get("id");
        f.typeId = a.get("typeId");
        f.typeName = a.get("typeName");
        f.begin = begin;
        f.end = end;
        f.quote = sofa.substring(begin, end);
        f.prefix = AnnotationFactory.prefixOf(sofa, begin);
        f.suffix = AnnotationFactory.suffixOf(sofa, end);
        f.memo = a.get("memo");
        f.author = a.get("author");
        f.created = a.get("created");
        f.modified = a.get("modified");
        f.status = a.get("status");
        for (int i = 0; i < e.names().size() && i < e.values().size(); i++) {
            f.attributes.put(e.names().get(i), e.values().get(i));
        }
        return f;
    }

    /** The element's begin and end, or null when they are not a span of the sofa. */
    private static int[] span(Element e, int sofaLength) {
        int begin = integer(e.attributes().get("begin"));
        int end = integer(e.attributes().get("end"));
        return begin < 0 || end < begin || end > sofaLength ? null : new int[] { begin, end };
    }

    private static int integer(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
