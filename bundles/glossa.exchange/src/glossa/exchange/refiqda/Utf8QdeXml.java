package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;

import glossa.exchange.imports.ImportFormatException;

/**
 * A pull parser for UTF-8 XML as REFI-QDA projects are written, reading the bytes as they inflate. It knows no DTD:
 * a DOCTYPE is refused, and so is any entity but the five predefined ones, so nothing external is ever read and
 * nothing expands. Well-formedness is checked as far as an import needs it (tags nest and match, attributes are
 * quoted and unique, references and characters are legal XML, nothing follows the root); text and attribute values
 * get XML's line-end and attribute-value normalisation. The JDK's StAX parser spent a third of an import's time on
 * a 120 MB {@code project.qde}; this one decodes only what {@link QdeReader} asks for.
 */
final class Utf8QdeXml implements QdeXml {

    /** Attribute values up to this many bytes are looked at in one go. */
    private static final int FAST_VALUE = 8192;
    /** Bytes an attribute value may hold as they are: printable ASCII but the quotes, '<' and '&'. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x7F; c++) {
            PLAIN[c] = c != '"' && c != '\'' && c != '<' && c != '&';
        }
    }

    /** The bytes, where the parser is in them, and the characters decoded from them. */
    private final Utf8Input src;

    private int event = XMLStreamConstants.START_DOCUMENT;
    private String name;
    private String[] openNames = new String[32];
    private String[] openLocal = new String[32];
    private int depth;
    private boolean emptyElement;
    private boolean rootSeen;
    private boolean rootClosed;
    private boolean declarationAllowed = true;

    private String[] attrQNames = new String[8];
    private String[] attrLocal = new String[8];
    private String[] attrValues = new String[8];
    private int attrCount;

    private final XmlNames names = new XmlNames();
    /** An attribute value's own buffer, swapped into {@link Utf8Input#chars} while one is read. */
    private char[] valueChars = new char[64];

    Utf8QdeXml(InputStream in, String file) {
        this.src = new Utf8Input(in, file);
    }

    @Override
    public String file() {
        return src.file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int line() {
        return src.line;
    }

    @Override
    public ImportFormatException fail(String reason) {
        String element = event == XMLStreamConstants.START_ELEMENT ? "<" + name + ">" : "";
        String where = src.file.isEmpty() ? element : element.isEmpty() ? src.file : src.file + " " + element;
        return new ImportFormatException(src.line, src.column(), (where.isEmpty() ? "" : where + ": ") + reason);
    }

    @Override
    public String attr(String localName) {
        for (int i = 0; i < attrCount; i++) {
            if (attrLocal[i].equals(localName)) {
                return attrValues[i];
            }
        }
        return null;
    }

    @Override
    public void toRoot() throws ImportFormatException {
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("no root element");
            }
            next();
        }
    }

    @Override
    public void skip() throws ImportFormatException {
        int until = depth - 1;
        while (depth > until || event != XMLStreamConstants.END_ELEMENT) {
            next();
        }
    }

    @Override
    public String text() throws ImportFormatException {
        src.charCount = 0;
        int until = depth - 1;
        if (emptyElement) {
            next();
            return "";
        }
        while (true) {
            if (src.pos == src.limit && !src.fill()) {
                throw src.malformed("the document ends inside <" + openNames[depth - 1] + ">");
            }
            byte b = src.buf[src.pos];
            if (b != '<') {
                src.decodeText();
                continue;
            }
            byte after = src.peekAt(1);
            if (after == '!' && src.startsWith("<![CDATA[")) {
                src.pos += 9;
                src.cdata(true);
                continue;
            }
            if (after == '!' && src.startsWith("<!--")) {
                src.pos += 4;
                src.comment();
                continue;
            }
            if (after == '?') {
                src.pos += 2;
                processingInstruction();
                continue;
            }
            next();
            if (event == XMLStreamConstants.END_ELEMENT && depth == until) {
                return new String(src.chars, 0, src.charCount);
            }
        }
    }

    @Override
    public int next() throws ImportFormatException {
        if (emptyElement) {
            emptyElement = false;
            return endElement();
        }
        while (true) {
            if (src.pos == src.limit && !src.fill()) {
                if (depth > 0) {
                    throw src.malformed("the document ends inside <" + openNames[depth - 1] + ">");
                }
                if (!rootSeen) {
                    throw src.malformed("no root element");
                }
                return event = XMLStreamConstants.END_DOCUMENT;
            }
            byte b = src.buf[src.pos];
            if (b != '<') {
                if (depth == 0) {
                    outsideRoot();
                    continue;
                }
                src.skipText();
                return event = XMLStreamConstants.CHARACTERS;
            }
            byte after = src.peekAt(1);
            if (after == '/') {
                src.pos += 2;
                return endTag();
            }
            if (after == '?') {
                src.pos += 2;
                processingInstruction();
                continue;
            }
            declarationAllowed = false;
            if (after == '!') {
                if (src.startsWith("<!--")) {
                    src.pos += 4;
                    src.comment();
                    continue;
                }
                if (src.startsWith("<![CDATA[")) {
                    if (depth == 0) {
                        throw src.malformed("CDATA outside the root element");
                    }
                    src.pos += 9;
                    src.cdata(false);
                    return event = XMLStreamConstants.CHARACTERS;
                }
                if (src.startsWith("<!DOCTYPE")) {
                    throw fail("a DOCTYPE is not allowed (no DTDs or entities are read, so no external entity and no "
                            + "entity expansion can happen)");
                }
                throw src.malformed("markup not recognised after '<!'");
            }
            src.pos++;
            return startTag();
        }
    }

    private int endElement() {
        depth--;
        name = openLocal[depth];
        attrCount = 0;
        if (depth == 0) {
            rootClosed = true;
        }
        return event = XMLStreamConstants.END_ELEMENT;
    }

    private int startTag() throws ImportFormatException {
        if (rootClosed) {
            throw src.malformed("markup after the root element");
        }
        String qname = names.read(src);
        attrCount = 0;
        boolean empty = false;
        while (true) {
            boolean space = src.skipSpace();
            byte b = src.need();
            if (b == '>') {
                src.pos++;
                break;
            }
            if (b == '/') {
                src.pos++;
                if (src.need() != '>') {
                    throw src.malformed("'/' in the start tag <" + qname + "> must be followed by '>'");
                }
                src.pos++;
                empty = true;
                break;
            }
            if (!space) {
                throw src.malformed("attributes of <" + qname + "> must be separated by white space");
            }
            attribute(qname);
        }
        if (depth == openNames.length) {
            openNames = Arrays.copyOf(openNames, depth * 2);
            openLocal = Arrays.copyOf(openLocal, depth * 2);
        }
        name = XmlNames.local(qname);
        openNames[depth] = qname;
        openLocal[depth] = name;
        depth++;
        rootSeen = true;
        emptyElement = empty;
        return event = XMLStreamConstants.START_ELEMENT;
    }

    private void attribute(String element) throws ImportFormatException {
        String qname = names.read(src);
        src.skipSpace();
        if (src.need() != '=') {
            throw src.malformed("attribute " + qname + " of <" + element + "> must be followed by '='");
        }
        src.pos++;
        src.skipSpace();
        byte quote = src.need();
        if (quote != '"' && quote != '\'') {
            throw src.malformed("the value of attribute " + qname + " of <" + element + "> must be quoted");
        }
        src.pos++;
        if (src.limit - src.pos < FAST_VALUE) {
            src.ensure(FAST_VALUE);
        }
        int end = src.pos;
        while (end < src.limit && PLAIN[src.buf[end] & 0xFF]) {
            end++;
        }
        String fast = null;
        if (end < src.limit && src.buf[end] == quote) {
            fast = new String(src.buf, src.pos, end - src.pos, StandardCharsets.ISO_8859_1); // ASCII: one copy, no decoding
            src.pos = end + 1;
        }
        char[] text = src.chars;
        int textCount = src.charCount;
        src.chars = valueChars;
        src.charCount = 0;
        while (fast == null) {
            if (src.pos == src.limit && !src.fill()) {
                throw src.malformed("the value of attribute " + qname + " is not closed");
            }
            byte b = src.buf[src.pos];
            if (b == quote) {
                src.pos++;
                break;
            }
            if (b == '<') {
                throw src.malformed("'<' in the value of attribute " + qname);
            }
            if (b == '&') {
                src.pos++;
                src.reference();
            } else if (b == '\r' || b == '\n') {
                src.lineEnd(b);
                src.append(' ');
            } else if (b == '\t') {
                src.pos++;
                src.append(' ');
            } else {
                src.decodeChar(b);
            }
        }
        String value = fast != null ? fast : new String(src.chars, 0, src.charCount);
        valueChars = src.chars;
        src.chars = text;
        src.charCount = textCount;
        for (int i = 0; i < attrCount; i++) {
            if (attrQNames[i].equals(qname)) {
                throw src.malformed("attribute " + qname + " appears twice in <" + element + ">");
            }
        }
        if (qname.equals("xmlns") || qname.startsWith("xmlns:")) {
            return; // a namespace declaration, not an attribute (as in StAX)
        }
        if (attrCount == attrQNames.length) {
            attrQNames = Arrays.copyOf(attrQNames, attrCount * 2);
            attrLocal = Arrays.copyOf(attrLocal, attrCount * 2);
            attrValues = Arrays.copyOf(attrValues, attrCount * 2);
        }
        attrQNames[attrCount] = qname;
        attrLocal[attrCount] = XmlNames.local(qname);
        attrValues[attrCount] = value;
        attrCount++;
    }

    private int endTag() throws ImportFormatException {
        String qname = names.read(src);
        src.skipSpace();
        if (src.need() != '>') {
            throw src.malformed("the end tag </" + qname + "> is not closed");
        }
        src.pos++;
        if (depth == 0 || !openNames[depth - 1].equals(qname)) {
            throw src.malformed(depth == 0 ? "the end tag </" + qname + "> closes nothing"
                    : "the element <" + openNames[depth - 1] + "> must be closed by </" + openNames[depth - 1]
                            + ">, not </" + qname + ">");
        }
        return endElement();
    }

    /** Text outside the root: only white space is allowed there. */
    private void outsideRoot() throws ImportFormatException {
        byte b = src.buf[src.pos];
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            if (b == '\n') {
                src.newLine(src.pos + 1);
            } else if (b == '\r') {
                src.skippedCr();
            }
            src.pos++;
            declarationAllowed = false;
            return;
        }
        if (src.pos == 0 && src.base == 0 && src.limit >= 3 && (b & 0xFF) == 0xEF && (src.buf[1] & 0xFF) == 0xBB
                && (src.buf[2] & 0xFF) == 0xBF) {
            src.pos = 3; // the byte order mark
            return;
        }
        throw src.malformed(rootSeen ? "content after the root element" : "content before the root element");
    }

    /** After "<?": to the "?>". The XML declaration may only open the document. */
    private void processingInstruction() throws ImportFormatException {
        String target = names.read(src);
        if (target.equalsIgnoreCase("xml") && !declarationAllowed) {
            throw src.malformed("the XML declaration must come first");
        }
        declarationAllowed = false;
        src.skipPast("?>", "a processing instruction is not closed");
    }
}
