package glossa.exchange.export.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records (quoted fields may hold commas, quotes and line breaks; CRLF or LF line ends). Knows the
 * line on which each record starts, for error messages.
 */
public final class CsvReader {

    /** A record that breaks RFC 4180; line and column (1-based, in characters) say where. */
    public static final class Malformed extends IOException {

        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String reason;

        Malformed(int line, int column, String reason) {
            super("line " + line + ", column " + column + ": " + reason);
            this.line = line;
            this.column = column;
            this.reason = reason;
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
    }

    private final Reader in;
    private int line = 1;
    private int column; // of the character last read
    private int recordLine;
    private int pending = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line on which the record last returned started (1-based). */
    public int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new Malformed(quoteLine, quoteColumn, "the quoted field opened here is not closed before the "
                            + "end of the file (unbalanced \")");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                quoteColumn = column;
            } else if (c == ',') {
                fields.add(CsvWriter.restore(field.toString()));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                fields.add(CsvWriter.restore(field.toString()));
                return fields;
            } else if (wasQuoted) {
                throw new Malformed(line, column, "text after the closing quote of a field");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        int c;
        if (pending != -2) {
            c = pending;
            pending = -2;
            return c;
        }
        c = in.read();
        if (c == '\n') {
            line++;
            column = 0;
        } else if (c != -1 && !Character.isLowSurrogate((char) c)) {
            column++;
        }
        return c;
    }

    private void unread(int c) {
        pending = c;
    }
}
