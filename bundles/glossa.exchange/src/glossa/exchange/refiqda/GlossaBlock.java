package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What REFI-QDA has no element for travels in a {@code Description} as a trailing block that people can read in any
 * QDA tool and Glossa can parse back:
 *
 * <pre>
 * An assertion of fact or judgement made by an actor.
 *
 * [Glossa]
 * id: claim
 * attribute: stance | choice | supportive, critical, neutral | The actor's stance.
 * </pre>
 *
 * One {@code key: value} per line. Values escape backslash, line breaks, and (inside lists) the separators {@code |}
 * and {@code ,} with a backslash. A description without the block is all free text.
 */
final class GlossaBlock {

    static final String MARKER = "[Glossa]";

    /** The free text before the block (null when empty) and the entries in order. */
    record Parsed(String freeText, List<Map.Entry<String, String>> entries) {

        String first(String key) {
            for (Map.Entry<String, String> e : entries) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
            return null;
        }

        List<String> all(String key) {
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, String> e : entries) {
                if (e.getKey().equals(key)) {
                    values.add(e.getValue());
                }
            }
            return values;
        }
    }

    /** The key naming the section whose memo an uncoded selection holds (its path, as SectionIndex gives it). */
    static final String SECTION_MEMO = "sectionMemo";

    private GlossaBlock() {
    }

    /** The description text: free text, a blank line and the block; null when both are empty. */
    static String compose(String freeText, List<Map.Entry<String, String>> entries) {
        boolean hasText = freeText != null && !freeText.isEmpty();
        if (entries.isEmpty()) {
            return hasText ? freeText : null;
        }
        StringBuilder sb = new StringBuilder();
        if (hasText) {
            sb.append(freeText).append("\n\n");
        }
        sb.append(MARKER);
        for (Map.Entry<String, String> e : entries) {
            sb.append('\n').append(e.getKey()).append(": ").append(escape(e.getValue()));
        }
        return sb.toString();
    }

    static Parsed parse(String description) {
        if (description == null || description.isEmpty()) {
            return new Parsed(null, List.of());
        }
        String text = description.replace("\r\n", "\n");
        int at;
        String free;
        if (text.startsWith(MARKER + "\n") || text.equals(MARKER)) {
            at = 0;
            free = null;
        } else {
            int marker = text.lastIndexOf("\n\n" + MARKER + "\n");
            if (marker < 0 && text.endsWith("\n\n" + MARKER)) {
                marker = text.length() - MARKER.length() - 2;
            }
            if (marker < 0) {
                return new Parsed(description, List.of());
            }
            free = text.substring(0, marker);
            at = marker + 2;
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        String[] lines = text.substring(at + MARKER.length()).split("\n");
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                entries.add(Map.entry(line.substring(0, colon), unescape(line.substring(colon + 2))));
            }
        }
        return new Parsed(free == null || free.isEmpty() ? null : free, entries);
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Joins list items with {@code ", "} or {@code " | "}, escaping backslash, the separator and a space at either
     * end of an item with a backslash (applied before {@link #escape}).
     */
    static String join(List<String> items, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(separator == ',' ? ", " : " | ");
            }
            String item = items.get(i) == null ? "" : items.get(i);
            for (int j = 0; j < item.length(); j++) {
                char c = item.charAt(j);
                if (c == '\\' || c == separator || c == ' ' && (j == 0 || j == item.length() - 1)) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The items {@link #join} joined. */
    static List<String> split(String value, char separator) {
        List<String> items = new ArrayList<>();
        int segment = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == separator) {
                items.add(item(value.substring(segment, i)));
                segment = i + 1;
            } else if (value.charAt(i) == '\\') {
                i++; // the escaped character is never a separator
            }
        }
        return items;
    }

    /** One raw segment: the padding space on each side (unescaped) removed, then unescaped. */
    private static String item(String raw) {
        int b = raw.startsWith(" ") ? 1 : 0;
        int e = raw.length();
        if (e > b && raw.charAt(e - 1) == ' ' && !escaped(raw, e - 1)) {
            e--;
        }
        StringBuilder sb = new StringBuilder(e - b);
        for (int i = b; i < e; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < e) {
                c = raw.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean escaped(String s, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
