package glossa.convert.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.Converter;

/**
 * A Word file (.docx, Office Open XML), read with the JDK's XML parser under the sidecar reader's hardening: no
 * library of its own, since none on Maven Central fits the target as a small OSGi bundle (Apache POI drags in
 * commons-compress, xmlbeans and log4j). Headings by style ("Heading 1"–"Heading 6", "标题 1"–"标题 6"), lists with
 * their numbers, tables as rows, footnotes after the text; title, author and date from {@code docProps/core.xml}.
 */
public final class DocxConverter implements Converter {

    static final String DOCUMENT = "word/document.xml";
    private static final Set<String> PARTS = Set.of(DOCUMENT, "word/styles.xml", "word/numbering.xml",
            "word/footnotes.xml", "word/endnotes.xml", "docProps/core.xml");
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public List<String> extensions() {
        return List.of("docx");
    }

    @Override
    public String label() {
        return "Word documents";
    }

    @Override
    public String version() {
        return "2"; // 2: lists starting at 0, lvlOverride, isLgl
    }

    @Override
    public Conversion convert(byte[] source, String sourceName) throws ConversionException {
        Map<String, byte[]> parts = DocxParts.read(source, PARTS);
        if (!parts.containsKey(DOCUMENT)) {
            throw new ConversionException("not a Word (.docx) file: its zip has no " + DOCUMENT);
        }
        Document document = DocxXml.parse(parts.get(DOCUMENT), DOCUMENT);
        DocxStyles styles = new DocxStyles(optional(parts, "word/styles.xml"));
        DocxNumbering numbering = new DocxNumbering(optional(parts, "word/numbering.xml"));
        Map<String, Element> notes = new HashMap<>();
        notes(optional(parts, "word/footnotes.xml"), "footnote", "f", notes);
        notes(optional(parts, "word/endnotes.xml"), "endnote", "e", notes);
        Element body = DocxXml.child(document.getDocumentElement(), "body");
        if (body == null) {
            throw new ConversionException("not a Word (.docx) file: " + DOCUMENT + " has no body");
        }
        DocxBody writer = new DocxBody(styles, numbering, notes);
        String text = writer.write(body);
        Document core = optional(parts, "docProps/core.xml");
        String title = first(text(core, DC, "title"), writer.firstHeading());
        String created = text(core, DCTERMS, "created");
        return new Conversion(text, title, text(core, DC, "creator"),
                created.length() >= 10 ? created.substring(0, 10) : created, "", "", List.of());
    }

    private static Document optional(Map<String, byte[]> parts, String name) throws ConversionException {
        byte[] part = parts.get(name);
        return part == null ? null : DocxXml.parse(part, name);
    }

    /** Footnotes or endnotes by id ({@code f2}, {@code e1}), without Word's separator notes. */
    private static void notes(Document xml, String kind, String prefix, Map<String, Element> notes) {
        if (xml == null) {
            return;
        }
        for (Element note : DocxXml.children(xml.getDocumentElement(), kind)) {
            String type = DocxXml.attr(note, "type");
            if (type.isEmpty() || type.equals("normal")) {
                notes.put(prefix + DocxXml.attr(note, "id"), note);
            }
        }
    }

    private static String text(Document xml, String namespace, String localName) {
        if (xml == null) {
            return "";
        }
        Node node = xml.getElementsByTagNameNS(namespace, localName).item(0);
        return node == null ? "" : node.getTextContent().strip();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
