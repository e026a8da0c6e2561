package glossa.exchange.imports;

import java.io.IOException;

import glossa.core.text.TextDecodingException;

/**
 * An import file that cannot be read at all: empty, not the format, truncated, nested too deeply, not decodable, or
 * without the columns an import needs. Nothing is imported. Line and column (1-based, in characters) say where the
 * reader gave up; the message quotes at most {@link #MAX_QUOTE} characters of the input.
 */
public final class ImportFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The most characters of the input an error message quotes. */
    public static final int MAX_QUOTE = 200;

    private final int line;
    private final int column;
    private final String reason;

    public ImportFormatException(int line, int column, String reason) {
        super(line + ":" + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    static ImportFormatException of(TextDecodingException e) {
        return new ImportFormatException(Math.max(1, e.line()), Math.max(1, e.column()), e.reason());
    }

    /** An error at a UTF-16 {@code offset} of {@code text}, given as line and column (code points, 1-based). */
    static ImportFormatException at(String text, int offset, String reason) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new ImportFormatException(line, text.codePointCount(lineStart, end) + 1, reason);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    /** {@code text} as quoted in a message: line breaks flattened, cut to {@link #MAX_QUOTE} characters. */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        boolean longer = text.length() > 4 * MAX_QUOTE;
        String flat = longer ? text.substring(0, 4 * MAX_QUOTE) : text;
        flat = flat.replaceAll("[\\r\\n\\t]+", " ");
        if (!longer && flat.codePointCount(0, flat.length()) <= MAX_QUOTE) {
            return flat; // whole, only its line breaks and tabs flattened
        }
        int cut = flat.offsetByCodePoints(0, Math.min(MAX_QUOTE, flat.codePointCount(0, flat.length())));
        return flat.substring(0, cut) + "… (" + text.length() + " characters)";
    }
}
