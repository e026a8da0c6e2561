package glossa.core.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * Detects the section tree of a plain-text or Markdown article.
 *
 * <p>It recognises Markdown {@code #} headings, Chinese {@code 一、}, {@code （一）}, {@code 第一章}/{@code 第一节}, English
 * {@code I.}, numbered points {@code 1.}, {@code 1、}, {@code （1）} and dotted numbers {@code 1.1}, and closing sections
 * ({@code 结语}, {@code Conclusion}). A candidate only counts when its number continues the numbering around it: the
 * first of a style under a parent is 1 (一, I), the next ones count up. That keeps a year ("2023年…"), an amount
 * ("1.5亿…") or a stray number in running text from becoming a heading, while a long numbered sentence is still a
 * point.</p>
 *
 * <p>Nesting follows the styles: a style met again closes everything opened since its last sibling; a new style opens
 * beneath the current section unless it ranks higher (第一章 above 一、 above （一） above 1. above 1.1 above （1）;
 * Markdown levels above all). Text before the first heading becomes a {@link SectionKind#PREAMBLE} section; a text
 * without headings is one section. Each section spans from the start of its heading line to the start of the next
 * heading that is not inside it; offsets are UTF-16 code units into the text as given (CRLF kept).</p>
 */
public final class SectionDetector {

    private static final Pattern OPENING_HASHES = Pattern.compile("^#{1,6}[ \t]+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \t]+#+$");
    /** What a sentence ends with, so that a line ending so is no title. */
    private static final String SENTENCE_END = ".;:。；：";

    /** Title given to the text before the first heading. */
    public static final String PREAMBLE_TITLE = "Preamble";

    /** Title given to YAML front matter. */
    public static final String FRONT_MATTER_TITLE = "Front matter";
    /** Title given to the page furniture above an article (logo, breadcrumbs, byline). */
    public static final String PAGE_HEADER_TITLE = "Page header";
    /** Title given to the page furniture below an article (related links, comments, copyright). */
    public static final String PAGE_FOOTER_TITLE = "Page footer";

    private static final int UNTITLED_LENGTH = 60;
    private static final int TITLE_BELOW_MAX = 120;

    private SectionDetector() {
    }

    public static List<Section> detect(String text) {
        int bodyStart = FrontMatter.end(text);
        String documentTitle = bodyStart > 0 ? FrontMatter.values(text).getOrDefault("title", "") : "";
        int headerEnd = PageFurniture.headerEnd(text, bodyStart);
        int footerStart = PageFurniture.footerStart(text, headerEnd);
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>(); // last = innermost open section
        boolean inFence = false;
        int consumedTitle = -1; // the line that gave a heading above it its title
        int lineStart = headerEnd;
        while (lineStart < footerStart) {
            int lineEnd = lineEnd(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            String stripped = HeadingRecognizer.strip(line);
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && lineStart != consumedTitle) {
                Heading heading = HeadingRecognizer.recognize(line);
                if (heading != null && heading.markdown() && !documentTitle.isBlank()
                        && sameTitle(heading.title(), documentTitle)) {
                    heading = null; // "# Title" repeating the front matter's title names the document, not a chapter
                }
                if (heading != null && heading.title().isEmpty() && heading.distinctive()) {
                    // "Article 1" / "Subject matter", "# CHAPTER 1" / "## CCP DECISION-MAKING …"
                    int below = lineBelow(text, lineEnd, footerStart);
                    String title = below < 0 ? "" : titleOn(text.substring(below, lineEnd(text, below)));
                    if (!title.isEmpty()) {
                        heading = heading.withTitle(title);
                        consumedTitle = below;
                    }
                }
                if (heading != null && heading.closing() && !heading.markdown() && roots.isEmpty()
                        && lineStart - headerEnd < (footerStart - headerEnd) / 2) {
                    heading = null; // "SUMMARY: The FAA proposes…" opening a notice is its abstract, not its conclusion
                }
                int hashes = HeadingRecognizer.markdownLevel(line);
                if (heading != null && open(heading, hashes, lineStart, stack, roots) && heading.inline() >= 0) {
                    int at = line.indexOf("(a)");
                    Heading item = at > 0 ? HeadingRecognizer.recognize(line.substring(at)) : null;
                    if (item != null && item.family().equals(HeadingRecognizer.LETTER)) {
                        open(item, 0, lineStart + at, stack, roots);
                    }
                }
            }
            lineStart = nextLine(text, lineEnd);
        }
        close(stack, 0, footerStart);
        List<Section> sections = new ArrayList<>();
        if (bodyStart > 0) {
            sections.add(section("", FRONT_MATTER_TITLE, 1, 0, bodyStart, SectionKind.FRONT_MATTER));
        }
        if (headerEnd > bodyStart) {
            sections.add(section("", PAGE_HEADER_TITLE, 1, bodyStart, headerEnd, SectionKind.BOILERPLATE));
        }
        if (footerStart > headerEnd) {
            sections.addAll(toSections(text, roots, headerEnd, footerStart));
        }
        if (footerStart < text.length()) {
            sections.add(section("", PAGE_FOOTER_TITLE, 1, footerStart, text.length(), SectionKind.BOILERPLATE));
        }
        return sections;
    }

    private static boolean sameTitle(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String title) {
        return title.replaceAll("[\\s\\u00a0\\u3000\"'“”‘’《》*_]", "");
    }

    /** The start of the next non-blank line after {@code from}, or -1. */
    private static int lineBelow(String text, int from, int limit) {
        for (int start = nextLine(text, from); start < limit; start = nextLine(text, lineEnd(text, start))) {
            if (!HeadingRecognizer.strip(text.substring(start, lineEnd(text, start))).isEmpty()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The title a line gives the number-only heading above it: a short line that is not itself numbered and does not
     * end like a sentence (an unnumbered Markdown heading counts); else "".
     */
    private static String titleOn(String line) {
        Heading heading = HeadingRecognizer.recognize(line);
        if (heading != null && !(heading.markdown() && heading.number().isEmpty() && !heading.closing())) {
            return "";
        }
        String plain = headingText(line).replace("**", "").replace("__", "").strip();
        boolean shortLine = plain.codePointCount(0, plain.length()) <= TITLE_BELOW_MAX;
        return shortLine && (plain.isEmpty() || SENTENCE_END.indexOf(plain.charAt(plain.length() - 1)) < 0) ? plain : "";
    }

    /** @param hashes the Markdown level of the heading's line (0 for a plain line) */
    private static boolean open(Heading candidate, int hashes, int offset, List<Node> stack, List<Node> roots) {
        Heading heading = candidate;
        Heading alternative = candidate.alternative();
        if (alternative != null && continuesSibling(alternative, stack)) {
            heading = alternative; // "(i)" after "(h)" is the ninth letter, not the first Roman numeral
        }
        int keep = keptOpen(heading, stack);
        if (!fitsNumbering(heading, stack, keep)) {
            if (alternative == null || heading == alternative) {
                return false;
            }
            heading = alternative;
            keep = keptOpen(heading, stack);
            if (!fitsNumbering(heading, stack, keep)) {
                return false;
            }
        }
        close(stack, keep, offset);
        Node node = new Node(heading, hashes, offset);
        (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(node);
        stack.add(node);
        return true;
    }

    private static boolean continuesSibling(Heading heading, List<Node> stack) {
        int sibling = siblingIndex(heading, stack);
        return sibling >= 0 && stack.get(sibling).heading.last() + 1 == heading.last();
    }

    /** How many of the open sections stay open when {@code heading} starts (the rest end before it). */
    private static int keptOpen(Heading heading, List<Node> stack) {
        if (heading.markdown()) {
            // "## Abstract" under "# CHAPTER 1": a numbered heading written with # keeps its place among the # levels.
            int keep = stack.size();
            while (keep > 0 && outranked(stack.get(keep - 1), heading.rank())) {
                keep--;
            }
            return keep;
        }
        int sibling = siblingIndex(heading, stack);
        if (sibling >= 0) {
            return sibling;
        }
        if (heading.family().equals("（1）") && !stack.isEmpty()
                && stack.get(stack.size() - 1).heading.family().equals(HeadingRecognizer.LETTER)) {
            return stack.size(); // "(1)" under "(h)": the Federal Register's and the CFR's (a) > (1) > (i) > (A)
        }
        int keep = stack.size();
        while (keep > 0 && !stack.get(keep - 1).heading.markdown() && stack.get(keep - 1).heading.rank() >= heading.rank()) {
            keep--;
        }
        return keep;
    }

    private static boolean outranked(Node open, int markdownLevel) {
        if (open.heading.markdown()) {
            return open.heading.rank() >= markdownLevel;
        }
        return open.hashes == 0 || open.hashes >= markdownLevel;
    }

    /** The open section of the same style that {@code heading} would follow as a sibling, or -1. */
    private static int siblingIndex(Heading heading, List<Node> stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Heading open = stack.get(i).heading;
            if (open.markdown()) {
                return -1; // plain-text styles never reach out of a Markdown section
            }
            if (open.family().equals(heading.family())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean fitsNumbering(Heading heading, List<Node> stack, int keep) {
        if (!heading.numbered()) {
            return true;
        }
        Heading previous = keep < stack.size() && stack.get(keep).heading.family().equals(heading.family())
                ? stack.get(keep).heading : null;
        Heading parent = keep > 0 ? stack.get(keep - 1).heading : null;
        int[] ordinals = heading.ordinals();
        if (ordinals.length > 1) {
            int[] prefix = Arrays.copyOf(ordinals, ordinals.length - 1);
            // "2.3" belongs under "2." or "2.2"'s parent "2": its prefix must match the number above it.
            if (parent != null && parent.numbered() && parent.family().startsWith("1")
                    && !Arrays.equals(parent.ordinals(), prefix)) {
                return false;
            }
        }
        if (previous == null) {
            // A new style starts at 1; 第…章 may start anywhere (excerpts), it is distinctive enough.
            return heading.last() == 1 || heading.distinctive();
        }
        // Counting on from the previous sibling, or a fresh list restarting at 1.
        return heading.last() == previous.last() + 1 || heading.last() == 1;
    }

    private static void close(List<Node> stack, int keep, int offset) {
        while (stack.size() > keep) {
            stack.remove(stack.size() - 1).end = offset;
        }
    }

    private static List<Section> toSections(String text, List<Node> roots, int begin, int end) {
        List<Section> sections = new ArrayList<>();
        if (roots.isEmpty()) {
            sections.add(section("", firstLine(text.substring(begin, end)), 1, begin, end, SectionKind.BODY));
            return sections;
        }
        if (roots.size() == 1 && roots.get(0).heading.markdown() && !roots.get(0).children.isEmpty()) {
            // A lone "# Title" (or "## Title" in a clipped page) names the document; its sections are the top level,
            // the text above them the preamble.
            roots = roots.get(0).children;
        }
        int first = roots.get(0).begin;
        if (!text.substring(begin, first).isBlank()) {
            sections.add(section("", PREAMBLE_TITLE, 1, begin, first, SectionKind.PREAMBLE));
        }
        for (Node root : roots) {
            sections.add(toSection(root, 1));
        }
        return sections;
    }

    private static Section toSection(Node node, int level) {
        Heading h = node.heading;
        Section section = section(h.number(), h.title(), level, node.begin, node.end,
                h.closing() ? SectionKind.CLOSING : SectionKind.BODY);
        for (Node child : node.children) {
            section.getChildren().add(toSection(child, level + 1));
        }
        return section;
    }

    private static Section section(String number, String title, int level, int begin, int end, SectionKind kind) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setNumber(number);
        section.setTitle(title);
        section.setLevel(level);
        section.setBegin(begin);
        section.setEnd(end);
        section.setKind(kind);
        return section;
    }

    /**
     * Whether {@code line} opens a numbered or closing section (一、, 1., 第一章, 结语 …) as the detector reads it
     * alone; Markdown {@code #} lines are not counted, since a lone {@code # Title} names the document.
     */
    public static boolean isNumberedHeading(String line) {
        Heading heading = HeadingRecognizer.recognize(line);
        return heading != null && !heading.markdown();
    }

    /** The text of a line without its Markdown heading marks and surrounding white space. */
    public static String headingText(String line) {
        String text = HeadingRecognizer.strip(line);
        if (text.indexOf('#') < 0) { // most lines: no pattern run, no copy
            return text.strip();
        }
        return CLOSING_HASHES.matcher(OPENING_HASHES.matcher(text).replaceFirst("")).replaceFirst("").strip();
    }

    /** The first non-blank line without Markdown heading marks, shortened: a title for a text or a document. */
    public static String firstLine(String text) {
        for (int start = 0; start < text.length(); start = nextLine(text, lineEnd(text, start))) {
            String line = OPENING_HASHES.matcher(HeadingRecognizer.strip(text.substring(start, lineEnd(text, start))))
                    .replaceFirst("");
            if (!line.isEmpty()) {
                int codePoints = line.codePointCount(0, line.length());
                return codePoints <= UNTITLED_LENGTH ? line
                        : line.substring(0, line.offsetByCodePoints(0, UNTITLED_LENGTH)) + "…";
            }
        }
        return "";
    }

    /** Offset of the line break (\n, \r\n or \r) ending the line that starts at {@code start}, or the text length. */
    static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    static int nextLine(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        return text.startsWith("\r\n", lineEnd) ? lineEnd + 2 : lineEnd + 1;
    }

    /** A heading while the tree is built; becomes a {@link Section} at the end. */
    private static final class Node {
        final Heading heading;
        final int begin;
        /** The number of # of the heading's line; 0 when it was a plain line. */
        final int hashes;
        int end;
        final List<Node> children = new ArrayList<>();

        Node(Heading heading, int hashes, int begin) {
            this.hashes = hashes;
            this.heading = heading;
            this.begin = begin;
        }
    }
}
