package glossa.exchange.refiqda;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * REFI-QDA GUIDs for Glossa objects. They are stable across exports: a Glossa id of the form {@code a-<uuid>} gives
 * that UUID back, any other key a name-based (version 3) UUID of its kind and key, so the same type, annotation,
 * author or article gets the same GUID in every export and other tools can match what they imported before.
 */
public final class Guids {

    /** The schema's GUIDType: 8-4-4-4-12 hex digits, optionally in braces; either case. */
    private static final Pattern GUID = Pattern
            .compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private Guids() {
    }

    /** A name-based GUID for {@code key} among objects of {@code kind} ("type", "user", "source", ...). */
    public static String named(String kind, String key) {
        return UUID.nameUUIDFromBytes(("glossa:" + kind + ':' + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The GUID of a Glossa id: the UUID after a one-letter prefix ({@code a-}, {@code r-}), else name-based. */
    public static String ofId(String kind, String id) {
        if (id != null && id.length() == 38 && id.charAt(1) == '-' && GUID.matcher(id.substring(2)).matches()) {
            return id.substring(2).toLowerCase(Locale.ROOT);
        }
        return named(kind, String.valueOf(id));
    }

    /** Whether {@code value} is a GUID as the schema allows it. */
    public static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }

    /** The canonical form for comparing GUIDs: lower case, no braces (ATLAS.ti writes upper case). */
    public static String canonical(String guid) {
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
