package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REFI-QDA project as read ({@link QdeReader}): only what Glossa imports, with the line of each element for error
 * messages. GUIDs are kept as written; look-ups use {@link Guids#canonical}. Mutable while reading.
 */
public final class QdeProject {

    public static final class Code {
        public String guid;
        public String name;
        public boolean codable = true;
        public String color;
        public String description;
        public final List<Code> children = new ArrayList<>();
        public int line;
    }

    public static final class Coding {
        public String guid;
        public String codeRef;
        public String creatingUser;
        public String created;
        public final List<String> noteRefs = new ArrayList<>();
        public int line;
    }

    public static final class Selection {
        public String guid;
        public long start;
        public long end;
        public String description;
        public String creatingUser;
        public String created;
        public String modifyingUser;
        public String modified;
        public final List<Coding> codings = new ArrayList<>();
        public final List<String> noteRefs = new ArrayList<>();
        public int line;
    }

    public static final class TextSource {
        public String guid;
        public String name;
        public String plainTextPath;
        public String plainTextContent;
        public final List<Selection> selections = new ArrayList<>();
        public int sourceCodings;
        /** The notes on the whole source (GUIDs as written): the article's memo. */
        public final List<String> noteRefs = new ArrayList<>();
        /** Variable GUID (canonical) to its value as text. */
        public final Map<String, String> variables = new LinkedHashMap<>();
        public int line;
    }

    public static final class Note {
        public String guid;
        public String content;
        public String plainTextPath;
        public int line;
    }

    public static final class Link {
        public String guid;
        public String name;
        public String origin;
        public String target;
        public final List<String> noteRefs = new ArrayList<>();
        public int line;
    }

    public String name;
    /** User GUID (canonical) to a display name: the name, else the id, else the GUID. */
    public final Map<String, String> users = new LinkedHashMap<>();
    public final List<Code> codes = new ArrayList<>();
    /** Variable GUID (canonical) to its name. */
    public final Map<String, String> variables = new LinkedHashMap<>();
    public final List<TextSource> sources = new ArrayList<>();
    /** Note GUID (canonical) to the note. */
    public final Map<String, Note> notes = new LinkedHashMap<>();
    public final List<Link> links = new ArrayList<>();
    /** What Glossa does not import, one line each ("PDFSource 'x.pdf' (line 12): ..."). */
    public final List<String> skipped = new ArrayList<>();
}
