package glossa.exchange.refiqda;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;

import glossa.exchange.export.internal.SafeStax;
import glossa.exchange.imports.ImportFormatException;

/**
 * The XML events {@link QdeReader} walks, with StAX's event numbers: {@link Utf8QdeXml} for UTF-8 (what the REFI-QDA
 * standard prescribes and every tool writes), the JDK's parser through {@link SafeStax} for anything else. Both refuse
 * a DOCTYPE and every entity but the five predefined ones.
 */
interface QdeXml {

    int next() throws ImportFormatException;

    /** Moves to the root element, or fails. */
    void toRoot() throws ImportFormatException;

    /**
     * After the root element: to the end of the document, which may hold only comments, processing instructions and
     * white space.
     */
    default void toEnd() throws ImportFormatException {
        while (next() != XMLStreamConstants.END_DOCUMENT) {
            // each event is checked as it is read
        }
    }

    /** From a start element, past its end element. */
    void skip() throws ImportFormatException;

    /** From a start element: its text content (child elements' text included), past its end element. */
    String text() throws ImportFormatException;

    /** An attribute of the current start element by local name (any namespace), or null. */
    String attr(String localName);

    /** The local name of the current start or end element. */
    String name();

    int line();

    String file();

    /** An error at the current position: "{@code file <Element>: reason}". */
    ImportFormatException fail(String reason);

    static QdeXml open(byte[] xml, String file) throws ImportFormatException {
        return open(new java.io.ByteArrayInputStream(xml), file);
    }

    /** @param xml read as it comes; the byte order mark or the XML declaration decides which parser reads it */
    static QdeXml open(InputStream xml, String file) throws ImportFormatException {
        BufferedInputStream in = new BufferedInputStream(xml, 1 << 16);
        byte[] head = new byte[256];
        int n = 0;
        try {
            in.mark(head.length);
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0;) {
                n += r;
            }
            in.reset();
        } catch (IOException e) {
            throw new ImportFormatException(1, 1, file + ": cannot be read (" + e.getMessage() + ")");
        }
        return isUtf8(head, n) ? new Utf8QdeXml(in, file) : new StaxQdeXml(SafeStax.open(in, file));
    }

    Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** No UTF-16 or UTF-32 byte order or first character, and no XML declaration naming another encoding. */
    private static boolean isUtf8(byte[] head, int n) {
        if (n >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return false;
        }
        int start = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        Matcher m = ENCODING.matcher(new String(head, start, n - start, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return true;
        }
        String encoding = m.group(1).toUpperCase(Locale.ROOT);
        return encoding.equals("UTF-8") || encoding.equals("UTF8") || encoding.equals("US-ASCII")
                || encoding.equals("ASCII");
    }

    /** {@link SafeStax} as a {@link QdeXml}. */
    final class StaxQdeXml implements QdeXml {
        private final SafeStax x;

        StaxQdeXml(SafeStax x) {
            this.x = x;
        }

        @Override
        public int next() throws ImportFormatException {
            return x.next();
        }

        @Override
        public void toRoot() throws ImportFormatException {
            x.toRoot();
        }

        @Override
        public void skip() throws ImportFormatException {
            x.skip();
        }

        @Override
        public String text() throws ImportFormatException {
            return x.text();
        }

        @Override
        public String attr(String localName) {
            return x.attr(localName);
        }

        @Override
        public String name() {
            return x.name();
        }

        @Override
        public int line() {
            return x.line();
        }

        @Override
        public String file() {
            return x.file();
        }

        @Override
        public ImportFormatException fail(String reason) {
            return x.fail(reason);
        }
    }
}
