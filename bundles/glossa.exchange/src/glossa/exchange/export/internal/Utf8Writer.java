package glossa.exchange.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A buffered UTF-8 writer for exports. It writes the same bytes as an {@code OutputStreamWriter} for UTF-8 (a
 * surrogate without its pair becomes {@code '?'}), but encodes in one tight loop over its own byte buffer: the JDK's
 * encoder takes a slow path per character as soon as text is not ASCII, and export text is mostly Chinese.
 *
 * <p>{@link #append(CharSequence)} copies a {@link StringBuilder} in chunks instead of making a String of it. The
 * large parts of an export (entries, highlighted text, JSON-LD items) use the direct writes instead:
 * {@link #writeBytes} for markup encoded once, {@link #writeInt}, and {@link #writeHtml} / {@link #writeJsonString},
 * which escape and encode text in one pass, with no builder in between. Not thread-safe.</p>
 */
public final class Utf8Writer extends Writer {

    private static final int CHUNK = 4096;

    private final OutputStream out;
    private final byte[] bytes;
    private final char[] chars = new char[CHUNK];
    private int count;
    private char pendingHigh; // a high surrogate at the end of the last write, waiting for its low half; 0 if none
    private boolean closed;

    public Utf8Writer(OutputStream out) {
        this(out, 1 << 16);
    }

    public Utf8Writer(OutputStream out, int bufferSize) {
        this.out = Objects.requireNonNull(out);
        this.bytes = new byte[Math.max(16, bufferSize)];
    }

    @Override
    public void write(int c) throws IOException {
        encode((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        encode(cbuf, off, off + len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, s.length());
        copyAndEncode(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        copyAndEncode(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        Objects.checkFromToIndex(start, end, s.length());
        copyAndEncode(s, start, end);
        return this;
    }

    private void copyAndEncode(CharSequence s, int start, int end) throws IOException {
        for (int from = start; from < end; from += CHUNK) {
            int to = Math.min(end, from + CHUNK);
            if (s instanceof String string) {
                string.getChars(from, to, chars, 0);
            } else if (s instanceof StringBuilder builder) {
                builder.getChars(from, to, chars, 0);
            } else {
                for (int i = from; i < to; i++) {
                    chars[i - from] = s.charAt(i);
                }
            }
            encode(chars, 0, to - from);
        }
    }

    /**
     * The hot loop: runs of characters outside the surrogate range are encoded straight into the buffer, as many as
     * surely fit (three bytes each at most); surrogates, and a pair split between writes, take {@link #encode(char)}.
     */
    private void encode(char[] cs, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            if (pendingHigh != 0) {
                encode(cs[i++]);
                continue;
            }
            if (bytes.length - count < 8) {
                flushBuffer();
            }
            byte[] b = bytes;
            int n = count;
            int limit = Math.min(to, i + (b.length - n - 4) / 3);
            for (; i < limit; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    b[n++] = (byte) (0xE0 | c >> 12);
                    b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else {
                    break;
                }
            }
            count = n;
            if (i < limit) {
                encode(cs[i++]); // a surrogate
            }
        }
    }

    private void encode(char c) throws IOException {
        if (count > bytes.length - 4) {
            flushBuffer();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                count = fourBytes(bytes, count, Character.toCodePoint(high, c));
                return;
            }
            bytes[count++] = '?';
            if (count > bytes.length - 4) {
                flushBuffer();
            }
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    // Direct writes: exporters put markup and escaped text straight into the byte buffer, in one pass over the
    // text, instead of building chars in a StringBuilder and encoding them in a second pass.

    /** The UTF-8 bytes of a constant (markup, JSON keys and punctuation), for {@link #writeBytes}. */
    public static byte[] utf8(String constant) {
        return constant.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes UTF-8 bytes encoded once, as {@link #utf8(String)} makes them. */
    public void writeBytes(byte[] utf8) throws IOException {
        endPendingSurrogate();
        if (utf8.length > bytes.length - count) {
            flushBuffer();
            if (utf8.length > bytes.length) {
                out.write(utf8);
                return;
            }
        }
        System.arraycopy(utf8, 0, bytes, count, utf8.length);
        count += utf8.length;
    }

    /** Writes {@code value} in decimal. */
    public void writeInt(int value) throws IOException {
        endPendingSurrogate();
        if (bytes.length - count < 11) {
            flushBuffer();
        }
        long v = value;
        if (v < 0) {
            bytes[count++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = 10; p <= v; p *= 10) {
            digits++;
        }
        for (int i = count + digits - 1; i >= count; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        count += digits;
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

    private static int fourBytes(byte[] b, int n, int cp) {
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
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

    /** Before bytes that are not text: a high surrogate still waiting for its low half becomes '?'. */
    private void endPendingSurrogate() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (count >= bytes.length) {
                flushBuffer();
            }
            bytes[count++] = '?';
        }
    }

    private void flushBuffer() throws IOException {
        if (closed) {
            throw new IOException("writer closed");
        }
        if (count > 0) {
            out.write(bytes, 0, count);
            count = 0;
        }
    }

    /** Writes out the buffer; a high surrogate at the very end waits for the next write (it may bring its pair). */
    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /**
     * Ends the text without closing the stream (exporters do not own it): an unpaired high surrogate at the very end
     * becomes '?', then everything is flushed.
     */
    public void finish() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (count >= bytes.length) {
                flushBuffer();
            }
            bytes[count++] = '?';
        }
        flush();
    }

    /** {@link #finish()}, then closes the stream. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            finish();
        } finally {
            closed = true;
            out.close();
        }
    }
}
