package glossa.core.io;

import static glossa.core.io.SidecarDecline.DECLINE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes {@link SidecarFastWriter} writes: one growing UTF-8 array, text escaped as EMF escapes it and encoded as
 * {@link Utf8XmlWriter} encodes it, and the length of the current line as EMF counts it, which decides where EMF wraps
 * attributes. Not thread-safe; one instance holds one document.
 */
final class SidecarByteOutput {

    /** EMF's line separator when none is given: the platform's, read when EMF's classes load. */
    private static final byte[] LINE_SEPARATOR = System.getProperty("line.separator").getBytes(StandardCharsets.UTF_8);

    private byte[] out;
    private int size;
    /** The length of the current line as EMF counts it: UTF-16 units of the escaped text, before UTF-8. */
    private int width;

    /** @param estimate the expected size in bytes, so the array rarely has to grow */
    SidecarByteOutput(int estimate) {
        this.out = new byte[Math.max(1024, estimate)];
    }

    byte[] toByteArray() {
        return Arrays.copyOf(out, size);
    }

    /** The length of the current line as EMF counts it. */
    int width() {
        return width;
    }

    /** Counts the current line as {@code width} long, where EMF's count differs from what was written. */
    void countWidthAs(int width) {
        this.width = width;
    }

    /**
     * {@code text} escaped as EMF's {@code Escape.convert} (attributes) or {@code convertText} (element text) does,
     * then encoded as {@link Utf8XmlWriter} encodes: the five XML specials EMF escapes, tab and line ends as
     * references in attributes, other C0 controls as references (XML 1.1), U+007F–U+009F and U+2028 as references.
     */
    void text(String text, boolean inAttribute) {
        int length = text.length();
        ensure(size + 8 * length);
        byte[] b = out;
        int at = size;
        int counted = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                switch (c) {
                    case '&' -> {
                        at = put(b, at, "&amp;");
                        counted += 4;
                    }
                    case '<' -> {
                        at = put(b, at, "&lt;");
                        counted += 3;
                    }
                    case '"' -> {
                        at = put(b, at, "&quot;");
                        counted += 5;
                    }
                    case '>' -> {
                        if (!inAttribute && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                            at = put(b, at, "&gt;");
                            counted += 3;
                        } else {
                            b[at++] = '>';
                        }
                    }
                    default -> b[at++] = (byte) c;
                }
                counted++;
            } else if (c < 0x20) {
                if (c == 0) {
                    throw DECLINE;
                }
                if (!inAttribute && c == '\t') {
                    b[at++] = '\t';
                    counted++;
                } else if (!inAttribute && c == '\n') {
                    // EMF writes the platform's line separator. The count does not matter: a new line follows text.
                    for (byte separator : LINE_SEPARATOR) {
                        b[at++] = separator;
                    }
                } else {
                    int before = at;
                    at = Utf8XmlWriter.reference(b, at, c);
                    counted += at - before;
                }
            } else if (c <= 0x9F || c == 0x2028) {
                // Restricted in XML 1.1: EMF writes the character, Utf8XmlWriter the reference, EMF counts one.
                at = Utf8XmlWriter.reference(b, at, c);
                counted++;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
                counted++;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw DECLINE;
                }
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                b[at++] = (byte) (0xF0 | (codePoint >> 18));
                b[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (codePoint & 0x3F));
                counted += 2;
            } else if (Character.isLowSurrogate(c) || c >= 0xFFFE) {
                throw DECLINE;
            } else {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
                counted++;
            }
        }
        size = at;
        width += counted;
    }

    private static int put(byte[] b, int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[at++] = (byte) ascii.charAt(i);
        }
        return at;
    }

    /** {@code value} in decimal, as {@code Integer.toString} writes it. */
    void integer(int value) {
        if (value < 0) {
            ascii(Integer.toString(value));
            return;
        }
        int digits = 1;
        for (int rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        ensure(size + digits);
        for (int i = size + digits - 1, rest = value; i >= size; i--, rest /= 10) {
            out[i] = (byte) ('0' + rest % 10);
        }
        size += digits;
        width += digits;
    }

    /** Two spaces per level. */
    void indent(int levels) {
        int spaces = 2 * levels;
        ensure(size + spaces);
        Arrays.fill(out, size, size + spaces, (byte) ' ');
        size += spaces;
        width += spaces;
    }

    void newLine() {
        bytes(LINE_SEPARATOR);
        width = 0;
    }

    /** Constant ASCII bytes: names, markup. */
    void bytes(byte[] ascii) {
        ensure(size + ascii.length);
        System.arraycopy(ascii, 0, out, size, ascii.length);
        size += ascii.length;
        width += ascii.length;
    }

    void ascii(String ascii) {
        ensure(size + ascii.length());
        size = put(out, size, ascii);
        width += ascii.length();
    }

    void ascii(char c) {
        ensure(size + 1);
        out[size++] = (byte) c;
        width++;
    }

    private void ensure(int capacity) {
        if (capacity > out.length) {
            out = Arrays.copyOf(out, Math.max(capacity, out.length + (out.length >> 1)));
        }
    }
}
