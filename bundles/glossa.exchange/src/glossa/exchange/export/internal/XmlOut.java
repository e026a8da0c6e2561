package glossa.exchange.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer for exports (REFI-QDA, UIMA XMI), over {@link Utf8Writer}. Unlike the JDK's
 * {@code XMLStreamWriter} it escapes line breaks and tabs in attribute values as character references, so that a
 * parser gives them back unchanged (attribute value normalisation would turn them into spaces), and it replaces the
 * characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) by U+FFFD. Elements
 * holding only text stay on one line; the rest is indented by two spaces. Not thread-safe.
 */
public final class XmlOut {

    private final Utf8Writer w;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;
    private boolean hadText;
    private final int indentDepth;

    /** @param indentDepth elements deeper than this are not indented (keeps large files compact); 0 for none */
    public XmlOut(OutputStream out, int indentDepth) {
        this.w = new Utf8Writer(out);
        this.indentDepth = indentDepth;
    }

    public XmlOut declaration() throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return this;
    }

    public XmlOut start(String name) throws IOException {
        closeStartTag();
        newline(open.size());
        w.write('<');
        w.write(name);
        open.push(name);
        inStartTag = true;
        hadText = false;
        return this;
    }

    /** Writes an attribute of the element just started; nothing for a null value. */
    public XmlOut attr(String name, String value) throws IOException {
        if (value == null) {
            return this;
        }
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        w.write(' ');
        w.write(name);
        w.write("=\"");
        writeEscaped(value, true);
        w.write('"');
        return this;
    }

    public XmlOut attr(String name, int value) throws IOException {
        w.write(' ');
        w.write(name);
        w.write("=\"");
        w.writeInt(value);
        w.write('"');
        return this;
    }

    /** Text content of the current element. */
    public XmlOut text(String value) throws IOException {
        closeStartTag();
        if (value != null) {
            writeEscaped(value, false);
        }
        hadText = true;
        return this;
    }

    /** An element with only text; nothing for null text. */
    public XmlOut element(String name, String value) throws IOException {
        if (value != null) {
            start(name).text(value).end();
        }
        return this;
    }

    public XmlOut end() throws IOException {
        String name = open.pop();
        if (inStartTag) {
            w.write("/>");
            inStartTag = false;
        } else {
            if (!hadText) {
                newline(open.size());
            }
            w.write("</");
            w.write(name);
            w.write('>');
        }
        hadText = false;
        return this;
    }

    /** Ends every open element and flushes (the stream stays open). */
    public void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        w.write('\n');
        w.finish();
    }

    private void closeStartTag() throws IOException {
        if (inStartTag) {
            w.write('>');
            inStartTag = false;
        }
    }

    private void newline(int depth) throws IOException {
        if (depth < indentDepth) {
            w.write('\n');
            for (int i = 0; i < depth; i++) {
                w.write("  ");
            }
        }
    }

    private void writeEscaped(String s, boolean attribute) throws IOException {
        w.writeXml(s, attribute); // escaped and encoded in one pass: attributes were a fifth of a large export
    }
}
