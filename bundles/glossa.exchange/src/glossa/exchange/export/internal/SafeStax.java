package glossa.exchange.export.internal;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import glossa.exchange.imports.ImportFormatException;

/**
 * A StAX reader for untrusted XML (REFI-QDA, UIMA XMI) that never resolves an external entity and refuses a
 * DOCTYPE outright, which also stops entity expansion ("billion laughs") before it starts. Imports walk the events
 * with {@link #next} and {@link #skip}, which turn parser errors into {@link ImportFormatException}s naming the file,
 * line and column.
 */
public final class SafeStax {

    /** The deepest element nesting an import follows (nested codes, XMI); deeper input is refused. */
    public static final int MAX_DEPTH = 200;

    private final XMLStreamReader reader;
    private final String file;

    private SafeStax(XMLStreamReader reader, String file) {
        this.reader = reader;
        this.file = file;
    }

    /** @param file the name used in error messages, e.g. {@code project.qde} */
    public static SafeStax open(byte[] xml, String file) throws ImportFormatException {
        return open(new ByteArrayInputStream(xml), file);
    }

    /** @param xml read as it comes (not closed); the XML declaration or UTF-8 gives the encoding */
    public static SafeStax open(java.io.InputStream xml, String file) throws ImportFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            return new SafeStax(factory.createXMLStreamReader(xml), file);
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows it; SUPPORT_DTD=false already keeps DTDs out
        }
    }

    public XMLStreamReader reader() {
        return reader;
    }

    public String file() {
        return file;
    }

    /** The next event; a DOCTYPE or an entity reference is refused. */
    public int next() throws ImportFormatException {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE is not allowed (no DTDs or entities are read, so no external entity and no "
                        + "entity expansion can happen)");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("entity reference &" + reader.getLocalName() + "; is not allowed");
            }
            return event;
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /** Moves to the next start element at or after the current event (the root), or fails. */
    public void toRoot() throws ImportFormatException {
        while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (reader.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                throw fail("no root element");
            }
            if (reader.getEventType() == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE is not allowed (no DTDs or entities are read)");
            }
            next();
        }
    }

    /** From a start element, past its end element. */
    public void skip() throws ImportFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** From a start element: its text content (child elements' text included), past its end element. */
    public String text() throws ImportFormatException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                sb.append(reader.getText());
            }
        }
        return sb.toString();
    }

    /** An attribute of the current start element by local name (any namespace), or null. */
    public String attr(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    public String name() {
        return reader.getLocalName();
    }

    public int line() {
        return Math.max(1, reader.getLocation().getLineNumber());
    }

    public int column() {
        return Math.max(1, reader.getLocation().getColumnNumber());
    }

    /** An error at the current position: "{@code file <Element>: reason}". */
    public ImportFormatException fail(String reason) {
        String element = reader.getEventType() == XMLStreamConstants.START_ELEMENT ? "<" + name() + ">" : "";
        String where = file.isEmpty() ? element : element.isEmpty() ? file : file + " " + element;
        return new ImportFormatException(line(), column(), (where.isEmpty() ? "" : where + ": ") + reason);
    }

    private static ImportFormatException error(String file, XMLStreamException e) {
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
        int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNumber());
        String message = String.valueOf(e.getMessage());
        int detail = message.indexOf("Message: ");
        return new ImportFormatException(line, column, (file.isEmpty() ? "" : file + ": ") + "not well-formed XML: " + (detail >= 0 ? message.substring(detail + 9) : message));
    }
}
