package glossa.core.sections;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter at the very start of a Markdown or text file ({@code ---} … {@code ---}): where it ends and its
 * flat {@code key: value} pairs. Nested YAML is not read; such lines are skipped.
 */
public final class FrontMatter {

    /** Front matter longer than this is not front matter but a text that happens to start with a rule. */
    public static final int MAX_CHARS = 16 * 1024;

    private static final Pattern LINE = Pattern.compile("^([A-Za-z_][\\w -]*?)\\s*:\\s*(.*)$");
    /**
     * The header a reader service (r.jina.ai) puts above a page it turned into Markdown: "Title: …", "URL Source: …",
     * optionally "Published Time: …", then "Markdown Content:".
     */
    private static final Pattern READER_HEADER = Pattern.compile(
            "Title: [^\\r\\n]*\\R+(?:[A-Z][A-Za-z ]{1,30}: [^\\r\\n]*\\R+){0,4}Markdown Content:\\R");

    private FrontMatter() {
    }

    /** The offset after the closing {@code ---} (or {@code ...}) line, or 0 when the text has no front matter. */
    public static int end(String text) {
        Matcher reader = READER_HEADER.matcher(text);
        if (reader.lookingAt()) {
            return reader.end();
        }
        if (!text.startsWith("---") || !text.substring(0, SectionDetector.lineEnd(text, 0)).strip().equals("---")) {
            return 0;
        }
        int limit = Math.min(text.length(), MAX_CHARS);
        for (int start = SectionDetector.nextLine(text, SectionDetector.lineEnd(text, 0)); start < limit;
                start = SectionDetector.nextLine(text, SectionDetector.lineEnd(text, start))) {
            String line = text.substring(start, SectionDetector.lineEnd(text, start)).strip();
            if (line.equals("---") || line.equals("...")) {
                return SectionDetector.nextLine(text, SectionDetector.lineEnd(text, start));
            }
        }
        return 0;
    }

    /** Key (lower case) → value, unquoted; the first of a repeated key wins; empty when there is no front matter. */
    public static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        int end = end(text);
        int first = text.startsWith("---") ? SectionDetector.nextLine(text, SectionDetector.lineEnd(text, 0)) : 0;
        for (int start = first; start < end;
                start = SectionDetector.nextLine(text, SectionDetector.lineEnd(text, start))) {
            Matcher m = LINE.matcher(text.substring(start, SectionDetector.lineEnd(text, start)));
            if (m.matches()) {
                String key = m.group(1).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                values.putIfAbsent(key.equals("url_source") ? "source_url" : key, unquote(m.group(2).strip()));
            }
        }
        return values;
    }

    /** The first non-blank of several keys ("url", "source_url" …), or "". */
    public static String first(Map<String, String> values, String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
