package glossa.convert.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import glossa.convert.TextBlocks;

/**
 * Writes an article element as text blocks: {@code h1}–{@code h6} as heading lines, a paragraph whose whole text is
 * bold as a line of its own, paragraphs, list items, quotes and table rows (cells separated by a tab) as
 * paragraphs (a row whose cells hold paragraphs is layout, and its cells are walked as blocks), {@code <br>} as a line break. Text directly inside {@code <div>}s (common on Chinese news sites) is a
 * paragraph too.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot",
            "tr", "caption", "address", "center", "hr", "details", "summary");
    private static final Set<String> BOLD = Set.of("b", "strong");

    private final TextBlocks blocks;
    private final StringBuilder line = new StringBuilder();

    private HtmlText(TextBlocks blocks) {
        this.blocks = blocks;
    }

    static void append(Element root, TextBlocks blocks) {
        HtmlText writer = new HtmlText(blocks);
        writer.walk(root);
        writer.flush();
    }

    /** Whether the element already has a heading (or a first bold line) with this text. */
    static boolean containsHeading(Element root, String title) {
        if (title.isBlank()) {
            return true;
        }
        for (Element heading : root.select("h1, h2, h3")) {
            if (heading.text().strip().equals(title.strip())) {
                return true;
            }
        }
        return false;
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            line.append(text.getWholeText().replaceAll("[\\s&&[^\\u00A0\\u3000]]+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.matches("h[1-6]")) {
            flush();
            blocks.heading(tag.charAt(1) - '0', element.text());
            return;
        }
        if (tag.equals("br")) {
            line.append('\n');
            return;
        }
        if (tag.equals("img")) {
            return;
        }
        if (tag.equals("tr") && !isLayoutRow(element)) {
            flush();
            List<String> cells = new ArrayList<>();
            for (Element cell : element.select("> td, > th")) {
                cells.add(cell.wholeText().replaceAll("\\s+", " ").strip());
            }
            blocks.paragraph(String.join("\t", cells));
            return;
        }
        if (tag.equals("p") && isBoldOnly(element)) {
            flush();
            blocks.paragraph(element.text());
            return;
        }
        // Cells reached here belong to a layout row: each is a block of its own.
        boolean block = BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th");
        if (block) {
            flush();
        }
        for (Node child : element.childNodes()) {
            walk(child);
        }
        if (block) {
            flush();
        }
    }

    /**
     * The bold-only paragraphs that open {@code root} (at most three, each short), joined: a title broken over lines,
     * as official notices set it ("国务院办公厅转发民政部关于" / "清理整顿社会团体意见的通知"); "" when the first paragraph is
     * not bold.
     */
    static String leadingBoldTitle(Element root) {
        StringBuilder title = new StringBuilder();
        int lines = 0;
        for (Element p : root.select("p, h1, h2, h3, h4, h5, h6, li, td > div")) {
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!p.normalName().equals("p") || !(isBoldOnly(p) || isStyledBold(p)) || text.length() > 60
                    || ++lines > 3) {
                break;
            }
            boolean cjkJoin = !title.isEmpty() && isCjk(title.codePointBefore(title.length()))
                    && isCjk(text.codePointAt(0));
            title.append(title.isEmpty() || cjkJoin ? "" : " ").append(text);
        }
        return title.toString();
    }

    /** All the paragraph's text set bold by a style ({@code font-weight: bold} or 600 to 900), as editors of portals do. */
    private static boolean isStyledBold(Element p) {
        String all = p.text().replaceAll("\\s", "");
        java.util.List<Element> bolds = p.select("[style~=(?i)font-weight\\s*:\\s*(bold|[6-9]00)]");
        StringBuilder bold = new StringBuilder();
        for (Element e : bolds) {
            if (e.parents().stream().noneMatch(bolds::contains)) {
                bold.append(e.text()); // outermost bold elements only, so no text counts twice
            }
        }
        return !all.isEmpty() && bold.toString().replaceAll("\\s", "").equals(all);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * A row that lays out the page rather than tabulating data: one of its cells holds paragraphs, divisions, lists,
     * headings or a table of its own (government sites put whole articles in one {@code <td>}). Its cells are walked
     * as blocks, so that their paragraphs stay paragraphs.
     */
    private static boolean isLayoutRow(Element row) {
        for (Element cell : row.select("> td, > th")) {
            if (cell.selectFirst("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre") != null) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph all of whose text is inside {@code <b>}/{@code <strong>}: a heading candidate on its own line. */
    private static boolean isBoldOnly(Element p) {
        String all = p.text().strip();
        if (all.isEmpty()) {
            return false;
        }
        StringBuilder bold = new StringBuilder();
        for (Element b : p.select("b, strong")) {
            if (b.parents().stream().noneMatch(parent -> parent != p && BOLD.contains(parent.normalName()))) {
                bold.append(b.text());
            }
        }
        return bold.toString().replaceAll("\\s", "").equals(all.replaceAll("\\s", ""));
    }

    private void flush() {
        if (!line.isEmpty()) {
            blocks.paragraph(line.toString());
            line.setLength(0);
        }
    }
}
