package glossa.convert.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running heads and feet: a line among the first or last {@link #EDGE} lines of a page that recurs (digits
 * aside, so page numbers match) on at least half of the pages, when there are at least {@link #MIN_PAGES}; and, on
 * any page, a top or bottom line that is nothing but a page number ("12", "- 12 -", "Page 3 of 10", "第 3 页").
 */
final class RunningLines {

    static final int EDGE = 3;
    static final int MIN_PAGES = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)[-–—\\s]*(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?"
            + "[-–—\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[，,/共]\\s*共?\\s*\\d{1,4}\\s*页)?|[ivxlc]{1,6}");

    private RunningLines() {
    }

    static void remove(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : edges(lines)) {
                if (seen.add(key(lines.get(i)))) {
                    counts.merge(key(lines.get(i)), 1, Integer::sum);
                }
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        for (List<String> lines : pages) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(lines)) {
                String line = bare(lines.get(i));
                if (PAGE_NUMBER.matcher(line).matches()
                        || pages.size() >= MIN_PAGES && counts.getOrDefault(key(lines.get(i)), 0) >= threshold) {
                    drop.add(i);
                }
            }
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (drop.contains(i)) {
                    String removed = lines.remove(i);
                    // A paragraph mark on a dropped first line passes to the line that now comes first.
                    if (i < lines.size() && removed.indexOf(PageTextStripper.PARAGRAPH) >= 0
                            && lines.get(i).indexOf(PageTextStripper.PARAGRAPH) < 0) {
                        lines.set(i, PageTextStripper.PARAGRAPH + lines.get(i));
                    }
                }
            }
        }
    }

    private static int[] edges(List<String> lines) {
        Set<Integer> indexes = new java.util.TreeSet<>();
        for (int i = 0; i < Math.min(EDGE, lines.size()); i++) {
            indexes.add(i);
            indexes.add(lines.size() - 1 - i);
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String bare(String line) {
        return line.replace(String.valueOf(PageTextStripper.PARAGRAPH), "").strip();
    }

    private static String key(String line) {
        return bare(line).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
