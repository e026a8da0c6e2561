package glossa.core.io;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what EMF saves straight into a growing UTF-8 byte array, writing the characters
 * {@link RestrictedCharacters} is about as references on the way.
 *
 * <p>It produces the same bytes as an {@code OutputStreamWriter} for UTF-8 followed by
 * {@link RestrictedCharacters#escape(byte[])} (an unpaired surrogate becomes {@code ?}, as with the JDK encoder's
 * replacement), without the encoder's char-buffer round trips and without the second pass over the bytes: together
 * they were about a fifth of a large save. Not thread-safe; one per save.</p>
 */
final class Utf8XmlWriter extends Writer {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the previous write, waiting for its low half; 0 if none. */
    private char pendingHigh;

    Utf8XmlWriter(int initialCapacity) {
        bytes = new byte[Math.max(64, initialCapacity)];
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int end = offset + length;
        int at = offset;
        if (pendingHigh != 0 && at < end) {
            char next = chars[at];
            if (Character.isLowSurrogate(next)) {
                writeCodePoint(Character.toCodePoint(pendingHigh, next));
                at++;
            } else {
                writeByte('?');
            }
            pendingHigh = 0;
        }
        ensure(size + 3 * (end - at));
        byte[] out = bytes;
        int position = size;
        while (at < end) {
            char c = chars[at];
            if (c < 0x7F) {
                out[position++] = (byte) c;
                at++;
                continue;
            }
            size = position;
            if (c <= 0x9F || c == 0x2028) {
                writeReference(c);
            } else if (c < 0x800) {
                ensure(size + 2);
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (at + 1 == end) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(chars[at + 1])) {
                    writeCodePoint(Character.toCodePoint(c, chars[at + 1]));
                    at++;
                } else {
                    writeByte('?');
                }
            } else if (Character.isLowSurrogate(c)) {
                writeByte('?');
            } else {
                ensure(size + 3);
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
            at++;
            ensure(size + 3 * (end - at));
            out = bytes;
            position = size;
        }
        size = position;
    }

    @Override
    public void write(String text, int offset, int length) {
        char[] chars = new char[length];
        text.getChars(offset, offset + length, chars, 0);
        write(chars, 0, length);
    }

    @Override
    public void flush() {
        // Everything is in the array already.
    }

    @Override
    public void close() {
        // Nothing to release; the bytes stay available.
    }

    /** The bytes written so far; a pending unpaired high surrogate counts as {@code ?}. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            writeByte('?');
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    private void writeCodePoint(int codePoint) {
        ensure(size + 4);
        bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
    }

    private void writeReference(char c) {
        ensure(size + 8);
        size = reference(bytes, size, c);
    }

    /**
     * Writes {@code &#x7F;}, {@code &#x85;}, {@code &#x2028;}, {@code &#x1F;} for {@code c} at {@code at} (up to 8
     * bytes): upper-case hex without leading zeros, as EMF and {@link RestrictedCharacters} write references.
     * Returns the position after it. Shared with {@link SidecarFastWriter}.
     */
    static int reference(byte[] b, int at, char c) {
        b[at++] = '&';
        b[at++] = '#';
        b[at++] = 'x';
        boolean started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            int digit = (c >> shift) & 0xF;
            if (digit != 0 || started || shift == 0) {
                b[at++] = HEX[digit];
                started = true;
            }
        }
        b[at++] = ';';
        return at;
    }

    private void writeByte(char ascii) {
        ensure(size + 1);
        bytes[size++] = (byte) ascii;
    }

    private void ensure(int capacity) {
        if (capacity > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length + (bytes.length >> 1)));
        }
    }
}
