package glossa.exchange.refiqda;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import glossa.exchange.imports.ImportFormatException;

/**
 * Element and attribute names as {@link Utf8QdeXml} reads them: found with a table of the bytes that end a name, and
 * matched in the input buffer against the names seen before, so that a name read again is the same String and costs
 * no allocation (a project repeats a dozen names hundreds of thousands of times). Names are interned, so that a
 * reader's look-up by a literal name ({@code attr("guid")}) finds it by identity rather than comparing characters.
 */
final class XmlNames {

    static final int MAX_NAME = 1024;
    /** Bytes that end a name. */
    private static final boolean[] NAME_END = new boolean[256];

    static {
        for (char c : " \n\r\t>/=<\"'?!&".toCharArray()) {
            NAME_END[c] = true;
        }
    }

    private final String[] nameCacheValue = new String[512];
    private final byte[][] nameCacheKey = new byte[512][];

    /** A name (element or attribute), the same String for the same bytes. */
    String read(Utf8Input src) throws ImportFormatException {
        if (src.limit - src.pos <= MAX_NAME) {
            src.ensure(MAX_NAME + 1);
        }
        int start = src.pos;
        int end = start;
        int hash = 0;
        while (end < src.limit && !NAME_END[src.buf[end] & 0xFF]) {
            hash = 31 * hash + src.buf[end];
            end++;
        }
        int length = end - start;
        if (length > MAX_NAME) {
            throw src.malformed("a name longer than " + MAX_NAME + " bytes");
        }
        byte first = length == 0 ? 0 : src.buf[start];
        if (length == 0 || (first >= '0' && first <= '9') || first == '-' || first == '.') {
            throw src.malformed("a name is expected");
        }
        src.pos = end;
        int slot = hash & (nameCacheKey.length - 1);
        byte[] key = nameCacheKey[slot];
        if (key != null && key.length == length && Arrays.equals(key, 0, length, src.buf, start, end)) {
            return nameCacheValue[slot];
        }
        String value = new String(src.buf, start, length, StandardCharsets.UTF_8);
        if (value.indexOf('\uFFFD') >= 0) {
            throw src.malformed("a name is not valid UTF-8");
        }
        String interned = value.intern();
        nameCacheKey[slot] = Arrays.copyOfRange(src.buf, start, end);
        nameCacheValue[slot] = interned;
        return interned;
    }

    static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }
}
