package glossa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Plain-text columns for human output, aligned by display width: Chinese and other wide characters take two
 * terminal cells.
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned;
    }

    void row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : String.valueOf(cells[i]).replaceAll("[\\r\\n]+", " ");
        }
        rows.add(row);
    }

    void print(PrintStream out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - width(row[i]));
                boolean right = i < rightAligned.length && rightAligned[i];
                sb.append(right ? pad + row[i] : row[i] + pad).append("  ");
            }
            out.println(sb.toString().stripTrailing()); // the last column's padding and separator too
        }
    }

    /** Terminal cells taken by {@code s}: two for East Asian wide and full-width characters. */
    static int width(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            width += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code s} shortened to about {@code max} cells with an ellipsis. */
    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = CliArticles.oneLine(s);
        if (width(flat) <= max) {
            return flat;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; ; ) { // flat is wider than max, so the break always comes
            int cp = flat.codePointAt(i);
            if (width(sb.toString()) + width(new String(Character.toChars(cp))) > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb + "…";
    }
}
