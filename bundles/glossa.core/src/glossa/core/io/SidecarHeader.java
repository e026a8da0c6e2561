package glossa.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import glossa.model.GlossaPackage;

/**
 * The root element of a sidecar, read before the full load: is this a Glossa document, and of which format version?
 * Reading only the start of the file lets a newer-version sidecar be refused with a clear message instead of a
 * confusing "unknown feature" further down.
 *
 * @param version the {@code formatVersion} attribute; absent means the model default, {@link SidecarStore#CURRENT_VERSION}
 * @param line    line of the root element
 * @param column  column of the root element
 */
record SidecarHeader(int version, int line, int column) {

    private static final String NS_PREFIX = "http://glossa.dev/model/";

    static SidecarHeader read(byte[] bytes, Path file) throws SidecarException {
        HeaderHandler handler = new HeaderHandler(file);
        try {
            SafeXml.saxParserFactory().newSAXParser().parse(new ByteArrayInputStream(bytes), handler);
        } catch (RootFound found) {
            return handler.header;
        } catch (SAXParseException e) {
            throw new SidecarException(file, e.getLineNumber(), e.getColumnNumber(),
                    "not a readable Glossa sidecar: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            if (handler.failure != null) {
                throw handler.failure;
            }
            throw new SidecarException(file, 1, 1, "not a readable Glossa sidecar: " + e.getMessage(), e);
        }
        throw new SidecarException(file, 1, 1, "not a readable Glossa sidecar: it has no root element", null);
    }

    /** Names and values from the file, cut short in messages. */
    private static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? String.valueOf(s) : s.substring(0, 200) + "…";
    }

    private static final class RootFound extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static final class HeaderHandler extends DefaultHandler {
        private final Path file;
        private Locator locator;
        SidecarHeader header;
        SidecarException failure;

        HeaderHandler(Path file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            int line = locator == null ? 1 : locator.getLineNumber();
            int column = locator == null ? 1 : locator.getColumnNumber();
            if (!"Document".equals(localName) || uri == null || !uri.startsWith(NS_PREFIX)) {
                failure = new SidecarException(file, line, column, "not a Glossa sidecar: the root element is <"
                        + abbreviate(qName) + "> in namespace '" + abbreviate(uri) + "', expected <Document> in " + GlossaPackage.eNS_URI,
                        null);
                throw new SAXException(failure.getMessage());
            }
            int version = SidecarStore.CURRENT_VERSION;
            // A different namespace version (…/model/2) is a newer format even without the attribute.
            int nsVersion;
            try {
                nsVersion = Integer.parseInt(uri.substring(NS_PREFIX.length()));
            } catch (NumberFormatException e) {
                failure = new SidecarException(file, line, column, "not a Glossa sidecar: unknown namespace '"
                        + abbreviate(uri) + "' on <" + qName + ">, expected " + GlossaPackage.eNS_URI, null);
                throw new SAXException(failure.getMessage());
            }
            String value = attributes.getValue("formatVersion");
            try {
                if (value != null) {
                    version = Integer.parseInt(value.strip());
                }
                version = Math.max(version, nsVersion > 1 ? nsVersion : version);
            } catch (NumberFormatException e) {
                failure = new SidecarException(file, line, column, "formatVersion '" + abbreviate(value)
                        + "' is not a whole number", null);
                throw new SAXException(failure.getMessage());
            }
            header = new SidecarHeader(version, line, column);
            throw new RootFound();
        }
    }
}
