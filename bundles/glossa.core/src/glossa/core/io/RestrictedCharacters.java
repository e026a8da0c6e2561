package glossa.core.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the characters XML 1.1 does not let a document carry literally into character references, in UTF-8 XML that
 * EMF has just written.
 *
 * <p>EMF's XML 1.1 escaping covers U+0001–U+001F but writes U+007F–U+009F and U+2028 as they stand. A parser then
 * refuses the restricted characters U+007F–U+0084 and U+0086–U+009F, and folds the line ends U+0085 and U+2028 into a
 * plain line feed or space: a memo or quote holding one would make its sidecar unreadable, or silently change it on
 * the next load. As references ({@code &#x85;}) they survive. The scan works on the bytes: in UTF-8 these characters
 * are the byte 0x7F and the sequences C2 80–C2 9F and E2 80 A8, which occur nowhere else, and they can only stand in
 * attribute values and text, where a reference means the same character.</p>
 */
public final class RestrictedCharacters {

    private RestrictedCharacters() {
    }

    /** {@code xml} with every such character as a reference; {@code xml} itself when it holds none (the usual case). */
    public static byte[] escape(byte[] xml) {
        int first = firstAt(xml, 0);
        if (first < 0) {
            return xml;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 64);
        int copied = 0;
        for (int at = first; at >= 0; at = firstAt(xml, copied)) {
            out.write(xml, copied, at - copied);
            int length = xml[at] == 0x7F ? 1 : xml[at] == (byte) 0xC2 ? 2 : 3;
            int codePoint = new String(xml, at, length, StandardCharsets.UTF_8).codePointAt(0);
            out.writeBytes(("&#x" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + ";")
                    .getBytes(StandardCharsets.US_ASCII));
            copied = at + length;
        }
        out.write(xml, copied, xml.length - copied);
        return out.toByteArray();
    }

    private static int firstAt(byte[] xml, int from) {
        for (int i = from; i < xml.length; i++) {
            byte b = xml[i];
            if (b == 0x7F) {
                return i;
            }
            if (b == (byte) 0xC2 && i + 1 < xml.length && (xml[i + 1] & 0xFF) >= 0x80 && (xml[i + 1] & 0xFF) <= 0x9F) {
                return i;
            }
            if (b == (byte) 0xE2 && i + 2 < xml.length && xml[i + 1] == (byte) 0x80 && xml[i + 2] == (byte) 0xA8) {
                return i;
            }
        }
        return -1;
    }
}
