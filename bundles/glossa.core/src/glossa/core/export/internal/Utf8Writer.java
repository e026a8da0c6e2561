package glossa.core.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered UTF-8 writer for exports. It writes the same bytes as an {@code OutputStreamWriter} for UTF-8 (a
 * surrogate without its pair becomes {@code '?'}), but encodes in one tight loop over its own byte buffer: the JDK's
 * encoder takes a slow path per character as soon as text is not ASCII, and export text is mostly Chinese.
 *
 * <p>{@link #append(CharSequence)} copies a {@link StringBuilder} in chunks instead of making a String of it, so
 * exporters can build pieces in a reused builder. Not thread-safe.</p>
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
                int cp = Character.toCodePoint(high, c);
                bytes[count++] = (byte) (0xF0 | cp >> 18);
                bytes[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | cp & 0x3F);
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
