package glossa.exchange.refiqda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * REFI-QDA GUIDs for Glossa objects. They are stable across exports: a Glossa id of the form {@code a-<uuid>} gives
 * that UUID back, any other key a name-based (version 3) UUID of its kind and key, so the same type, annotation,
 * author or article gets the same GUID in every export and other tools can match what they imported before.
 */
public final class Guids {

    private Guids() {
    }

    /** A name-based GUID for {@code key} among objects of {@code kind} ("type", "user", "source", ...). */
    public static String named(String kind, String key) {
        // UUID.nameUUIDFromBytes, with the digest kept per thread: it looked the MD5 provider up on every call, and
        // an export names two or three objects per annotation.
        byte[] md5 = MD5.get().digest(("glossa:" + kind + ':' + key).getBytes(StandardCharsets.UTF_8));
        md5[6] &= 0x0f;
        md5[6] |= 0x30; // version 3
        md5[8] &= 0x3f;
        md5[8] |= (byte) 0x80; // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | md5[i] & 0xff;
            lsb = lsb << 8 | md5[8 + i] & 0xff;
        }
        return new UUID(msb, lsb).toString();
    }

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new InternalError("MD5 not supported", e); // as UUID.nameUUIDFromBytes: every JDK has it
        }
    });

    /** The GUID of a Glossa id: the UUID after a one-letter prefix ({@code a-}, {@code r-}), else name-based. */
    public static String ofId(String kind, String id) {
        if (id != null && id.length() == 38 && id.charAt(1) == '-' && isBareGuid(id, 2)) {
            String guid = id.substring(2);
            return isLowerCaseBare(guid) ? guid : guid.toLowerCase(Locale.ROOT);
        }
        return named(kind, String.valueOf(id));
    }

    /**
     * Whether {@code value} is a GUID as the schema's GUIDType allows it: 8-4-4-4-12 hex digits in either case,
     * optionally in braces. Checked by hand: an import checks every element's GUID, and a regular expression made
     * that a tenth of the import.
     */
    public static boolean isGuid(String value) {
        if (value == null) {
            return false;
        }
        int from = value.startsWith("{") ? 1 : 0;
        int to = value.endsWith("}") ? value.length() - 1 : value.length();
        return to - from == 36 && isBareGuid(value, from);
    }

    /** Whether the 36 characters of {@code s} from {@code from} are 8-4-4-4-12 hex digits. */
    private static boolean isBareGuid(String s, int from) {
        if (s.length() - from < 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(from + i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The canonical form for comparing GUIDs: lower case, no braces (ATLAS.ti writes upper case). */
    public static String canonical(String guid) {
        if (isLowerCaseBare(guid)) {
            return guid; // what Glossa and most tools write: no copy (an import looks up several per coding)
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code s} is 36 printable ASCII characters, none upper case or a brace: its own canonical form. */
    private static boolean isLowerCaseBare(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c <= ' ' || c > 0x7E || c == '{' || c == '}') {
                return false;
            }
        }
        return true;
    }
}
