package glossa.core.export.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records (quoted fields may hold commas, quotes and line breaks; CRLF or LF line ends). Knows the
 * line on which each record starts, for error messages.
 */
public final class CsvReader {

    private final Reader in;
    private int line = 1;
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
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("line " + recordLine + ": quoted field not closed before the end of the file");
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
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                fields.add(field.toString());
                return fields;
            } else if (wasQuoted) {
                throw new IOException("line " + line + ": text after a closing quote");
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
        }
        return c;
    }

    private void unread(int c) {
        pending = c;
    }
}
