package glossa.exchange.export.internal;

import glossa.core.codebook.TypeColor;

/** HTML escaping for text and attribute values; everything from a document goes through here. */
public final class Html {

    private Html() {
    }

    /** Escapes for element content and quoted attribute values alike; drops characters HTML forbids. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // the common case: nothing to escape, no copy
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), sb);
        return sb.toString();
    }

    /** Appends {@code s[begin, end)} escaped as {@link #escape(String)} does, without a substring. */
    public static void escape(CharSequence s, int begin, int end, StringBuilder sb) {
        int run = begin; // start of the pending run of characters that need no escape, appended in one go
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append('\uFFFD');
            }
        }
        sb.append(s, run, end);
    }

    private static boolean needsEscape(char c) {
        return switch (c) {
            case '&', '<', '>', '"', '\'', 0x7F -> true;
            default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r';
        };
    }

    /** A colour safe to put into CSS: the type's own when it is #RRGGBB, else {@link TypeColor#FALLBACK}. */
    public static String safeColor(String color) {
        return TypeColor.isValid(color) ? color.toUpperCase(java.util.Locale.ROOT) : TypeColor.FALLBACK;
    }
}
