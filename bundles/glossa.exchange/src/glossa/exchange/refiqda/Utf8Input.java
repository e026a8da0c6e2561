package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import glossa.exchange.imports.ImportFormatException;

/**
 * The input side of {@link Utf8QdeXml}: the bytes as they arrive (refilled and compacted, so that a whole tag or a
 * short value can be looked at in place), the line and column for messages, and the character level of XML: UTF-8
 * decoding, the five predefined entities and character references, line-end normalisation, comments and CDATA.
 * Decoded characters go to {@link #chars}; the parser swaps that buffer while it reads an attribute value. Fields are
 * read and written by the parser directly: they are its hot loop.
 */
final class Utf8Input {

    final InputStream in;
    final String file;
    byte[] buf = new byte[1 << 16];
    int pos;
    int limit;
    boolean eof;
    /** The absolute offset of {@code buf[0]} and of the current line's start, for columns. */
    long base;
    long lineStart;
    /** UTF-8 continuation bytes of the current line that {@link #fill} compacted away: they are no characters. */
    private long droppedContinuations;
    int line = 1;
    char[] chars = new char[256];
    int charCount;

    Utf8Input(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The column of {@link #pos}, 1-based, in code points as {@link ImportFormatException} counts (errors only). */
    int column() {
        long continuations = droppedContinuations + lineContinuationsBeforePos();
        return (int) Math.max(1, base + pos - lineStart - continuations + 1);
    }

    /** The UTF-8 continuation bytes of the current line still in the buffer, before {@link #pos}. */
    private int lineContinuationsBeforePos() {
        int count = 0;
        for (int i = (int) Math.max(0, lineStart - base); i < pos; i++) {
            if ((buf[i] & 0xC0) == 0x80) {
                count++;
            }
        }
        return count;
    }

    ImportFormatException malformed(String reason) {
        return new ImportFormatException(line, column(),
                (file.isEmpty() ? "" : file + ": ") + "not well-formed XML: " + reason);
    }

    /** Character data to the next '<', checked but not kept. */
    void skipText() throws ImportFormatException {
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
            skipChar(b);
        }
    }

    /**
     * Past the character that starts with {@code b}, not kept but checked as a kept one is (a legal XML character in
     * well-formed UTF-8), its line end counted.
     */
    private void skipChar(byte b) throws ImportFormatException {
        if (b >= 0x20 || b == '\t') {
            pos++;
        } else if (b == '\n') {
            newLine(pos + 1);
            pos++;
        } else if (b == '\r') {
            skippedCr();
            pos++;
        } else {
            int kept = charCount;
            decodeChar(b);
            charCount = kept;
        }
    }

    /** Character data to the next '<', decoded and kept. */
    void decodeText() throws ImportFormatException {
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
            } else if (b == '\r' || b == '\n') {
                lineEnd(b);
                append('\n');
            } else {
                decodeChar(b);
            }
        }
    }

    /** After "<![CDATA[": to the "]]>", kept when {@code keep}. */
    void cdata(boolean keep) throws ImportFormatException {
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
                lineEnd(b);
                if (keep) {
                    append('\n');
                }
            } else if (keep) {
                decodeChar(b);
            } else {
                skipChar(b);
            }
        }
    }

    /** After "<!--": to the "-->". */
    void comment() throws ImportFormatException {
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
            skipChar(b);
        }
    }

    /** After '&': a predefined entity or a character reference, appended to {@link #chars}. */
    void reference() throws ImportFormatException {
        StringBuilder ref = new StringBuilder(8);
        boolean leadingZeros = false;
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
            if (b == '0' && (ref.length() == 1 || ref.length() == 2 && ref.charAt(1) == 'x') && ref.charAt(0) == '#') {
                leadingZeros = true; // XML allows any number; not kept, so they do not count to the limit
                continue;
            }
            if (leadingZeros && ref.length() == 1) {
                ref.append('0'); // "&#0x41;" stays a malformed decimal reference
                leadingZeros = false;
            }
            ref.append((char) (b & 0xFF));
        }
        if (leadingZeros && (ref.length() == 1 || ref.length() == 2 && ref.charAt(1) == 'x')) {
            ref.append('0'); // "&#x000;" is "&#x0;"
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
                    throw new ImportFormatException(line, column(),
                            (file.isEmpty() ? "" : file + ": ") + "entity reference &" + r + "; is not allowed");
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

    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Decodes the UTF-8 character starting with {@code b} (at {@link #pos}) into {@link #chars}. */
    void decodeChar(byte b) throws ImportFormatException {
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

    void append(char c) {
        if (charCount == chars.length) {
            chars = Arrays.copyOf(chars, charCount * 2);
        }
        chars[charCount++] = c;
    }

    /** Skips white space; whether there was any. */
    boolean skipSpace() throws ImportFormatException {
        boolean any = false;
        while (pos < limit || fill()) {
            byte b = buf[pos];
            if (b == '\n') {
                newLine(pos + 1);
            } else if (b == '\r') {
                skippedCr();
            } else if (b != ' ' && b != '\t') {
                break;
            }
            pos++;
            any = true;
        }
        return any;
    }

    byte need() throws ImportFormatException {
        if (pos == limit && !fill()) {
            throw malformed("the document ends inside a tag");
        }
        return buf[pos];
    }

    void newLine() {
        newLine(pos);
    }

    void newLine(int nextLineAt) {
        line++;
        lineStart = base + nextLineAt;
        droppedContinuations = 0;
    }

    /** The byte {@code ahead} places after {@link #pos}, or 0 past the end. */
    byte peekAt(int ahead) throws ImportFormatException {
        if (pos + ahead >= limit) {
            ensure(ahead + 1);
        }
        return pos + ahead < limit ? buf[pos + ahead] : 0;
    }

    boolean startsWith(String ascii) throws ImportFormatException {
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
    void ensure(int n) throws ImportFormatException {
        while (limit - pos < n && !eof) {
            if (!fill()) {
                return;
            }
        }
    }

    /** Reads more input, keeping the bytes from {@link #pos} on; false at the end of the input. */
    boolean fill() throws ImportFormatException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            droppedContinuations += lineContinuationsBeforePos();
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

    /** Moves past the next {@code end} (an ASCII marker such as "?>"), counting lines; fails with {@code unclosed}. */
    void skipPast(String end, String unclosed) throws ImportFormatException {
        byte first = (byte) end.charAt(0);
        while (true) {
            if (pos == limit && !fill()) {
                throw malformed(unclosed);
            }
            byte b = buf[pos];
            if (b == first && startsWith(end)) {
                pos += end.length();
                return;
            }
            skipChar(b);
        }
    }

    /**
     * At a CR at {@link #pos} in markup or text that is not kept: a line end unless an LF follows, which then counts
     * (a lone CR ends a line, as in {@link #lineEnd}).
     */
    void skippedCr() throws ImportFormatException {
        if (peekAt(1) != '\n') {
            newLine(pos + 1);
        }
    }

    /** Past a line end at {@link #pos} ({@code b}: CR, LF; CR LF is one line end, as XML normalises it). */
    void lineEnd(byte b) throws ImportFormatException {
        pos++;
        if (b == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
            pos++;
        }
        newLine();
    }
}
