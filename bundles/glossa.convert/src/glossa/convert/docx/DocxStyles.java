package glossa.convert.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Paragraph styles of {@code word/styles.xml}: which are headings (named "heading 1"–"heading 6", "标题 1"–"标题 6",
 * "Title", or with an outline level), following {@code basedOn}; and the list numbering a style carries.
 */
final class DocxStyles {

    private static final Pattern HEADING = Pattern.compile("(?i)(heading|标题)\\s*([1-6])");
    private static final int MAX_BASED_ON = 20;

    private record Style(String name, String basedOn, Integer outlineLevel, Element numPr) {
    }

    private final Map<String, Style> styles = new HashMap<>();

    DocxStyles(Document xml) {
        if (xml == null) {
            return;
        }
        for (Element style : DocxXml.children(xml.getDocumentElement(), "style")) {
            Element pPr = DocxXml.child(style, "pPr");
            String outline = DocxXml.val(pPr, "outlineLvl");
            styles.put(DocxXml.attr(style, "styleId"), new Style(DocxXml.val(style, "name"),
                    DocxXml.val(style, "basedOn"), outline == null ? null : parse(outline),
                    DocxXml.child(pPr, "numPr")));
        }
    }

    /** The heading level 1..6 of a style id (or, without a styles part, of its name), or 0. */
    int headingLevel(String styleId) {
        String id = styleId;
        for (int i = 0; id != null && i < MAX_BASED_ON; i++) {
            Style style = styles.get(id);
            String name = style == null ? id : style.name();
            if (name != null) {
                Matcher m = HEADING.matcher(name.strip());
                if (m.matches()) {
                    return Integer.parseInt(m.group(2));
                }
                if (name.equalsIgnoreCase("Title") || name.equals("标题")) {
                    return 1;
                }
            }
            if (style == null) {
                return 0;
            }
            if (style.outlineLevel() != null && style.outlineLevel() >= 0 && style.outlineLevel() < 6) {
                return style.outlineLevel() + 1;
            }
            id = style.basedOn();
        }
        return 0;
    }

    /** The {@code w:numPr} a style (or one it is based on) gives its paragraphs, or null. */
    Element numPr(String styleId) {
        String id = styleId;
        for (int i = 0; id != null && i < MAX_BASED_ON; i++) {
            Style style = styles.get(id);
            if (style == null) {
                return null;
            }
            if (style.numPr() != null) {
                return style.numPr();
            }
            id = style.basedOn();
        }
        return null;
    }

    static Integer parse(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
