package glossa.exchange.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 records: CRLF line ends; a field is quoted when it holds a comma, a quote, CR, LF or edge spaces. A field
 * that a spreadsheet would evaluate as a formula (it starts with {@code = + - @}, a tab or CR) is written with a
 * leading apostrophe, as OWASP advises against CSV injection; {@link CsvReader} takes it off again, so an export read
 * back by {@code import} gives the text as it was.
 */
public final class CsvWriter {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512); // one record, handed to the writer in one call

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void record(List<String> fields) throws IOException {
        record(fields, null);
    }

    /**
     * As {@link #record(List)}, except that a field marked in {@code numeric} which is a plain decimal number (such
     * as {@code -0.25}) is written as it is, so that a spreadsheet reads a negative figure as a number: a number is
     * no formula. Any other value in such a field is defused like every field.
     */
    public void record(List<String> fields, boolean[] numeric) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields.get(i);
            if (numeric != null && i < numeric.length && numeric[i] && field != null
                    && PLAIN_NUMBER.matcher(field).matches()) {
                line.append(field);
            } else {
                appendField(field, line);
            }
        }
        line.append("\r\n");
        out.append(line);
    }

    /**
     * Appends one field, quoted (quotes doubled) when it holds a comma, a quote, CR or LF, or starts or ends with white
     * space; one scan, no intermediate String.
     */
    static void appendField(String value, StringBuilder sb) {
        if (value == null || value.isEmpty()) {
            return;
        }
        value = defuse(value);
        int n = value.length();
        int special = 0;
        while (special < n && !needsQuotes(value.charAt(special))) {
            special++;
        }
        if (special == n && !Character.isWhitespace(value.charAt(0))
                && !Character.isWhitespace(value.charAt(n - 1))) {
            sb.append(value);
            return;
        }
        sb.append('"');
        int run = 0; // doubles each quote: the pending run goes up to and including it, then one more quote
        for (int i = special; i < n; i++) {
            if (value.charAt(i) == '"') {
                sb.append(value, run, i + 1).append('"');
                run = i + 1;
            }
        }
        sb.append(value, run, n).append('"');
    }

    /** The characters that make a spreadsheet read a cell as a formula. */
    static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * The value with an apostrophe in front when, after any apostrophes it starts with, it would start a formula. The
     * apostrophes already there count, so that {@link #restore} taking one off is always the inverse.
     */
    static String defuse(String value) {
        return startsFormulaAfterApostrophes(value) ? "'" + value : value;
    }

    /** {@link #defuse} for other writers of spreadsheet cells (the clipboard's tab-separated table). */
    public static String defuseCell(String value) {
        return value == null ? "" : defuse(value);
    }

    /** The inverse of {@link #defuse}: one apostrophe less where {@code defuse} added one. */
    static String restore(String value) {
        return !value.isEmpty() && value.charAt(0) == '\'' && startsFormulaAfterApostrophes(value)
                ? value.substring(1) : value;
    }

    private static boolean startsFormulaAfterApostrophes(String value) {
        int k = 0;
        while (k < value.length() && value.charAt(k) == '\'') {
            k++;
        }
        return k < value.length() && startsFormula(value.charAt(k));
    }

    private static boolean needsQuotes(char c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r';
    }
}
