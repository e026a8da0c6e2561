package glossa.convert.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import glossa.convert.ConversionException;
import glossa.core.io.SafeXml;

/** Parses OOXML parts with the sidecar reader's hardened settings (no DTD, no external entities) and walks them. */
final class DocxXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxXml() {
    }

    static Document parse(byte[] part, String name) throws ConversionException {
        try {
            var builder = SafeXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no "[Fatal Error]" lines on stderr: the exception says it
            return builder.parse(new ByteArrayInputStream(part));
        } catch (SAXException e) {
            throw new ConversionException("not a readable Word (.docx) file: " + name + ": "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ConversionException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent} in the WordprocessingML namespace with this local name. */
    static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Node parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The {@code w:val} attribute of the child {@code localName}, or null. */
    static String val(Node parent, String localName) {
        Element e = child(parent, localName);
        return e == null || !e.hasAttributeNS(W, "val") ? null : e.getAttributeNS(W, "val");
    }

    static String attr(Element e, String localName) {
        return e == null ? "" : e.getAttributeNS(W, localName);
    }
}
