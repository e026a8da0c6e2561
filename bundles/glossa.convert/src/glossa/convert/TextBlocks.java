package glossa.convert;

/**
 * Builds an article text out of blocks: each heading or paragraph on a line of its own, blocks separated by one
 * blank line, runs of white space inside a line folded to one space (no-break and ideographic spaces kept as they
 * are, since headings such as "Section 1." use them).
 */
public final class TextBlocks {

    private final StringBuilder text = new StringBuilder();

    /** Appends a paragraph; a blank one is left out. Line breaks inside it are kept (one per line). */
    public TextBlocks paragraph(String paragraph) {
        String cleaned = clean(paragraph);
        if (!cleaned.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(cleaned);
        }
        return this;
    }

    /** Appends a heading of level 1..6 as a Markdown heading line ({@code ## Title}). */
    public TextBlocks heading(int level, String heading) {
        String cleaned = clean(heading).replace('\n', ' ');
        if (!cleaned.isEmpty()) {
            paragraph("#".repeat(Math.max(1, Math.min(6, level))) + " " + cleaned);
        }
        return this;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The offset the next block will start at. */
    public int length() {
        return text.isEmpty() ? 0 : text.length() + 2;
    }

    @Override
    public String toString() {
        return text.toString() + (text.isEmpty() ? "" : "\n");
    }

    /** Folds spaces and tabs inside lines (tabs between table cells survive as one tab), drops blank lines. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String folded = line.replaceAll("[ \\x0B\\f\\u200B\\uFEFF]+", " ").replaceAll(" ?\\t ?", "\t").strip();
            if (!folded.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(folded);
            }
        }
        return out.toString();
    }
}
