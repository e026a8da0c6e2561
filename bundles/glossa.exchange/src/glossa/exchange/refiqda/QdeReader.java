package glossa.exchange.refiqda;

import java.util.List;

import javax.xml.stream.XMLStreamConstants;

import glossa.exchange.export.internal.SafeStax;
import glossa.exchange.imports.ImportFormatException;

/**
 * Reads {@code project.qde} (and the codes of a {@code .qdc}) with {@link QdeXml}. Checks as it reads: every
 * element Glossa imports has a well-formed GUID, used once in the file (either case, with or without braces: ATLAS.ti
 * writes upper case), and positions are integers. Any violation fails the whole read with the file, element and
 * line. Elements of other namespaces or unknown names are skipped, as the spec expects of readers.
 */
public final class QdeReader {

    @FunctionalInterface
    private interface Children {
        void element(String name) throws ImportFormatException;
    }

    private final QdeXml x;
    private final QdeProject p = new QdeProject();
    /** Every GUID of the file so far, with where it was first used (for the duplicate error). */
    private final GuidTable guids = new GuidTable(1 << 16);

    private QdeReader(QdeXml x) {
        this.x = x;
    }

    public static QdeProject readProject(byte[] xml, String file) throws ImportFormatException {
        return readProject(QdeXml.open(xml, file));
    }

    /** @param xml read as it comes, e.g. while a zip entry inflates (see QdpxArchive) */
    public static QdeProject readProject(java.io.InputStream xml, String file) throws ImportFormatException {
        return readProject(QdeXml.open(xml, file));
    }

    private static QdeProject readProject(QdeXml stax) throws ImportFormatException {
        QdeReader r = new QdeReader(stax);
        r.x.toRoot();
        if (!r.x.name().equals("Project")) {
            throw r.x.fail("the root element is not Project (namespace " + RefiQda.PROJECT_NS + ")");
        }
        r.project();
        r.x.toEnd();
        return r.p;
    }

    /** The codes of a REFI-QDA codebook file ({@code CodeBook} root, or a {@code Project}'s codebook). */
    public static List<QdeProject.Code> readCodebook(byte[] xml, String file) throws ImportFormatException {
        QdeReader r = new QdeReader(QdeXml.open(xml, file));
        r.x.toRoot();
        if (r.x.name().equals("Project")) {
            r.project();
        } else if (r.x.name().equals("CodeBook")) {
            r.codeBook();
        } else {
            throw r.x.fail("the root element is not CodeBook (namespace " + RefiQda.CODEBOOK_NS + ")");
        }
        r.x.toEnd();
        if (r.p.codes.isEmpty()) {
            throw r.x.fail("the codebook holds no Code");
        }
        return r.p.codes;
    }

    private void children(Children handler) throws ImportFormatException {
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                handler.element(x.name());
            } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** The element's GUID: present, well formed and not used before in the file. */
    private String guid() throws ImportFormatException {
        String written = x.attr("guid");
        if (written == null) {
            throw x.fail("has no guid");
        }
        String guid = written.strip();
        int before = guids.add(guid, x.name(), x.line());
        if (before == GuidTable.NOT_A_GUID) {
            throw x.fail("guid \"" + abbreviate(written) + "\" is not a GUID");
        }
        if (before >= 0) {
            throw x.fail("guid " + written + " is used twice (first by <" + guids.element(before) + "> at line "
                    + guids.line(before) + ")");
        }
        return guid;
    }

    private void project() throws ImportFormatException {
        p.name = x.attr("name");
        children(name -> {
            switch (name) {
                case "Users" -> children(this::user);
                case "CodeBook" -> codeBook();
                case "Variables" -> children(this::variable);
                case "Sources" -> children(this::source);
                case "Notes" -> children(this::note);
                case "Links" -> children(this::link);
                default -> x.skip(); // Cases, Sets, Graphs, Description, NoteRef: groupings Glossa has no place for
            }
        });
    }

    private void user(String name) throws ImportFormatException {
        if (!name.equals("User")) {
            x.skip();
            return;
        }
        String guid = guid();
        String display = firstNonBlank(x.attr("name"), x.attr("id"), guid);
        p.users.put(Guids.canonical(guid), display);
        x.skip();
    }

    private void codeBook() throws ImportFormatException {
        children(name -> {
            if (name.equals("Codes")) {
                children(code -> {
                    if (code.equals("Code")) {
                        p.codes.add(code(1));
                    } else {
                        x.skip();
                    }
                });
            } else {
                x.skip(); // Sets
            }
        });
    }

    private QdeProject.Code code(int depth) throws ImportFormatException {
        if (depth > SafeStax.MAX_DEPTH) {
            throw x.fail("codes nested deeper than " + SafeStax.MAX_DEPTH);
        }
        QdeProject.Code code = new QdeProject.Code();
        code.line = x.line();
        code.guid = guid();
        code.name = x.attr("name");
        if (code.name == null || code.name.isBlank()) {
            throw x.fail("Code " + code.guid + " has no name");
        }
        code.codable = !"false".equals(x.attr("isCodable")) && !"0".equals(x.attr("isCodable"));
        code.color = x.attr("color");
        children(name -> {
            switch (name) {
                case "Description" -> code.description = x.text();
                case "Code" -> code.children.add(code(depth + 1));
                default -> x.skip();
            }
        });
        return code;
    }

    private void variable(String name) throws ImportFormatException {
        if (!name.equals("Variable")) {
            x.skip();
            return;
        }
        String guid = guid();
        p.variables.put(Guids.canonical(guid), firstNonBlank(x.attr("name"), guid));
        x.skip();
    }

    private void source(String name) throws ImportFormatException {
        if (!name.equals("TextSource")) {
            int line = x.line();
            String guid = guid();
            String sourceName = firstNonBlank(x.attr("name"), guid);
            int selections = countSelections();
            p.skipped.add(name + " '" + sourceName + "' (line " + line + ")" + (selections > 0
                    ? " with " + selections + " selection" + (selections == 1 ? "" : "s") : "")
                    + ": Glossa imports plain text sources only");
            return;
        }
        QdeProject.TextSource source = new QdeProject.TextSource();
        source.line = x.line();
        source.guid = guid();
        source.name = x.attr("name");
        source.plainTextPath = x.attr("plainTextPath");
        children(child -> {
            switch (child) {
                case "PlainTextContent" -> source.plainTextContent = x.text();
                case "PlainTextSelection" -> source.selections.add(selection());
                case "Coding" -> {
                    guid();
                    source.sourceCodings++;
                    x.skip();
                }
                case "NoteRef" -> {
                    source.noteRefs.add(target());
                    x.skip();
                }
                case "VariableValue" -> variableValue(source);
                default -> x.skip();
            }
        });
        p.sources.add(source);
    }

    /** From a non-text source's start element, past its end: how many selections it holds. */
    private int countSelections() throws ImportFormatException {
        int count = 0;
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.name().endsWith("Selection")) {
                    count++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return count;
    }

    private QdeProject.Selection selection() throws ImportFormatException {
        QdeProject.Selection s = new QdeProject.Selection();
        s.line = x.line();
        s.guid = guid();
        s.start = position("startPosition");
        s.end = position("endPosition");
        s.creatingUser = x.attr("creatingUser");
        s.created = x.attr("creationDateTime");
        s.modifyingUser = x.attr("modifyingUser");
        s.modified = x.attr("modifiedDateTime");
        children(name -> {
            switch (name) {
                case "Description" -> s.description = x.text();
                case "Coding" -> s.codings.add(coding());
                case "NoteRef" -> {
                    s.noteRefs.add(target());
                    x.skip();
                }
                default -> x.skip();
            }
        });
        return s;
    }

    private long position(String attribute) throws ImportFormatException {
        String value = x.attr(attribute);
        if (value == null) {
            throw x.fail("has no " + attribute);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw x.fail(attribute + " \"" + abbreviate(value) + "\" is not an integer");
        }
    }

    private QdeProject.Coding coding() throws ImportFormatException {
        QdeProject.Coding c = new QdeProject.Coding();
        c.line = x.line();
        c.guid = guid();
        c.creatingUser = x.attr("creatingUser");
        c.created = x.attr("creationDateTime");
        children(name -> {
            switch (name) {
                case "CodeRef" -> {
                    c.codeRef = target();
                    x.skip();
                }
                case "NoteRef" -> {
                    c.noteRefs.add(target());
                    x.skip();
                }
                default -> x.skip();
            }
        });
        if (c.codeRef == null) {
            throw new ImportFormatException(c.line, 1, x.file() + " <Coding guid=\"" + c.guid + "\">: has no CodeRef");
        }
        return c;
    }

    private String target() throws ImportFormatException {
        String target = x.attr("targetGUID");
        if (target == null || !Guids.isGuid(target.strip())) {
            throw x.fail(target == null ? "has no targetGUID" : "targetGUID \"" + abbreviate(target) + "\" is not a GUID");
        }
        return target.strip();
    }

    private void variableValue(QdeProject.TextSource source) throws ImportFormatException {
        String[] ref = new String[1];
        String[] value = new String[1];
        children(name -> {
            if (name.equals("VariableRef")) {
                ref[0] = target();
                x.skip();
            } else if (name.endsWith("Value")) {
                value[0] = x.text();
            } else {
                x.skip();
            }
        });
        if (ref[0] != null && value[0] != null) {
            source.variables.put(Guids.canonical(ref[0]), value[0]);
        }
    }

    private void note(String name) throws ImportFormatException {
        if (!name.equals("Note")) {
            x.skip();
            return;
        }
        QdeProject.Note note = new QdeProject.Note();
        note.line = x.line();
        note.guid = guid();
        note.plainTextPath = x.attr("plainTextPath");
        children(child -> {
            if (child.equals("PlainTextContent")) {
                note.content = x.text();
            } else {
                x.skip();
            }
        });
        p.notes.put(Guids.canonical(note.guid), note);
    }

    private void link(String name) throws ImportFormatException {
        if (!name.equals("Link")) {
            x.skip();
            return;
        }
        QdeProject.Link link = new QdeProject.Link();
        link.line = x.line();
        link.guid = guid();
        link.name = x.attr("name");
        link.origin = x.attr("originGUID");
        link.target = x.attr("targetGUID");
        children(child -> {
            if (child.equals("NoteRef")) {
                link.noteRefs.add(target());
            }
            x.skip();
        });
        p.links.add(link);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
