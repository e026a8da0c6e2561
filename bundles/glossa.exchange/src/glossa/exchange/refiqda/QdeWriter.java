package glossa.exchange.refiqda;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.codebook.Codebooks;
import glossa.core.sections.SectionIndex;
import glossa.exchange.export.ArticleMemos;
import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.export.internal.Iso;
import glossa.exchange.export.internal.XmlOut;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.Codebook;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * Writes {@code project.qde}: users (the annotations' authors), the codebook ({@link CodeWriter}), the variable
 * "Title", one case holding every source, one {@code TextSource} per article with a {@code PlainTextSelection} and
 * a {@code Coding} per annotation, a {@code Note} per memo, and a {@code Link} per relation. Positions are Unicode
 * code points from 0, the end exclusive (REFI-QDA 1.5, section 10.2). Element order follows Project.xsd.
 */
final class QdeWriter {

    /**
     * One article to write: its name in the project (relative path), text, title, what to export of it, the memo on
     * the whole article (a {@code Note} the {@code TextSource} refers to) or null, and the memos on its sections (each
     * an uncoded {@code PlainTextSelection} over the section, its Description naming the section's path, with a
     * {@code NoteRef} to the memo).
     */
    record Source(String name, String text, String title, List<Annotation> annotations, List<Relation> relations,
            String memo, List<ArticleMemos.Memo> sectionMemos) {
    }

    private record Memo(String guid, String text, String user, String created) {
    }

    private final XmlOut x;
    private final Map<String, String> users = new LinkedHashMap<>();
    /** Annotations that relations name, to their selection's GUID once written (links need them). */
    private final Map<Annotation, String> selectionGuids = new IdentityHashMap<>();
    private final Set<Annotation> relationEnds = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Selection GUIDs written so far: a copied article's annotations need others. */
    private final GuidTable usedGuids = new GuidTable(1 << 12);
    private final List<Memo> memos = new ArrayList<>();
    /** Type id to its code's GUID: the same few types for every annotation. */
    private final Map<String, String> codeGuids = new java.util.HashMap<>();

    QdeWriter(XmlOut x) {
        this.x = x;
    }

    static String sourceGuid(String name) {
        return Guids.named("source", name);
    }

    /** How much of a quote names its selection (tools show the name in their lists). */
    private static final int SELECTION_NAME = 60;

    static final String TITLE_VARIABLE = Guids.named("variable", "title");

    void write(String projectName, Codebook codebook, List<Source> sources, Instant date, IProgressMonitor progress)
            throws IOException {
        List<AnnotationType> extra = collectUsersAndExtraTypes(codebook, sources);
        x.declaration();
        x.start("Project").attr("xmlns", RefiQda.PROJECT_NS).attr("name", projectName).attr("origin", RefiQda.ORIGIN)
                .attr("creationDateTime", date.toString());
        if (!users.isEmpty()) {
            x.start("Users");
            users.forEach((name, guid) -> {
                try {
                    x.start("User").attr("guid", guid).attr("name", name).end();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            x.end();
        }
        List<AnnotationType> roots = codebook == null ? List.of() : codebook.getTypes();
        if (!roots.isEmpty() || !extra.isEmpty()) {
            x.start("CodeBook");
            CodeWriter.writeCodes(x, roots, extra);
            x.end();
        }
        boolean titles = sources.stream().anyMatch(s -> s.title() != null && !s.title().isEmpty());
        if (titles) {
            x.start("Variables").start("Variable").attr("guid", TITLE_VARIABLE).attr("name", "Title")
                    .attr("typeOfVariable", "Text").end().end();
        }
        if (!sources.isEmpty()) {
            x.start("Cases").start("Case").attr("guid", Guids.named("case", projectName)).attr("name", projectName);
            for (Source source : sources) {
                x.start("SourceRef").attr("targetGUID", sourceGuid(source.name())).end();
            }
            x.end().end();
            x.start("Sources");
            for (Source source : sources) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                writeSource(source);
                progress.worked(1);
            }
            x.end();
        }
        List<Relation> links = new ArrayList<>();
        for (Source source : sources) {
            for (Relation r : source.relations()) {
                if (selectionGuids.containsKey(r.getSource()) && selectionGuids.containsKey(r.getTarget())) {
                    links.add(r);
                    if (r.getMemo() != null && !r.getMemo().isEmpty()) {
                        memos.add(new Memo(Guids.named("relation-memo", linkGuid(r)), r.getMemo(), null, null));
                    }
                }
            }
        }
        if (!memos.isEmpty()) {
            x.start("Notes");
            for (Memo memo : memos) {
                x.start("Note").attr("guid", memo.guid()).attr("name", "Memo").attr("creatingUser", memo.user())
                        .attr("creationDateTime", memo.created());
                x.element("PlainTextContent", memo.text());
                x.end();
            }
            x.end();
        }
        if (!links.isEmpty()) {
            x.start("Links");
            for (Relation r : links) {
                x.start("Link").attr("guid", linkGuid(r)).attr("name", r.getKind()).attr("direction", "OneWay")
                        .attr("originGUID", selectionGuids.get(r.getSource()))
                        .attr("targetGUID", selectionGuids.get(r.getTarget()));
                if (r.getMemo() != null && !r.getMemo().isEmpty()) {
                    x.start("NoteRef").attr("targetGUID", Guids.named("relation-memo", linkGuid(r))).end();
                }
                x.end();
            }
            x.end();
        }
        x.finish();
    }

    private static String linkGuid(Relation r) {
        return Guids.ofId("relation", r.getId());
    }

    /** Users in order of first appearance; types the annotations use that the codebook lacks. */
    private List<AnnotationType> collectUsersAndExtraTypes(Codebook codebook, List<Source> sources) {
        Set<String> known = new HashSet<>();
        Codebooks.allTypes(codebook).forEach(t -> known.add(t.getId()));
        List<AnnotationType> extra = new ArrayList<>();
        for (Source source : sources) {
            for (Relation r : source.relations()) {
                relationEnds.add(r.getSource());
                relationEnds.add(r.getTarget());
            }
            for (Annotation a : source.annotations()) {
                if (a.getAuthor() != null && !a.getAuthor().isEmpty()) {
                    users.computeIfAbsent(a.getAuthor(), name -> Guids.named("user", name));
                }
                AnnotationType type = a.getType();
                if (type != null && known.add(type.getId())) {
                    extra.add(type);
                }
            }
        }
        return extra;
    }

    private void writeSource(Source source) throws IOException {
        String guid = sourceGuid(source.name());
        x.start("TextSource").attr("guid", guid).attr("name", source.name())
                .attr("plainTextPath", RefiQda.INTERNAL + guid + ".txt");
        CodePointIndex codePoints = new CodePointIndex(source.text());
        for (Annotation a : source.annotations()) {
            if (a.getType() == null) {
                continue;
            }
            String selection = selectionGuid(source.name(), a);
            String user = a.getAuthor() == null ? null : users.get(a.getAuthor());
            String created = a.getCreated() == null ? null : Iso.format(a.getCreated());
            x.start("PlainTextSelection").attr("guid", selection)
                    .attr("name", OneLine.cut(a.getQuote(), SELECTION_NAME))
                    .attr("startPosition", codePoints.toCodePoints(a.getBegin()))
                    .attr("endPosition", codePoints.toCodePoints(a.getEnd()))
                    .attr("creatingUser", user).attr("creationDateTime", created);
            if (a.getModified() != null) {
                x.attr("modifyingUser", user).attr("modifiedDateTime", Iso.format(a.getModified()));
            }
            x.element("Description", description(a, selection));
            x.start("Coding").attr("guid", Guids.named("coding", selection)).attr("creatingUser", user)
                    .attr("creationDateTime", created);
            x.start("CodeRef").attr("targetGUID", codeGuids.computeIfAbsent(a.getType().getId(), CodeWriter::guid))
                    .end();
            x.end();
            if (a.getMemo() != null && !a.getMemo().isEmpty()) {
                String note = Guids.named("memo", selection);
                memos.add(new Memo(note, a.getMemo(), user, created));
                x.start("NoteRef").attr("targetGUID", note).end();
            }
            x.end();
        }
        for (ArticleMemos.Memo memo : source.sectionMemos()) {
            writeSectionMemo(source.name(), memo, codePoints);
        }
        if (source.memo() != null && !source.memo().isBlank()) {
            String note = Guids.named("document-memo", guid);
            memos.add(new Memo(note, source.memo(), null, null));
            x.start("NoteRef").attr("targetGUID", note).end();
        }
        if (source.title() != null && !source.title().isEmpty()) {
            x.start("VariableValue").start("VariableRef").attr("targetGUID", TITLE_VARIABLE).end()
                    .element("TextValue", source.title()).end();
        }
        x.end();
    }

    /** A section's memo: an uncoded selection over the section, named after it, referring to the memo's note. */
    private void writeSectionMemo(String sourceName, ArticleMemos.Memo memo, CodePointIndex codePoints)
            throws IOException {
        Section section = memo.section();
        String path = SectionIndex.path(section);
        String selection = Guids.named("section-memo", sourceName + '\n' + path);
        int begin = Math.max(0, Math.min(section.getBegin(), codePoints.length()));
        int end = Math.max(begin, Math.min(section.getEnd(), codePoints.length()));
        String title = section.getTitle() == null ? "" : " " + section.getTitle();
        x.start("PlainTextSelection").attr("guid", selection)
                .attr("name", OneLine.cut(path + title, SELECTION_NAME))
                .attr("startPosition", codePoints.toCodePoints(begin))
                .attr("endPosition", codePoints.toCodePoints(end));
        x.element("Description", GlossaBlock.compose(null, List.of(Map.entry(GlossaBlock.SECTION_MEMO, path))));
        String note = Guids.named("section-memo-note", selection);
        memos.add(new Memo(note, memo.text(), null, null));
        x.start("NoteRef").attr("targetGUID", note).end();
        x.end();
    }

    /** The annotation's GUID from its id; another one when an article of the case already used it (a copy). */
    private String selectionGuid(String sourceName, Annotation a) {
        String guid = Guids.ofId("annotation", a.getId());
        if (usedGuids.add(guid, "", 0) >= 0) {
            guid = Guids.named("annotation", sourceName + '\n' + a.getId());
            usedGuids.add(guid, "", 0);
        }
        if (relationEnds.contains(a)) {
            selectionGuids.put(a, guid);
        }
        return guid;
    }

    /** What the selection has no element for: the id (unless the GUID gives it back), status and attributes. */
    private static String description(Annotation a, String selectionGuid) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (!("a-" + selectionGuid).equals(a.getId())) {
            entries.add(Map.entry("id", a.getId()));
        }
        if (a.getStatus() != null && a.getStatus() != AnnotationStatus.CONFIRMED) {
            entries.add(Map.entry("status", a.getStatus().getLiteral()));
        }
        for (AttributeValue v : a.getAttributes()) {
            if (v.getName() != null && v.getValue() != null) {
                entries.add(Map.entry("@" + v.getName(), v.getValue()));
            }
        }
        return GlossaBlock.compose(null, entries);
    }
}
