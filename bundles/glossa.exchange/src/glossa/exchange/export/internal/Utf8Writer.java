package glossa.exchange.export.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The UTF-8 writer of the exports: a {@link Utf8EncodingWriter} that also escapes text for HTML, JSON and XML straight
 * into its byte buffer. The large parts of an export (entries, highlighted text, JSON-LD items) use
 * {@link #writeHtml}, {@link #writeJsonString} and {@link #writeXml}, which escape and encode text in one tight pass,
 * with no builder in between, and {@link #writeBytes} for markup encoded once. Not thread-safe.
 */
public final class Utf8Writer extends Utf8EncodingWriter {

    public Utf8Writer(OutputStream out) {
        this(out, 1 << 16);
    }

    public Utf8Writer(OutputStream out, int bufferSize) {
        super(out, bufferSize);
    }

    /**
     * Writes {@code s} as a JSON string literal, escaped exactly as {@link glossa.exchange.json.Json} has jackson-core
     * escape it (quotes, backslashes, control characters, DEL, U+2028/2029 and lone surrogates; lower-case hex), then
     * encoded: the same bytes as {@code Json.writeCompact(s)}, in one tight pass (the JSON-LD export's hot path).
     */
    public void writeJsonString(String s) throws IOException {
        endPendingSurrogate();
        if (bytes.length - count < 16) {
            flushBuffer();
        }
        bytes[count++] = '"';
        int length = s.length();
        int i = 0;
        while (i < length) {
            if (bytes.length - count < 16) {
                flushBuffer();
            }
            byte[] b = bytes;
            int n = count;
            // At most 6 bytes per char (an escape); a pair read at the last position adds 4 bytes for 2 chars.
            int limit = Math.min(length, i + (b.length - n - 8) / 6);
            while (i < limit) {
                char c = s.charAt(i++);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
                        b[n++] = (byte) c;
                    } else {
                        n = jsonEscape(b, n, c);
                    }
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    if (c == '\u2028' || c == '\u2029') { // they end JavaScript string literals
                        n = unicodeEscape(b, n, c);
                    } else {
                        b[n++] = (byte) (0xE0 | c >> 12);
                        b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                        b[n++] = (byte) (0x80 | c & 0x3F);
                    }
                } else if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(s.charAt(i))) {
                    n = fourBytes(b, n, Character.toCodePoint(c, s.charAt(i++)));
                } else {
                    n = unicodeEscape(b, n, c); // a lone surrogate has no UTF-8 form
                }
            }
            count = n;
        }
        if (bytes.length - count < 1) {
            flushBuffer();
        }
        bytes[count++] = '"';
    }

    private static int jsonEscape(byte[] b, int n, char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\f' -> 'f';
            default -> 0;
        };
        if (shortForm == 0) {
            return unicodeEscape(b, n, c);
        }
        b[n++] = '\\';
        b[n++] = (byte) shortForm;
        return n;
    }

    private static int unicodeEscape(byte[] b, int n, char c) {
        b[n++] = '\\';
        b[n++] = 'u';
        for (int shift = 12; shift >= 0; shift -= 4) {
            b[n++] = (byte) Character.forDigit(c >> shift & 0xF, 16);
        }
        return n;
    }

    /**
     * Writes {@code s[begin, end)} escaped as {@link Html#escape(CharSequence, int, int, StringBuilder)} escapes it,
     * then encoded: the same bytes as escaping into a builder and writing that. Surrogates are encoded as by
     * {@link #write(int)}: a pair split between two writes is joined, a lone one becomes '?'.
     */
    public void writeHtml(CharSequence s, int begin, int end) throws IOException {
        int i = begin;
        if (pendingHigh != 0 && i < end) {
            if (Character.isLowSurrogate(s.charAt(i))) {
                encode(s.charAt(i++)); // the low half of a pair split between writes
            } else {
                endPendingSurrogate(); // '?', and the char is escaped below like any other
            }
        }
        while (i < end) {
            if (bytes.length - count < 16) {
                flushBuffer();
            }
            byte[] b = bytes;
            int n = count;
            int limit = Math.min(end, i + (b.length - n - 8) / 6); // "&quot;" is the longest escape
            while (i < limit) {
                char c = s.charAt(i++);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != 0x7F
                            || c == '\n' || c == '\t' || c == '\r') {
                        b[n++] = (byte) c;
                    } else {
                        n = htmlEscape(b, n, c);
                    }
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    b[n++] = (byte) (0xE0 | c >> 12);
                    b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i < end && Character.isLowSurrogate(s.charAt(i))) {
                    n = fourBytes(b, n, Character.toCodePoint(c, s.charAt(i++)));
                } else if (Character.isHighSurrogate(c) && i == end) {
                    pendingHigh = c; // its low half may start the next write
                } else {
                    b[n++] = '?';
                }
            }
            count = n;
        }
    }

    /** {@link #writeHtml(CharSequence, int, int)} of all of {@code s}; nothing for null. */
    public void writeHtml(String s) throws IOException {
        if (s != null) {
            writeHtml(s, 0, s.length());
        }
    }

    /**
     * Writes {@code s} escaped for XML 1.0 as {@link XmlOut} escapes it, then encoded, in one pass: markup characters
     * as entity references; in an {@code attribute} also tab, LF and CR as character references (CR in text too);
     * other C0 controls, U+FFFE and U+FFFF as U+FFFD; a lone surrogate as '?' (as {@link #write(int)} does).
     */
    public void writeXml(String s, boolean attribute) throws IOException {
        endPendingSurrogate();
        int length = s.length();
        int i = 0;
        while (i < length) {
            if (bytes.length - count < 16) {
                flushBuffer();
            }
            byte[] b = bytes;
            int n = count;
            int limit = Math.min(length, i + (b.length - n - 8) / 6); // "&quot;" is the longest escape
            while (i < limit) {
                char c = s.charAt(i++);
                if (c < 0x80) {
                    if (c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' : !attribute && (c == '\n' || c == '\t')) {
                        b[n++] = (byte) c;
                    } else {
                        n = xmlEscape(b, n, c);
                    }
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    if (c >= '\uFFFE') {
                        c = '\uFFFD'; // not an XML 1.0 character
                    }
                    b[n++] = (byte) (0xE0 | c >> 12);
                    b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(s.charAt(i))) {
                    n = fourBytes(b, n, Character.toCodePoint(c, s.charAt(i++)));
                } else {
                    b[n++] = '?';
                }
            }
            count = n;
        }
    }

    private static final byte[] NUMERIC_LF = utf8("&#10;");
    private static final byte[] NUMERIC_CR = utf8("&#13;");
    private static final byte[] NUMERIC_TAB = utf8("&#9;");

    private static int xmlEscape(byte[] b, int n, char c) {
        byte[] escape = switch (c) {
            case '&' -> AMP;
            case '<' -> LT;
            case '>' -> GT;
            case '"' -> QUOT;
            case '\n' -> NUMERIC_LF;
            case '\r' -> NUMERIC_CR;
            case '\t' -> NUMERIC_TAB;
            default -> REPLACEMENT; // a control character XML 1.0 cannot carry
        };
        System.arraycopy(escape, 0, b, n, escape.length);
        return n + escape.length;
    }

    private static final byte[] AMP = utf8("&amp;");
    private static final byte[] LT = utf8("&lt;");
    private static final byte[] GT = utf8("&gt;");
    private static final byte[] QUOT = utf8("&quot;");
    private static final byte[] APOS = utf8("&#39;");
    private static final byte[] REPLACEMENT = utf8("\uFFFD");

    private static int htmlEscape(byte[] b, int n, char c) {
        byte[] escape = switch (c) {
            case '&' -> AMP;
            case '<' -> LT;
            case '>' -> GT;
            case '"' -> QUOT;
            case '\'' -> APOS;
            default -> REPLACEMENT; // a control character HTML forbids
        };
        System.arraycopy(escape, 0, b, n, escape.length);
        return n + escape.length;
    }
}
