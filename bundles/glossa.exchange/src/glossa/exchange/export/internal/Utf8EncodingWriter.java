package glossa.exchange.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A buffered UTF-8 writer. It writes the same bytes as an {@code OutputStreamWriter} for UTF-8 (a surrogate without
 * its pair becomes {@code '?'}), but encodes in one tight loop over its own byte buffer: the JDK's encoder takes a slow
 * path per character as soon as text is not ASCII, and export text is mostly Chinese.
 *
 * <p>{@link #append(CharSequence)} copies a {@link StringBuilder} in chunks instead of making a String of it;
 * {@link #writeBytes} writes markup encoded once and {@link #writeInt} a number, with no chars in between. The byte
 * buffer, the surrogate state and the flushing live here; {@link Utf8Writer} adds the writes that escape text for
 * HTML, JSON and XML straight into the same buffer. Not thread-safe.</p>
 */
public abstract sealed class Utf8EncodingWriter extends Writer permits Utf8Writer {

    private static final int CHUNK = 4096;

    private final OutputStream out;
    /** The encoded bytes not yet written out: {@code bytes[0, count)}. */
    final byte[] bytes;
    int count;
    private final char[] chars = new char[CHUNK];
    /** A high surrogate at the end of the last write, waiting for its low half; 0 if none. */
    char pendingHigh;
    private boolean closed;

    Utf8EncodingWriter(OutputStream out, int bufferSize) {
        this.out = Objects.requireNonNull(out);
        this.bytes = new byte[Math.max(16, bufferSize)];
    }

    @Override
    public final void write(int c) throws IOException {
        encode((char) c);
    }

    @Override
    public final void write(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        encode(cbuf, off, off + len);
    }

    @Override
    public final void write(String s, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, s.length());
        copyAndEncode(s, off, off + len);
    }

    @Override
    public final Writer append(CharSequence csq) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        copyAndEncode(s, 0, s.length());
        return this;
    }

    @Override
    public final Writer append(CharSequence csq, int start, int end) throws IOException {
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

    final void encode(char c) throws IOException {
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
            bytes[count++] = '?'; // count <= length - 3 here: the up to three bytes below still fit
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

    // Direct writes: markup and numbers go straight into the byte buffer.

    /** The UTF-8 bytes of a constant (markup, JSON keys and punctuation), for {@link #writeBytes}. */
    public static byte[] utf8(String constant) {
        return constant.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes UTF-8 bytes encoded once, as {@link #utf8(String)} makes them. */
    public final void writeBytes(byte[] utf8) throws IOException {
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
    public final void writeInt(int value) throws IOException {
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

    /** The four UTF-8 bytes of the supplementary code point {@code cp} at {@code b[n]}; returns the next index. */
    static int fourBytes(byte[] b, int n, int cp) {
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
        return n;
    }

    /**
     * Before bytes that are not text: a high surrogate still waiting for its low half becomes '?'. It always fits: a
     * surrogate is kept waiting only with at least four bytes free, and every write ends it before writing.
     */
    final void endPendingSurrogate() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            bytes[count++] = '?';
        }
    }

    final void flushBuffer() throws IOException {
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
    public final void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /**
     * Ends the text without closing the stream (exporters do not own it): an unpaired high surrogate at the very end
     * becomes '?', then everything is flushed.
     */
    public final void finish() throws IOException {
        endPendingSurrogate();
        flush();
    }

    /** {@link #finish()}, then closes the stream. */
    @Override
    public final void close() throws IOException {
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
