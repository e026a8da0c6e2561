package glossa.core.text;

import java.io.IOException;

/**
 * The bytes of an article cannot be decoded as text: the file is binary, or holds a byte sequence that is invalid in
 * the encoding it was read as. The message names the file and, where there is one, the line and column of the first
 * bad byte, so the analyst can find it.
 */
public class TextDecodingException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public TextDecodingException(String file, int line, int column, String reason) {
        super(line > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The reason in words, without the file and position. */
    public String reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the first bad byte, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** 1-based column (in characters) of the first bad byte, or 0. */
    public int column() {
        return column;
    }
}
