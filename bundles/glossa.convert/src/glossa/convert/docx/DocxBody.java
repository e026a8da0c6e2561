package glossa.convert.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import glossa.convert.TextBlocks;

/**
 * Writes the body of {@code word/document.xml} as text blocks: headings (by style) as {@code #} lines, paragraphs
 * with their list numbers, table rows with a tab between cells, then the footnotes and endnotes in the order they
 * are referred to ("[1] …"); a reference in the text reads "[1]". Deleted text and field codes are left out.
 */
final class DocxBody {

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final Map<String, Element> notes;
    /** Note id → its number, in the order of first reference. */
    private final Map<String, Integer> referenced = new LinkedHashMap<>();
    private final TextBlocks blocks = new TextBlocks();
    private String firstHeading = "";

    DocxBody(DocxStyles styles, DocxNumbering numbering, Map<String, Element> notes) {
        this.styles = styles;
        this.numbering = numbering;
        this.notes = notes;
    }

    /** The first heading's text (without number), a fallback title. */
    String firstHeading() {
        return firstHeading;
    }

    String write(Element body) {
        blockContainer(body);
        for (Map.Entry<String, Integer> note : referenced.entrySet()) {
            StringBuilder text = new StringBuilder();
            for (Element p : DocxXml.children(notes.get(note.getKey()), "p")) {
                text.append(text.isEmpty() ? "" : " ").append(runs(p));
            }
            blocks.paragraph("[" + note.getValue() + "] " + text.toString().strip());
        }
        return blocks.toString();
    }

    private void blockContainer(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !DocxXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> paragraph(e);
                case "tbl" -> table(e);
                case "sdt" -> blockContainer(DocxXml.child(e, "sdtContent") == null ? e : DocxXml.child(e, "sdtContent"));
                case "customXml", "ins" -> blockContainer(e);
                default -> { } // sectPr, bookmarks, deleted blocks
            }
        }
    }

    private void paragraph(Element p) {
        Element pPr = DocxXml.child(p, "pPr");
        String styleId = DocxXml.val(pPr, "pStyle");
        int level = styleId == null ? 0 : styles.headingLevel(styleId);
        String outline = DocxXml.val(pPr, "outlineLvl");
        if (level == 0 && outline != null) {
            Integer lvl = DocxStyles.parse(outline);
            level = lvl != null && lvl >= 0 && lvl < 6 ? lvl + 1 : 0;
        }
        String text = runs(p).strip();
        String label = listLabel(pPr, styleId);
        if (text.isEmpty()) {
            return;
        }
        String line = label.isEmpty() ? text : label + (label.equals("•") || !endsWithPunctuation(label) ? " " : "")
                + text;
        if (level > 0) {
            blocks.heading(level, line);
            if (firstHeading.isEmpty()) {
                firstHeading = text.replaceAll("\\s+", " ");
            }
        } else {
            blocks.paragraph(line);
        }
    }

    private static boolean endsWithPunctuation(String label) {
        return label.endsWith("、") || label.endsWith("）") || label.endsWith("．");
    }

    private String listLabel(Element pPr, String styleId) {
        Element numPr = DocxXml.child(pPr, "numPr");
        if (numPr == null && styleId != null) {
            numPr = styles.numPr(styleId);
        }
        if (numPr == null) {
            return "";
        }
        String numId = DocxXml.val(numPr, "numId");
        Integer ilvl = DocxStyles.parse(String.valueOf(DocxXml.val(numPr, "ilvl")));
        return numId == null || numId.equals("0") ? "" : numbering.next(numId, ilvl == null ? 0 : ilvl);
    }

    private void table(Element tbl) {
        for (Element tr : DocxXml.children(tbl, "tr")) {
            List<String> cells = new ArrayList<>();
            for (Element tc : DocxXml.children(tr, "tc")) {
                StringBuilder cell = new StringBuilder();
                for (Element p : DocxXml.children(tc, "p")) {
                    cell.append(cell.isEmpty() ? "" : " ").append(runs(p).strip());
                }
                for (Element nested : DocxXml.children(tc, "tbl")) {
                    table(nested); // rare; its rows follow as rows of their own
                }
                cells.add(cell.toString().replaceAll("\\s+", " ").strip());
            }
            blocks.paragraph(String.join("\t", cells));
        }
    }

    /** The text of a paragraph's runs: w:t, tabs, breaks, note references; not deleted text or field codes. */
    private String runs(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    /** The paragraphs of text boxes in a drawing (a title set in a box is common), each on a line of its own. */
    private void textBoxes(Element drawing, StringBuilder text) {
        var boxes = drawing.getElementsByTagNameNS(DocxXml.W, "txbxContent");
        for (int i = 0; i < boxes.getLength(); i++) {
            for (Element p : DocxXml.children(boxes.item(i), "p")) {
                text.append('\n').append(runs(p).strip()).append('\n');
            }
        }
    }

    private void collect(Node node, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (MC.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("AlternateContent")) {
                    // Choice and Fallback say the same thing twice: read the first choice only.
                    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c instanceof Element choice && choice.getLocalName().equals("Choice")) {
                            collect(choice, text);
                            break;
                        }
                    }
                }
                continue;
            }
            if (!DocxXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> text.append(e.getTextContent());
                case "tab", "ptab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "footnoteReference", "endnoteReference" -> {
                    String id = (e.getLocalName().startsWith("foot") ? "f" : "e") + DocxXml.attr(e, "id");
                    if (notes.containsKey(id)) {
                        text.append('[').append(referenced.computeIfAbsent(id, k -> referenced.size() + 1))
                                .append(']');
                    }
                }
                case "drawing", "pict" -> textBoxes(e, text);
                case "delText", "instrText", "del", "pPr", "rPr", "object", "fldData" -> { }
                default -> collect(e, text); // runs, hyperlinks, insertions, smart tags, simple fields
            }
        }
    }
}
