package glossa.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into clauses (at ，；。！？ and their ASCII forms, and at line ends) or sentences (at 。！？ and their
 * ASCII forms, and at line ends). Spans are trimmed of whitespace and list markers; empty ones are left out. An ASCII
 * '.' or ',' ends a unit only before whitespace or the end, so "$1.5bn" and "1,000" stay whole.
 */
public final class TextUnits {

    private TextUnits() {
    }

    public static List<int[]> clauses(String text) {
        return split(text, true);
    }

    public static List<int[]> sentences(String text) {
        return split(text, false);
    }

    public static List<int[]> units(String text, UnitKind kind) {
        return kind == UnitKind.SENTENCE ? sentences(text) : clauses(text);
    }

    /** The unit of {@code units} (sorted, disjoint) that contains {@code offset}, or null. */
    public static int[] containing(List<int[]> units, int offset) {
        int low = 0;
        int high = units.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int[] unit = units.get(mid);
            if (offset < unit[0]) {
                high = mid - 1;
            } else if (offset >= unit[1]) {
                low = mid + 1;
            } else {
                return unit;
            }
        }
        return null;
    }

    private static List<int[]> split(String text, boolean clauses) {
        List<int[]> units = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean boundary = switch (c) {
                case '\n', '\r', '。', '！', '？', '!', '?' -> true;
                case '，', '；', ';' -> clauses;
                case '.' -> i + 1 >= length || Character.isWhitespace(text.charAt(i + 1));
                case ',' -> clauses && (i + 1 >= length || Character.isWhitespace(text.charAt(i + 1)));
                default -> false;
            };
            if (c == '\n' || c == '\r') {
                add(units, text, start, i);
                start = i + 1;
            } else if (boundary) {
                int end = closingQuotes(text, i + 1);
                add(units, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(units, text, start, length);
        return units;
    }

    /** A unit that ends in punctuation keeps the closing quotes right after it. */
    private static int closingQuotes(String text, int from) {
        int end = from;
        while (end < text.length() && "”’\"'」』）)".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private static void add(List<int[]> units, String text, int begin, int end) {
        while (begin < end && (Character.isWhitespace(text.charAt(begin)) || text.charAt(begin) == '\u3000'
                || "*-•·".indexOf(text.charAt(begin)) >= 0)) {
            begin++;
        }
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u3000')) {
            end--;
        }
        if (end > begin) {
            units.add(new int[] { begin, end });
        }
    }
}
