package glossa.core.io;

import static glossa.core.io.SidecarDecline.DECLINE;
import static glossa.core.io.SidecarDecline.require;

import java.util.Arrays;

/**
 * The XML tokeniser of {@link SidecarFastReader}: start tags with their attributes, end tags, the text of data
 * elements, character references and the five predefined entities, over the decoded characters of a sidecar. It
 * accepts the strict subset of XML the reader's class comment describes and gives up ({@link SidecarDecline}) on
 * anything else, including a literal character that XML would normalise.
 *
 * <p>The attributes of the start tag just read stay in two arrays reused from tag to tag; names known to the format
 * come from {@link SidecarNameTable}, so reading a tag makes new Strings only for its values.</p>
 *
 * <p>Not thread-safe; one instance reads one file.</p>
 */
final class SidecarXmlScanner {

    private final char[] c;
    private final int n;
    private int p;
    private boolean xml11;

    // The attributes of the start tag just read.
    private String[] names = new String[16];
    private String[] values = new String[16];
    private int count;
    private boolean empty;
    /** The element name of the start tag just read. */
    private String lastName;

    private final StringBuilder scratch = new StringBuilder();

    /** Scans {@code chars[0, length)}. */
    SidecarXmlScanner(char[] chars, int length) {
        this.c = chars;
        this.n = length;
    }

    // ------------------------------------------------------------------------------------------- for the reader

    /** The XML declaration, then the root's start tag: returns the root's name, its attributes read. */
    String rootStartTag() {
        declaration();
        skipSpace();
        expect('<');
        return startTag();
    }

    /** After the root's end tag: nothing but white space may follow. */
    void end() {
        skipSpace();
        require(p == n);
    }

    int attributeCount() {
        return count;
    }

    String attributeName(int i) {
        return names[i];
    }

    String attributeValue(int i) {
        return values[i];
    }

    /** Whether the start tag just read ended with {@code />}. */
    boolean isEmptyElement() {
        return empty;
    }

    /** The element name of the start tag just read. */
    String elementName() {
        return lastName;
    }

    boolean hasAttribute(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** XML forbids an attribute twice in one tag; EMF's parser would refuse it, so decline. */
    void noDuplicateAttributes() {
        for (int i = 1; i < count; i++) {
            for (int j = 0; j < i; j++) {
                require(!names[i].equals(names[j]));
            }
        }
    }

    /**
     * After a start tag of a non-empty element: skips whitespace, then returns the name of the next child's start
     * tag (its attributes read), or {@code null} at the end tag {@code </parent>}.
     */
    String nextChild(String parent) {
        skipSpace();
        expect('<');
        if (p < n && c[p] == '/') {
            p++;
            require(startsWith(parent));
            p += parent.length();
            skipSpace();
            expect('>');
            return null;
        }
        return startTag();
    }

    /** The text of a data element such as {@code <choices>stance</choices>}, after its start tag. */
    String textElement(String element) {
        require(count == 0 && !empty);
        StringBuilder text = scratch;
        text.setLength(0);
        while (p < n) {
            char ch = c[p];
            if (ch == '<') {
                p++;
                require(p < n && c[p] == '/');
                p++;
                require(startsWith(element));
                p += element.length();
                skipSpace();
                expect('>');
                // EMF's reading of an empty element is not worth matching: decline it.
                require(text.length() > 0);
                return text.toString();
            }
            if (ch == '&') {
                appendReference(text);
            } else {
                // Literal tabs and line feeds are content as they stand; "]]>" may not appear in text.
                if (ch != '\n' && ch != '\t') {
                    requireLiteral(ch);
                }
                require(ch != '>' || text.length() < 2 || text.charAt(text.length() - 1) != ']'
                        || text.charAt(text.length() - 2) != ']');
                text.append(ch);
                p++;
            }
        }
        throw DECLINE;
    }

    // --------------------------------------------------------------------------------------------------- markup

    /** {@code <?xml version="1.0|1.1" encoding="UTF-8"?>}, exactly as EMF and the migration write it. */
    private void declaration() {
        require(startsWith("<?xml version=\"1."));
        p += 17;
        require(p + 1 < n && (c[p] == '0' || c[p] == '1') && c[p + 1] == '"');
        xml11 = c[p] == '1';
        p += 2;
        require(startsWith(" encoding=\"UTF-8\"?>") || startsWith(" encoding=\"utf-8\"?>"));
        p += 19;
    }

    /** Reads a start tag after its {@code <}: returns its name, fills the attribute arrays and {@link #empty}. */
    private String startTag() {
        String name = name();
        lastName = name;
        count = 0;
        while (true) {
            boolean spaced = skipSpace();
            require(p < n);
            char ch = c[p];
            if (ch == '>') {
                p++;
                empty = false;
                return name;
            }
            if (ch == '/') {
                p++;
                expect('>');
                empty = true;
                return name;
            }
            require(spaced);
            String attribute = name();
            skipSpace();
            expect('=');
            skipSpace();
            String value = quotedValue();
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            names[count] = attribute;
            values[count] = value;
            count++;
        }
    }

    /** A name of ASCII letters, digits, {@code _ - . :}, starting with a letter or {@code _}. */
    private String name() {
        int start = p;
        int hash = 0;
        while (p < n) {
            char ch = c[p];
            if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_' || ch == ':'
                    || p > start && (ch >= '0' && ch <= '9' || ch == '-' || ch == '.')) {
                hash = 31 * hash + ch;
                p++;
            } else {
                break;
            }
        }
        require(p > start);
        String known = SidecarNameTable.FORMAT.find(c, start, p - start, hash);
        return known != null ? known : new String(c, start, p - start);
    }

    // --------------------------------------------------------------------------------------------- characters

    /** An attribute value in its quotes: cut straight from the characters unless it holds a reference. */
    private String quotedValue() {
        require(p < n);
        char quote = c[p];
        require(quote == '"' || quote == '\'');
        int start = ++p;
        while (p < n) {
            char ch = c[p];
            if (ch == quote) {
                return new String(c, start, p++ - start);
            }
            if (ch == '&') {
                return escapedValue(start, quote);
            }
            requireLiteral(ch);
            require(ch != '<');
            p++;
        }
        throw DECLINE;
    }

    private String escapedValue(int start, char quote) {
        StringBuilder value = scratch;
        value.setLength(0);
        value.append(c, start, p - start);
        while (p < n) {
            char ch = c[p];
            if (ch == quote) {
                p++;
                return value.toString();
            }
            if (ch == '&') {
                appendReference(value);
            } else {
                requireLiteral(ch);
                require(ch != '<');
                value.append(ch);
                p++;
            }
        }
        throw DECLINE;
    }

    /**
     * A character XML passes on as it stands: not a control character (tab, line feed and carriage return in
     * attribute values become spaces, and XML 1.1 forbids the others literally), not U+007F–U+009F (XML 1.1 restricts
     * them and reads U+0085 as a line end), not U+2028 (an XML 1.1 line end), not U+FFFE/U+FFFF.
     */
    private static void requireLiteral(char ch) {
        if (ch < 0x20 || ch >= 0x7F && (ch <= 0x9F || ch == 0x2028 || ch >= 0xFFFE)) {
            throw DECLINE;
        }
    }

    /** Appends the character of the reference at {@code &}: {@code &#xA;}, {@code &#10;} or one of the five. */
    private void appendReference(StringBuilder out) {
        p++;
        require(p < n);
        if (c[p] == '#') {
            p++;
            int radix = 10;
            if (p < n && c[p] == 'x') {
                radix = 16;
                p++;
            }
            int start = p;
            int code = 0;
            while (p < n && c[p] != ';') {
                require(p - start < 6);
                int digit = Character.digit(c[p], radix);
                require(digit >= 0 && c[p] < 128);
                code = code * radix + digit;
                p++;
            }
            require(p < n && p > start);
            p++;
            // Char of XML 1.1 (or 1.0): no NUL, no surrogates, no U+FFFE/U+FFFF; 1.0 allows only tab, LF, CR below space.
            require(code >= 1 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) && code != 0xFFFE
                    && code != 0xFFFF && (xml11 || code >= 0x20 || code == 0x9 || code == 0xA || code == 0xD));
            out.appendCodePoint(code);
            return;
        }
        if (startsWith("lt;")) {
            out.append('<');
            p += 3;
        } else if (startsWith("gt;")) {
            out.append('>');
            p += 3;
        } else if (startsWith("amp;")) {
            out.append('&');
            p += 4;
        } else if (startsWith("quot;")) {
            out.append('"');
            p += 5;
        } else if (startsWith("apos;")) {
            out.append('\'');
            p += 5;
        } else {
            throw DECLINE;
        }
    }

    /** Skips XML white space (space, tab, line feed, carriage return); true if there was any. */
    private boolean skipSpace() {
        int start = p;
        while (p < n) {
            char ch = c[p];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                p++;
            } else {
                break;
            }
        }
        return p > start;
    }

    private void expect(char ch) {
        require(p < n && c[p] == ch);
        p++;
    }

    private boolean startsWith(String text) {
        int length = text.length();
        if (p + length > n) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (c[p + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
