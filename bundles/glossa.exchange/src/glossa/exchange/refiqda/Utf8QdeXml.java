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

    private static final int MAX_NAME = 1024;
    /** Attribute values up to this many bytes are looked at in one go. */
    private static final int FAST_VALUE = 8192;
    /** Bytes that end a name. */
    private static final boolean[] NAME_END = new boolean[256];
    /** Bytes an attribute value may hold as they are: printable ASCII but the quotes, '<' and '&'. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (char c : " \n\r\t>/=<\"'?!&".toCharArray()) {
            NAME_END[c] = true;
        }
        for (int c = 0x20; c < 0x7F; c++) {
            PLAIN[c] = c != '"' && c != '\'' && c != '<' && c != '&';
        }
    }

    private final InputStream in;
    private final String file;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** The absolute offset of {@code buf[0]} and of the current line's start, for columns. */
    private long base;
    private long lineStart;
    private int line = 1;

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

    private final String[] nameCacheValue = new String[512];
    private final byte[][] nameCacheKey = new byte[512][];
    /** Where decoded characters go: the text being read, or an attribute value's own buffer while one is read. */
    private char[] chars = new char[256];
    private int charCount;
    private char[] valueChars = new char[64];

    Utf8QdeXml(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int line() {
        return line;
    }

    private int column() {
        return (int) Math.max(1, base + pos - lineStart + 1);
    }

    @Override
    public ImportFormatException fail(String reason) {
        String element = event == XMLStreamConstants.START_ELEMENT ? "<" + name + ">" : "";
        String where = file.isEmpty() ? element : element.isEmpty() ? file : file + " " + element;
        return new ImportFormatException(line, column(), (where.isEmpty() ? "" : where + ": ") + reason);
    }

    private ImportFormatException malformed(String reason) {
        return new ImportFormatException(line, column(),
                (file.isEmpty() ? "" : file + ": ") + "not well-formed XML: " + reason);
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
        charCount = 0;
        int until = depth - 1;
        if (emptyElement) {
            next();
            return "";
        }
        while (true) {
            if (pos == limit && !fill()) {
                throw malformed("the document ends inside <" + openNames[depth - 1] + ">");
            }
            byte b = buf[pos];
            if (b != '<') {
                decodeText();
                continue;
            }
            byte after = peekAt(1);
            if (after == '!' && startsWith("<![CDATA[")) {
                pos += 9;
                cdata(true);
                continue;
            }
            if (after == '!' && startsWith("<!--")) {
                pos += 4;
                comment();
                continue;
            }
            if (after == '?') {
                pos += 2;
                processingInstruction();
                continue;
            }
            next();
            if (event == XMLStreamConstants.END_ELEMENT && depth == until) {
                return new String(chars, 0, charCount);
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
            if (pos == limit && !fill()) {
                if (depth > 0) {
                    throw malformed("the document ends inside <" + openNames[depth - 1] + ">");
                }
                if (!rootSeen) {
                    throw malformed("no root element");
                }
                return event = XMLStreamConstants.END_DOCUMENT;
            }
            byte b = buf[pos];
            if (b != '<') {
                if (depth == 0) {
                    outsideRoot();
                    continue;
                }
                skipText();
                return event = XMLStreamConstants.CHARACTERS;
            }
            byte after = peekAt(1);
            if (after == '/') {
                pos += 2;
                return endTag();
            }
            if (after == '?') {
                pos += 2;
                processingInstruction();
                continue;
            }
            declarationAllowed = false;
            if (after == '!') {
                if (startsWith("<!--")) {
                    pos += 4;
                    comment();
                    continue;
                }
                if (startsWith("<![CDATA[")) {
                    if (depth == 0) {
                        throw malformed("CDATA outside the root element");
                    }
                    pos += 9;
                    cdata(false);
                    return event = XMLStreamConstants.CHARACTERS;
                }
                if (startsWith("<!DOCTYPE")) {
                    throw fail("a DOCTYPE is not allowed (no DTDs or entities are read, so no external entity and no "
                            + "entity expansion can happen)");
                }
                throw malformed("markup not recognised after '<!'");
            }
            pos++;
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
            throw malformed("markup after the root element");
        }
        String qname = readName();
        attrCount = 0;
        boolean empty = false;
        while (true) {
            boolean space = skipSpace();
            byte b = need();
            if (b == '>') {
                pos++;
                break;
            }
            if (b == '/') {
                pos++;
                if (need() != '>') {
                    throw malformed("'/' in the start tag <" + qname + "> must be followed by '>'");
                }
                pos++;
                empty = true;
                break;
            }
            if (!space) {
                throw malformed("attributes of <" + qname + "> must be separated by white space");
            }
            attribute(qname);
        }
        if (depth == openNames.length) {
            openNames = Arrays.copyOf(openNames, depth * 2);
            openLocal = Arrays.copyOf(openLocal, depth * 2);
        }
        name = local(qname);
        openNames[depth] = qname;
        openLocal[depth] = name;
        depth++;
        rootSeen = true;
        emptyElement = empty;
        return event = XMLStreamConstants.START_ELEMENT;
    }

    private void attribute(String element) throws ImportFormatException {
        String qname = readName();
        skipSpace();
        if (need() != '=') {
            throw malformed("attribute " + qname + " of <" + element + "> must be followed by '='");
        }
        pos++;
        skipSpace();
        byte quote = need();
        if (quote != '"' && quote != '\'') {
            throw malformed("the value of attribute " + qname + " of <" + element + "> must be quoted");
        }
        pos++;
        if (limit - pos < FAST_VALUE) {
            ensure(FAST_VALUE);
        }
        int end = pos;
        while (end < limit && PLAIN[buf[end] & 0xFF]) {
            end++;
        }
        String fast = null;
        if (end < limit && buf[end] == quote) {
            fast = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1); // ASCII: one copy, no decoding
            pos = end + 1;
        }
        char[] text = chars;
        int textCount = charCount;
        chars = valueChars;
        charCount = 0;
        while (fast == null) {
            if (pos == limit && !fill()) {
                throw malformed("the value of attribute " + qname + " is not closed");
            }
            byte b = buf[pos];
            if (b == quote) {
                pos++;
                break;
            }
            if (b == '<') {
                throw malformed("'<' in the value of attribute " + qname);
            }
            if (b == '&') {
                pos++;
                reference();
            } else if (b == '\r' || b == '\n' || b == '\t') {
                pos++;
                if (b == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                if (b != '\t') {
                    newLine();
                }
                append(' ');
            } else {
                decodeChar(b);
            }
        }
        String value = fast != null ? fast : new String(chars, 0, charCount);
        valueChars = chars;
        chars = text;
        charCount = textCount;
        for (int i = 0; i < attrCount; i++) {
            if (attrQNames[i].equals(qname)) {
                throw malformed("attribute " + qname + " appears twice in <" + element + ">");
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
        attrLocal[attrCount] = local(qname);
        attrValues[attrCount] = value;
        attrCount++;
    }

    private int endTag() throws ImportFormatException {
        String qname = readName();
        skipSpace();
        if (need() != '>') {
            throw malformed("the end tag </" + qname + "> is not closed");
        }
        pos++;
        if (depth == 0 || !openNames[depth - 1].equals(qname)) {
            throw malformed(depth == 0 ? "the end tag </" + qname + "> closes nothing"
                    : "the element <" + openNames[depth - 1] + "> must be closed by </" + openNames[depth - 1]
                            + ">, not </" + qname + ">");
        }
        return endElement();
    }

    /** A name (element or attribute), the same String for the same bytes. */
    private String readName() throws ImportFormatException {
        if (limit - pos <= MAX_NAME) {
            ensure(MAX_NAME + 1);
        }
        int start = pos;
        int end = start;
        int hash = 0;
        while (end < limit && !NAME_END[buf[end] & 0xFF]) {
            hash = 31 * hash + buf[end];
            end++;
        }
        int length = end - start;
        if (length > MAX_NAME) {
            throw malformed("a name longer than " + MAX_NAME + " bytes");
        }
        byte first = length == 0 ? 0 : buf[start];
        if (length == 0 || (first >= '0' && first <= '9') || first == '-' || first == '.') {
            throw malformed("a name is expected");
        }
        pos = end;
        int slot = hash & (nameCacheKey.length - 1);
        byte[] key = nameCacheKey[slot];
        if (key != null && key.length == length && Arrays.equals(key, 0, length, buf, start, end)) {
            return nameCacheValue[slot];
        }
        String value = new String(buf, start, length, StandardCharsets.UTF_8);
        if (value.indexOf('\uFFFD') >= 0) {
            throw malformed("a name is not valid UTF-8");
        }
        nameCacheKey[slot] = Arrays.copyOfRange(buf, start, end);
        nameCacheValue[slot] = value;
        return value;
    }

    private static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** Text outside the root: only white space is allowed there. */
    private void outsideRoot() throws ImportFormatException {
        byte b = buf[pos];
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            pos++;
            declarationAllowed = false;
            if (b == '\n') {
                newLine();
            }
            return;
        }
        if (pos == 0 && base == 0 && limit >= 3 && (b & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
                && (buf[2] & 0xFF) == 0xBF) {
            pos = 3; // the byte order mark
            return;
        }
        throw malformed(rootSeen ? "content after the root element" : "content before the root element");
    }

    /** Character data to the next '<', checked but not kept. */
    private void skipText() throws ImportFormatException {
        while (true) {
            if (pos == limit && !fill()) {
                return;
            }
            byte b = buf[pos];
            if (b == '<') {
                return;
            }
            if (b == '&') {
                pos++;
                int kept = charCount;
                reference();
                charCount = kept;
                continue;
            }
            if (b == '\n') {
                newLine(pos + 1);
            } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r') {
                throw malformed("character 0x" + Integer.toHexString(b) + " is not allowed in XML");
            }
            pos++;
        }
    }

    /** Character data to the next '<', decoded and kept. */
    private void decodeText() throws ImportFormatException {
        while (true) {
            if (pos == limit && !fill()) {
                return;
            }
            byte b = buf[pos];
            if (b == '<') {
                return;
            }
            if (b == '&') {
                pos++;
                reference();
            } else if (b == '\r') {
                pos++;
                if ((pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                newLine();
                append('\n');
            } else if (b == '\n') {
                pos++;
                newLine();
                append('\n');
            } else {
                decodeChar(b);
            }
        }
    }

    /** After "<![CDATA[": to the "]]>", kept when {@code keep}. */
    private void cdata(boolean keep) throws ImportFormatException {
        while (true) {
            if (pos == limit && !fill()) {
                throw malformed("a CDATA section is not closed");
            }
            byte b = buf[pos];
            if (b == ']' && startsWith("]]>")) {
                pos += 3;
                return;
            }
            if (b == '\r' || b == '\n') {
                pos++;
                if (b == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                newLine();
                if (keep) {
                    append('\n');
                }
            } else if (keep) {
                decodeChar(b);
            } else {
                if (b >= 0 && b < 0x20 && b != '\t') {
                    throw malformed("character 0x" + Integer.toHexString(b) + " is not allowed in XML");
                }
                pos++;
            }
        }
    }

    /** After "<!--": to the "-->". */
    private void comment() throws ImportFormatException {
        while (true) {
            if (pos == limit && !fill()) {
                throw malformed("a comment is not closed");
            }
            byte b = buf[pos];
            if (b == '-' && startsWith("--")) {
                if (!startsWith("-->")) {
                    throw malformed("'--' inside a comment");
                }
                pos += 3;
                return;
            }
            if (b == '\n') {
                newLine(pos + 1);
            }
            pos++;
        }
    }

    /** After "<?": to the "?>". The XML declaration may only open the document. */
    private void processingInstruction() throws ImportFormatException {
        String target = readName();
        if (target.equalsIgnoreCase("xml") && !declarationAllowed) {
            throw malformed("the XML declaration must come first");
        }
        declarationAllowed = false;
        while (true) {
            if (pos == limit && !fill()) {
                throw malformed("a processing instruction is not closed");
            }
            byte b = buf[pos];
            if (b == '?' && startsWith("?>")) {
                pos += 2;
                return;
            }
            if (b == '\n') {
                newLine(pos + 1);
            }
            pos++;
        }
    }

    /** After '&': a predefined entity or a character reference, appended to {@link #chars}. */
    private void reference() throws ImportFormatException {
        StringBuilder ref = new StringBuilder(8);
        while (true) {
            if (pos == limit && !fill()) {
                throw malformed("a reference is not closed with ';'");
            }
            byte b = buf[pos++];
            if (b == ';') {
                break;
            }
            if (ref.length() >= 12 || b == '<' || b == '&' || b == ' ' || b == '\n') {
                throw malformed("a reference is not closed with ';'");
            }
            ref.append((char) (b & 0xFF));
        }
        String r = ref.toString();
        switch (r) {
            case "lt" -> append('<');
            case "gt" -> append('>');
            case "amp" -> append('&');
            case "quot" -> append('"');
            case "apos" -> append('\'');
            default -> {
                if (!r.startsWith("#")) {
                    throw fail("entity reference &" + r + "; is not allowed");
                }
                int cp;
                try {
                    cp = r.startsWith("#x") ? Integer.parseInt(r.substring(2), 16) : Integer.parseInt(r.substring(1));
                } catch (NumberFormatException e) {
                    throw malformed("&" + r + "; is not a character reference");
                }
                if (!isXmlChar(cp)) {
                    throw malformed("&" + r + "; is not a character allowed in XML");
                }
                if (cp >= 0x10000) {
                    append(Character.highSurrogate(cp));
                    append(Character.lowSurrogate(cp));
                } else {
                    append((char) cp);
                }
            }
        }
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Decodes the UTF-8 character starting with {@code b} (at {@link #pos}) into {@link #chars}. */
    private void decodeChar(byte b) throws ImportFormatException {
        if (b >= 0) {
            if (b < 0x20 && b != '\t') {
                throw malformed("character 0x" + Integer.toHexString(b) + " is not allowed in XML");
            }
            pos++;
            append((char) b);
            return;
        }
        int lead = b & 0xFF;
        int count;
        int cp;
        if ((lead & 0xE0) == 0xC0) {
            count = 1;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            count = 2;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            count = 3;
            cp = lead & 0x07;
        } else {
            throw malformed("invalid UTF-8 byte 0x" + Integer.toHexString(lead));
        }
        pos++;
        for (int i = 0; i < count; i++) {
            if (pos == limit && !fill()) {
                throw malformed("the document ends inside a UTF-8 sequence");
            }
            int next = buf[pos] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw malformed("invalid UTF-8 sequence");
            }
            cp = (cp << 6) | (next & 0x3F);
            pos++;
        }
        if ((count == 1 && cp < 0x80) || (count == 2 && cp < 0x800) || (count == 3 && cp < 0x10000)
                || !isXmlChar(cp)) {
            throw malformed("invalid UTF-8 sequence or a character not allowed in XML (U+"
                    + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + ")");
        }
        if (cp >= 0x10000) {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        } else {
            append((char) cp);
        }
    }

    private void append(char c) {
        if (charCount == chars.length) {
            chars = Arrays.copyOf(chars, charCount * 2);
        }
        chars[charCount++] = c;
    }

    /** Skips white space; whether there was any. */
    private boolean skipSpace() throws ImportFormatException {
        boolean any = false;
        while (pos < limit || fill()) {
            byte b = buf[pos];
            if (b == '\n') {
                newLine(pos + 1);
            } else if (b != ' ' && b != '\t' && b != '\r') {
                break;
            }
            pos++;
            any = true;
        }
        return any;
    }

    private byte need() throws ImportFormatException {
        if (pos == limit && !fill()) {
            throw malformed("the document ends inside a tag");
        }
        return buf[pos];
    }

    private void newLine() {
        newLine(pos);
    }

    private void newLine(int nextLineAt) {
        line++;
        lineStart = base + nextLineAt;
    }

    /** The byte {@code ahead} places after {@link #pos}, or 0 past the end. */
    private byte peekAt(int ahead) throws ImportFormatException {
        if (pos + ahead >= limit) {
            ensure(ahead + 1);
        }
        return pos + ahead < limit ? buf[pos + ahead] : 0;
    }

    private boolean startsWith(String ascii) throws ImportFormatException {
        int n = ascii.length();
        if (pos + n > limit) {
            ensure(n);
        }
        if (pos + n > limit) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** At least {@code n} bytes from {@link #pos} in the buffer, unless the input ends first. */
    private void ensure(int n) throws ImportFormatException {
        while (limit - pos < n && !eof) {
            if (!fill()) {
                return;
            }
        }
    }

    /** Reads more input, keeping the bytes from {@link #pos} on; false at the end of the input. */
    private boolean fill() throws ImportFormatException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n <= 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            if (e instanceof ImportFormatException format) {
                throw format;
            }
            throw new ImportFormatException(line, column(), (file.isEmpty() ? "" : file + ": ") + "cannot be read ("
                    + e.getMessage() + ")");
        }
    }
}
