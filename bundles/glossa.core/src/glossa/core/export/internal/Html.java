package glossa.core.export.internal;

import java.util.regex.Pattern;

/** HTML escaping for text and attribute values; everything from a document goes through here. */
public final class Html {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Html() {
    }

    /** Escapes for element content and quoted attribute values alike; drops characters HTML forbids. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A colour safe to put into CSS: the type's own when it is #RRGGBB, else a neutral grey. */
    public static String safeColor(String color) {
        return color != null && COLOR.matcher(color).matches() ? color.toUpperCase(java.util.Locale.ROOT) : "#9E9E9E";
    }
}
