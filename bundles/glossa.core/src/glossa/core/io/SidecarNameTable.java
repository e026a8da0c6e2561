package glossa.core.io;

/**
 * The element and attribute names of the sidecar format in a fixed open-addressing table, looked up by a range of
 * characters and its String hash, so that {@link SidecarXmlScanner} makes no new String for a known name.
 */
final class SidecarNameTable {

    /** Every name the format uses in a tag. */
    static final SidecarNameTable FORMAT = new SidecarNameTable("activeFilter", "anchor", "anchorScore",
            "annotations", "attributes", "author", "authors", "begin", "builtIn", "byteOrderMark", "children",
            "choices", "codebook", "color", "confidence", "contentHash", "created", "description", "encoding", "end", "filters",
            "formatVersion", "hiddenTypes", "id", "kind", "level", "memo", "modified", "name", "number", "prefix",
            "quote", "recommender", "relations", "retired", "sections", "sectionsCorrected", "shortcut", "source",
            "sourcePath", "status", "statuses", "style", "suffix", "target", "text", "title", "type", "value",
            "xmi:version", "xmlns:glossa", "xmlns:xmi", "glossa:Document");

    private final String[] slots = new String[256];

    private SidecarNameTable(String... names) {
        for (String name : names) {
            int i = name.hashCode() & (slots.length - 1);
            while (slots[i] != null) {
                i = (i + 1) & (slots.length - 1);
            }
            slots[i] = name;
        }
    }

    /** The known name equal to {@code chars[start, start + length)}, whose String hash is {@code hash}; else null. */
    String find(char[] chars, int start, int length, int hash) {
        for (int i = hash & (slots.length - 1);; i = (i + 1) & (slots.length - 1)) {
            String name = slots[i];
            if (name == null) {
                return null;
            }
            if (name.hashCode() == hash && name.length() == length && matches(name, chars, start)) {
                return name;
            }
        }
    }

    private static boolean matches(String name, char[] chars, int start) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }
}
