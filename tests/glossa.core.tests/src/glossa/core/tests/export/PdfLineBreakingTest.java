package glossa.core.tests.export;

import static glossa.core.tests.export.PdfView.BOTTOM;
import static glossa.core.tests.export.PdfView.EPS;
import static glossa.core.tests.export.PdfView.LEFT;
import static glossa.core.tests.export.PdfView.RIGHT;
import static glossa.core.tests.export.PdfView.TOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Line;

/**
 * The article text of the PDF report as a reader sees it: every character once, in reading order; nothing outside the
 * page margins; lines as full as the width allows, broken between Chinese characters but never before a closing
 * 。，、」, at spaces in English (inside a word only when the word is wider than the line), never inside a character
 * outside the BMP; pages broken only when full, each continued page starting at the top margin.
 */
class PdfLineBreakingTest {

    static final float BODY = 10.5f;
    static final float LEADING = 18f;
    static final String HAN = "技术出口管制与开源模型生态应对美国政府讨论签证规则中国企业数据人才争夺地缘政治投射".repeat(12);
    static final String PUNCTUATED = PdfArticles.chineseWithPunctuation(1500, 7);
    static final String ENGLISH = PdfArticles.englishWords(400, 11);
    static final String LONG_WORD = "Pneumono" + "abcdefghij".repeat(40);
    static final String EMOJI = "a😀".repeat(70) + " " + "😀".repeat(90);
    /** Paragraphs long enough for three pages and more, one blank line and one CRLF between them. */
    static final List<String> PAGES = List.of(PdfArticles.chineseWithPunctuation(1200, 1),
            PdfArticles.chineseWithPunctuation(1200, 2), PdfArticles.chineseWithPunctuation(1200, 3),
            PdfArticles.chineseWithPunctuation(900, 4));

    static AnnotatedArticle article;
    static PdfView view;
    /** Body lines (the article text) per chapter, the chapter's own heading line left out. */
    static List<List<Line>> chapters = new ArrayList<>();

    // Before each test, not once per class: PIT credits what a @BeforeAll runs to the first test only, and would
    // then try a mutant of the layout code on that test alone.
    @BeforeEach
    void export() throws Exception {
        article = PdfArticles.chapters("排版 layout", new String[] { "汉字", HAN + "\n" + PUNCTUATED },
                new String[] { "English", ENGLISH }, new String[] { "长词", "see " + LONG_WORD + " end" },
                new String[] { "表情", EMOJI },
                new String[] { "分页", PAGES.get(0) + "\n\n" + PAGES.get(1) + "\r\n" + PAGES.get(2) + "\n" + PAGES.get(3) });
        view = PdfArticles.view(article);
        chapters = new ArrayList<>();
        // Chapters start on new pages under a 14 pt heading.
        TreeSet<Integer> starts = new TreeSet<>();
        view.glyphs(g -> g.size() == 14f).forEach(g -> starts.add(g.page()));
        assertEquals(5, starts.size(), "one heading page per chapter");
        List<Integer> first = new ArrayList<>(starts);
        first.add(view.pages);
        for (int c = 0; c < 5; c++) {
            int from = first.get(c);
            int to = first.get(c + 1);
            chapters.add(view.lines(g -> g.size() == BODY && g.page() >= from && g.page() < to).stream()
                    .filter(l -> !l.text().matches("[一二三四五]、.*")).toList());
        }
    }

    /** The lines of one paragraph: consecutive lines whose text, spaces removed, adds up to {@code paragraph}. */
    static List<Line> paragraph(List<Line> lines, String paragraph) {
        String wanted = paragraph.replace(" ", "");
        for (int start = 0; start < lines.size(); start++) {
            StringBuilder sb = new StringBuilder();
            for (int end = start; end < lines.size() && sb.length() < wanted.length(); end++) {
                sb.append(lines.get(end).text().replace(" ", ""));
                if (sb.toString().equals(wanted)) {
                    return lines.subList(start, end + 1);
                }
            }
        }
        throw new AssertionError("no run of lines reads " + paragraph.substring(0, 20) + "…");
    }

    @Test
    void everyCharacterOfTheArticleAppearsExactlyOnceInReadingOrder() {
        String drawn = view.text(g -> g.size() == BODY).replaceAll("\\s", "");
        assertEquals(article.text().toString().replaceAll("\\s", ""), drawn);
    }

    @Test
    void nothingIsDrawnOutsideThePageMarginsButTheRunningTitleAndPageNumbers() {
        for (Glyph g : view.glyphs) {
            if (g.text().isBlank() || g.y() < BOTTOM - 20 || g.y() > TOP + 20) {
                continue; // page furniture lies in the margins by design
            }
            assertTrue(g.x() >= LEFT - EPS && g.right() <= RIGHT + EPS, "inside left and right margins: " + g);
            assertTrue(g.y() >= BOTTOM && g.y() + g.size() <= TOP + EPS, "inside top and bottom margins: " + g);
        }
        view.rects.forEach(r -> assertTrue(r.x() >= LEFT - EPS && r.right() <= RIGHT + EPS && r.y() >= BOTTOM - 4
                && r.top() <= TOP + EPS, "inside the margins: " + r));
    }

    @Test
    void chineseLinesAreFilledUpToTheRightMargin() {
        List<Line> lines = paragraph(chapters.get(0), HAN);
        assertTrue(lines.size() >= 10, "a long paragraph: " + lines.size() + " lines");
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            assertTrue(near(line.left(), LEFT), "starts at the left margin");
            assertTrue(line.inkRight() <= RIGHT + EPS, "fits: " + line.text());
            // Between any two Chinese characters a line may break: it breaks only when the next one does not fit.
            float next = lines.get(i + 1).glyphs().get(0).width();
            assertTrue(line.inkRight() + next > RIGHT, "full: " + line.text() + " ends at " + line.inkRight());
        }
        assertTrue(lines.get(lines.size() - 1).inkRight() <= RIGHT + EPS);
    }

    @Test
    void noLineBeginsWithClosingPunctuationYetLinesStayNearlyFull() {
        List<Line> lines = paragraph(chapters.get(0), PUNCTUATED);
        int punctuationAtLineEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String first = line.glyphs().get(0).text();
            assertFalse("，。、」）！？；".contains(first), "line " + i + " begins with " + first + ": " + line.text());
            assertTrue(line.inkRight() <= RIGHT + EPS, "fits: " + line.text());
            if (i + 1 < lines.size()) {
                // Kept with the character before it, a mark costs at most a character or two of room.
                assertTrue(line.inkRight() > RIGHT - 3 * BODY, "nearly full: " + line.text());
                punctuationAtLineEnd += "，。、」）！？；".contains(line.glyphs().get(line.glyphs().size() - 1).text()) ? 1 : 0;
            }
        }
        assertTrue(punctuationAtLineEnd > 0, "some lines end with the mark that could not begin the next");
    }

    @Test
    void englishBreaksAtSpacesAndOnlyWhenTheNextWordDoesNotFit() {
        List<Line> lines = paragraph(chapters.get(1), ENGLISH);
        assertTrue(lines.size() >= 10, lines.size() + " lines");
        List<String> words = new ArrayList<>();
        float space = view.glyphs(g -> g.size() == BODY && g.text().equals(" ")).get(0).width();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            words.add(line.text().strip());
            assertTrue(line.inkRight() <= RIGHT + EPS, "fits: " + line.text());
            if (i + 1 < lines.size()) {
                List<Glyph> next = lines.get(i + 1).glyphs();
                float word = 0;
                for (int k = 0; k < next.size() && !next.get(k).text().equals(" "); k++) {
                    word += next.get(k).width();
                }
                assertTrue(line.inkRight() + space + word > RIGHT, "the next word would have fitted: " + line.text());
            }
        }
        // Joined at the breaks with one space, the lines give back the paragraph: no word was cut.
        assertEquals(ENGLISH, String.join(" ", words));
    }

    @Test
    void aWordWiderThanTheLineIsCutByCharactersIntoFullLines() {
        List<Line> lines = chapters.get(2);
        assertEquals("see", lines.get(0).text().strip(), "the short word before it keeps its own line");
        List<Line> cut = paragraph(lines.subList(1, lines.size()), LONG_WORD + " end");
        assertTrue(cut.size() >= 3, cut.size() + " lines");
        for (int i = 0; i + 1 < cut.size(); i++) {
            Line line = cut.get(i);
            assertTrue(line.inkRight() <= RIGHT + EPS, "fits: " + line.text());
            assertTrue(line.inkRight() + cut.get(i + 1).glyphs().get(0).width() > RIGHT, "full: " + line.text());
        }
        assertTrue(cut.get(cut.size() - 1).text().endsWith(" end"), "the next word joins the word's last piece");
    }

    @Test
    void charactersOutsideTheBmpAreNeverSplitAndComeFromTheFontThatHasThem() {
        List<Line> lines = chapters.get(3);
        assertTrue(lines.size() >= 3, lines.size() + " lines");
        int emoji = 0;
        for (Line line : lines) {
            assertTrue(line.inkRight() <= RIGHT + EPS, "fits: " + line.text());
            for (Glyph g : line.glyphs()) {
                assertFalse(g.text().chars().anyMatch(c -> Character.isSurrogate((char) c)) && g.text().codePointCount(0,
                        g.text().length()) != 1 || g.text().equals("\uFFFD"), "a whole character: " + g);
                emoji += g.text().equals("😀") ? 1 : 0;
            }
        }
        assertEquals(160, emoji, "every 😀 drawn once");
        String emojiFont = view.glyphs(g -> g.text().equals("😀")).get(0).font();
        String latinFont = view.glyphs(g -> g.text().equals("a") && g.size() == BODY).get(0).font();
        String hanFont = view.glyphs(g -> g.text().equals("技") && g.size() == BODY).get(0).font();
        assertNotEquals(hanFont, emojiFont, "😀 comes from the font that has it, not the CJK font");
        assertEquals(hanFont, latinFont, "the CJK font draws the Latin letters it has");
    }

    @Test
    void pagesBreakOnlyWhenFullAndContinueAtTheTopMargin() {
        List<Line> lines = chapters.get(4);
        TreeSet<Integer> pages = new TreeSet<>();
        lines.forEach(l -> pages.add(l.page()));
        assertTrue(pages.size() >= 3, "the chapter runs over " + pages.size() + " pages");
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            if (next.page() != line.page()) {
                assertEquals(line.page() + 1, next.page());
                // No room for one more line of 18 pt (its box reaches a quarter of the leading below its baseline).
                assertTrue(line.y() - LEADING - LEADING / 4 < BOTTOM, "page " + line.page() + " ends early at "
                        + line.y());
                assertTrue(TOP - next.y() < LEADING && TOP - next.y() > BODY / 2, "continues at the top: " + next.y());
            }
        }
        // Within a page lines follow one leading apart; a blank line adds under half a line, a CRLF adds nothing.
        List<Line> second = paragraph(lines, PAGES.get(1));
        List<Line> first = paragraph(lines, PAGES.get(0));
        List<Line> third = paragraph(lines, PAGES.get(2));
        assertGap(first.get(first.size() - 1), second.get(0), LEADING, LEADING * 1.5f);
        assertGap(second.get(second.size() - 1), third.get(0), LEADING, LEADING);
        for (int i = 0; i + 1 < second.size(); i++) {
            if (second.get(i).page() == second.get(i + 1).page()) {
                assertTrue(near(second.get(i).y() - second.get(i + 1).y(), LEADING), "one leading apart");
            }
        }
    }

    private static void assertGap(Line above, Line below, float min, float max) {
        if (above.page() != below.page()) {
            return; // the seeded text does not put these on a page break; if it did, the gap is not measurable
        }
        float gap = above.y() - below.y();
        if (min == max) {
            assertTrue(near(gap, min), "gap " + gap);
        } else {
            assertTrue(gap > min + 1 && gap <= max, "gap " + gap);
        }
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= 0.01f;
    }
}
