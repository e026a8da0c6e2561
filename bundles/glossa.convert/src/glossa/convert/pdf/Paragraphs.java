package glossa.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import glossa.core.sections.SectionDetector;

/**
 * Joins a PDF's lines into paragraphs and records where each page begins. Lines of one paragraph are joined with a
 * space, without one between Chinese (or Japanese, Korean) characters, and a Latin word hyphenated at a line end is
 * joined whole ("govern-" + "ment" → "government"; "COVID-" + "19" keeps its hyphen). A paragraph ends where PDFBox
 * saw one end, before a numbered heading, and after a line ending a sentence that is clearly shorter than the lines
 * before it. A paragraph running over a page break is kept whole; the page starts at its first character there.
 */
final class Paragraphs {

    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{IsLatin}{2}-$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?。！？:：;；”\"')）]$");

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    /** Pages begun whose first line has not come yet (more than one after blank pages). */
    private int pagesPending;
    private boolean firstLineOfPage;
    private int longestLine;
    private String previous = "";

    void startPage() {
        pagesPending++;
        firstLineOfPage = true;
    }

    void line(String raw) {
        boolean marked = raw.indexOf(PageTextStripper.PARAGRAPH) >= 0;
        String line = raw.replace(String.valueOf(PageTextStripper.PARAGRAPH), "").strip();
        if (line.isEmpty()) {
            return;
        }
        boolean sentenceEnded = SENTENCE_END.matcher(previous).matches();
        // PDFBox marks every page's first line: there only a finished sentence ends the paragraph.
        // A numbered line starts a paragraph after a finished sentence ("11.43 and 11.45, by …" in mid-sentence does not);
        // a short numbered line is a heading and ends one.
        boolean newParagraph = SectionDetector.isNumberedHeading(line) && (sentenceEnded || previous.length() < 40)
                || SectionDetector.isNumberedHeading(previous) && previous.length() < 40
                || (marked && (!firstLineOfPage || sentenceEnded))
                || (sentenceEnded && previous.length() < longestLine * 0.7);
        if (text.isEmpty()) {
            // the first line
        } else if (newParagraph) {
            text.append("\n\n");
            longestLine = 0;
        } else if (HYPHENATED.matcher(previous).matches() && Character.isLowerCase(line.codePointAt(0))) {
            text.setLength(text.length() - 1); // the hyphen of a word broken at the line end
        } else if (previous.endsWith("-") || previous.endsWith("/")) {
            // "COVID-" + "19", "https://" + "…": joined as printed
        } else if (!isCjk(previous.codePointBefore(previous.length())) && !isCjk(line.codePointAt(0))) {
            text.append(' ');
        }
        for (; pagesPending > 1; pagesPending--) {
            // A page without text still needs an offset of its own (the model keeps page starts unique): an empty line.
            pageStarts.add(text.length());
            text.append('\n');
        }
        if (pagesPending == 1) {
            pageStarts.add(text.length());
            pagesPending = 0;
        }
        firstLineOfPage = false;
        text.append(line);
        longestLine = Math.max(longestLine, line.length());
        previous = line;
    }

    /** Each page's first offset, strictly increasing; call after {@link #text()}. */
    List<Integer> pageStarts() {
        return List.copyOf(pageStarts);
    }

    /** The text; pages without text at the end get an empty line each, so that they have an offset too. */
    String text() {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        for (; pagesPending > 0; pagesPending--) {
            pageStarts.add(text.length());
            text.append('\n');
        }
        return text.toString();
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
