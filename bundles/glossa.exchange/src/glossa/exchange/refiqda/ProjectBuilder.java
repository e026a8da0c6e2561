package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.SidecarStore;
import glossa.core.sections.SectionDetector;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;
import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.imports.ImportFormatException;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * Builds Glossa documents from a read REFI-QDA project, in memory: one article per text source (its text from
 * {@code Sources/} or inline {@code PlainTextContent}, as QualCoder writes), one annotation per coding of a text
 * selection (code points converted to UTF-16), memos from the selection's description and notes (those of an uncoded
 * selection go to its section or the document: {@link SpanMemos}), authors from the
 * users, relations from links between selections. Positions outside the source and codings of unknown codes fail
 * the whole build (nothing is half imported); what Glossa has no place for is listed in {@link Built#skipped()}.
 */
public final class ProjectBuilder {

    public record Article(String name, String text, Document document) {
    }

    public record Built(String projectName, List<AnnotationType> codebook, List<Article> articles,
            List<String> skipped, int annotations, int relations) {
    }

    /**
     * Receives each article as soon as it is built, in the project's order, so that it can be written while the
     * next one is built. {@code linked} articles may still gain relations until {@link #build} returns; the
     * others are complete.
     */
    @FunctionalInterface
    public interface Sink {
        void article(Article article, boolean linked) throws java.io.IOException;
    }

    /** The annotations made from one selection (the first stands for it in links) and their document. */
    private record Selected(List<Annotation> annotations, Document document) {
    }

    private final QdeProject p;
    private final QdpxArchive archive;
    private final String file;
    private final List<String> skipped;
    private final CodebookBuilder codes = new CodebookBuilder(List.of());
    /** Selection GUIDs (canonical) that links name: only these are looked up later. */
    private final Set<String> linked = new HashSet<>();
    /** Those of {@link #linked} that were built. */
    private final Map<String, Selected> bySelection = new HashMap<>();
    private int annotations;
    /** The memos on uncoded selections of the source being built. */
    private SpanMemos spanMemos;

    private ProjectBuilder(QdeProject p, QdpxArchive archive, String file) {
        this.p = p;
        this.archive = archive;
        this.file = file;
        this.skipped = new ArrayList<>(p.skipped);
    }

    /** @param file the qde's name in messages, e.g. {@code in.qdpx!project.qde} */
    public static Built build(QdeProject p, QdpxArchive archive, String file, IProgressMonitor progress)
            throws ImportFormatException {
        try {
            return build(p, archive, file, progress, null);
        } catch (ImportFormatException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // no sink, so none is thrown
        }
    }

    /** {@link #build(QdeProject, QdpxArchive, String, IProgressMonitor)}, handing each article to {@code sink}. */
    public static Built build(QdeProject p, QdpxArchive archive, String file, IProgressMonitor progress, Sink sink)
            throws java.io.IOException {
        return new ProjectBuilder(p, archive, file).build(progress, sink);
    }

    private Built build(IProgressMonitor progress, Sink sink) throws java.io.IOException {
        for (QdeProject.Link link : p.links) {
            if (link.origin != null && link.target != null) {
                linked.add(Guids.canonical(link.origin));
                linked.add(Guids.canonical(link.target));
            }
        }
        List<AnnotationType> roots = codes.build(p.codes);
        String title = p.variables.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase("Title"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Article> articles = new ArrayList<>();
        try (SectionsAhead sections = new SectionsAhead(p.sources, this::quietText)) {
            for (QdeProject.TextSource source : p.sources) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String read = sections.text(source);
                String text = read != null ? read : text(source, skipped);
                if (text == null) {
                    continue;
                }
                article(source, text, sections.sections(source, text), roots, title, articles, sink);
                progress.worked(1);
            }
        }
        int relations = links();
        return new Built(p.name, roots, articles, List.copyOf(skipped), annotations, relations);
    }

    /** Builds a source's document and hands it on. */
    private void article(QdeProject.TextSource source, String text, List<Section> sections,
            List<AnnotationType> roots, String title, List<Article> articles, Sink sink) throws java.io.IOException {
        int linkedBefore = bySelection.size();
        Document document = document(source, text, roots, title);
        document.getSections().addAll(sections);
        if (!source.noteRefs.isEmpty()) {
            // Notes on the whole source are the article's memo (what Glossa writes for a document memo).
            document.setMemo(memo(null, source.noteRefs, file + " <TextSource guid=\"" + source.guid + "\">"));
        }
        spanMemos.place(document);
        Article article = new Article(source.name == null || source.name.isBlank() ? source.guid : source.name,
                text, document);
        articles.add(article);
        if (sink != null) {
            sink.article(article, bySelection.size() > linkedBefore);
        }
        if (source.sourceCodings > 0) {
            skipped.add("TextSource '" + source.name + "': " + source.sourceCodings + " coding(s) of the whole "
                    + "source (Glossa codes passages, not documents)");
        }
    }

    /** The source's text, or null; nothing listed or thrown (for reading ahead). */
    private String quietText(QdeProject.TextSource source) {
        try {
            return text(source, new ArrayList<>());
        } catch (ImportFormatException e) {
            return null;
        }
    }

    /** The source's text, or null after listing it in {@code skips}. */
    private String text(QdeProject.TextSource source, List<String> skips) throws ImportFormatException {
        String label = "TextSource '" + source.name + "' (line " + source.line + ")";
        if (source.plainTextContent != null) {
            return stripBom(source.plainTextContent);
        }
        if (source.plainTextPath == null) {
            skips.add(label + ": no plain text (neither PlainTextContent nor plainTextPath)");
            return null;
        }
        if (!source.plainTextPath.regionMatches(true, 0, RefiQda.INTERNAL, 0, RefiQda.INTERNAL.length())) {
            skips.add(label + ": its text is outside the archive (" + source.plainTextPath + "); not read");
            return null;
        }
        byte[] bytes = archive == null ? null : archive.internal(source.plainTextPath);
        if (bytes == null) {
            throw new ImportFormatException(source.line, 1, file + " <TextSource guid=\"" + source.guid
                    + "\">: plainTextPath " + source.plainTextPath + " is not in the archive's Sources folder");
        }
        try {
            return stripBom(TextDecoder.decodeUtf8(bytes, source.plainTextPath));
        } catch (TextDecodingException e) {
            throw new ImportFormatException(source.line, 1, file + " <TextSource guid=\"" + source.guid + "\">: "
                    + source.plainTextPath + " is not UTF-8 text (" + e.reason() + ")");
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private Document document(QdeProject.TextSource source, String text, List<AnnotationType> roots, String title)
            throws ImportFormatException {
        spanMemos = new SpanMemos();
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setFormatVersion(SidecarStore.CURRENT_VERSION);
        String name = source.name == null ? source.guid : source.name;
        document.setSourcePath(name.substring(name.lastIndexOf('/') + 1));
        String titleValue = title == null ? null : source.variables.get(title);
        document.setTitle(titleValue != null ? titleValue : SectionDetector.firstLine(text));
        document.setEncoding("UTF-8");
        document.setContentHash(ContentHash.of(text));
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        codebook.setName(p.name);
        codebook.getTypes().addAll(EcoreUtil.copyAll(roots));
        document.setCodebook(codebook);
        CodePointIndex codePoints = new CodePointIndex(text);
        int length = codePoints.toCodePoints(text.length());
        Set<String> ids = new HashSet<>(source.selections.size() * 2);
        Map<String, AnnotationType> typesById = new HashMap<>();
        Codebooks.allTypes(codebook).forEach(t -> typesById.put(t.getId(), t));
        List<Annotation> all = new ArrayList<>();
        for (QdeProject.Selection s : source.selections) {
            if (s.start < 0 || s.end < s.start || s.end > length) {
                String element = file + " <PlainTextSelection guid=\"" + s.guid + "\">";
                throw new ImportFormatException(s.line, 1, element + ": positions " + s.start + ".." + s.end
                        + " lie outside source '" + name + "' (" + length + " characters)");
            }
            GlossaBlock.Parsed block = GlossaBlock.parse(s.description);
            int begin = codePoints.toUtf16((int) s.start);
            int end = codePoints.toUtf16((int) s.end);
            if (s.start == s.end || s.codings.isEmpty()) {
                String memo = s.start == s.end ? null : memo(block.freeText(), s.noteRefs, s);
                if (memo != null) {
                    spanMemos.add(text, begin, end, block.first(GlossaBlock.SECTION_MEMO), memo);
                    continue;
                }
                skipped.add("PlainTextSelection " + s.guid + " (line " + s.line + "): "
                        + (s.start == s.end ? "empty" : "no coding"));
                continue;
            }
            List<Annotation> made = new ArrayList<>();
            for (QdeProject.Coding coding : s.codings) {
                AnnotationType type = codes.byGuid(coding.codeRef);
                if (type == null) {
                    throw new ImportFormatException(coding.line, 1, file + " <Coding guid=\"" + coding.guid
                            + "\">: CodeRef targetGUID " + coding.codeRef + " names no Code of the codebook");
                }
                Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
                String id = made.isEmpty() && block.first("id") != null ? block.first("id")
                        : "a-" + Guids.canonical(made.isEmpty() ? s.guid : coding.guid);
                a.setId(ids.add(id) ? id : AnnotationFactory.newId());
                ids.add(a.getId());
                a.setType(typesById.get(type.getId()));
                AnnotationFactory.setSpan(a, text, begin, end);
                a.setAnchor(AnchorState.EXACT);
                a.setAuthor(user(coding.creatingUser != null ? coding.creatingUser : s.creatingUser));
                a.setCreated(date(coding.created != null ? coding.created : s.created));
                a.setModified(date(s.modified));
                String status = block.first("status");
                AnnotationStatus parsed = status == null ? null : AnnotationStatus.get(status);
                a.setStatus(parsed == null ? AnnotationStatus.CONFIRMED : parsed);
                for (Map.Entry<String, String> e : block.entries()) {
                    if (e.getKey().startsWith("@")) {
                        a.getAttributes().add(AnnotationFactory.attribute(e.getKey().substring(1), e.getValue()));
                    }
                }
                List<String> noteRefs = s.noteRefs;
                if (!coding.noteRefs.isEmpty()) {
                    noteRefs = new ArrayList<>(s.noteRefs);
                    noteRefs.addAll(coding.noteRefs);
                }
                a.setMemo(memo(block.freeText(), noteRefs, s));
                all.add(a);
                made.add(a);
                annotations++;
            }
            if (!linked.isEmpty()) {
                String guid = Guids.canonical(s.guid);
                if (linked.contains(guid)) {
                    bySelection.put(guid, new Selected(made, document));
                }
            }
        }
        document.getAnnotations().addAll(all); // one list operation: adding one by one checks uniqueness each time
        return document;
    }

    private String user(String guid) {
        if (guid == null || guid.isBlank()) {
            return null;
        }
        String name = p.users.get(Guids.canonical(guid));
        return name != null ? name : guid;
    }

    private String memo(String description, List<String> noteRefs, QdeProject.Selection s) {
        if (noteRefs.isEmpty()) { // most selections: no list, no join, no element name made
            return description != null && !description.isBlank() ? description : null;
        }
        return memo(description, noteRefs, file + " <PlainTextSelection guid=\"" + s.guid + "\">");
    }

    /** The description's free text and the notes' texts, a blank line apart; null when there is none. */
    private String memo(String description, List<String> noteRefs, String element) {
        List<String> parts = new ArrayList<>(1 + noteRefs.size());
        if (description != null && !description.isBlank()) {
            parts.add(description);
        }
        for (String ref : noteRefs) {
            QdeProject.Note note = p.notes.get(Guids.canonical(ref));
            String content = note == null ? null : note.content;
            if (note != null && content == null && archive != null) {
                byte[] bytes = archive.internal(note.plainTextPath);
                try {
                    content = bytes == null ? null : stripBom(TextDecoder.decodeUtf8(bytes, note.plainTextPath));
                } catch (TextDecodingException e) {
                    content = null;
                }
            }
            if (content == null) {
                skipped.add(element + ": NoteRef " + ref + " names no readable note");
            } else if (!content.isEmpty()) {
                parts.add(content);
            }
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : String.join("\n\n", parts);
    }

    /** Links between two selections of one source become relations; the rest is listed as skipped. */
    private int links() {
        int count = 0;
        for (QdeProject.Link link : p.links) {
            Selected from = link.origin == null ? null : bySelection.get(Guids.canonical(link.origin));
            Selected to = link.target == null ? null : bySelection.get(Guids.canonical(link.target));
            if (from == null || to == null || from.document() != to.document()) {
                skipped.add("Link " + link.guid + " (line " + link.line + "): not between two coded text "
                        + "selections of one source");
                continue;
            }
            Relation r = GlossaFactory.eINSTANCE.createRelation();
            r.setId("r-" + Guids.canonical(link.guid));
            r.setKind(link.name == null || link.name.isEmpty() ? null : link.name);
            r.setSource(from.annotations().get(0));
            r.setTarget(to.annotations().get(0));
            r.setMemo(memo(null, link.noteRefs, "Link " + link.guid));
            from.document().getRelations().add(r);
            count++;
        }
        return count;
    }

    /** An xsd:dateTime as {@link QdeDates#date} reads it. */
    public static Date date(String value) {
        return QdeDates.date(value);
    }
}
