package glossa.core.tests.export;

import static glossa.core.tests.export.PdfView.BOTTOM;
import static glossa.core.tests.export.PdfView.EPS;
import static glossa.core.tests.export.PdfView.LEFT;
import static glossa.core.tests.export.PdfView.RIGHT;
import static glossa.core.tests.export.PdfView.TOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Line;
import glossa.core.tests.export.PdfView.Rect;
import glossa.model.Annotation;

/**
 * The notes of the PDF report as a reader sees them, per annotation in number order: its number and type in bold
 * with a swatch of the type colour at the margin, author, date and status in small grey after it, the quote in quotes
 * with line breaks flattened, the attributes, the memo and the relations (with the other annotation's number).
 */
class PdfNotesTest {

    static AnnotatedArticle article;
    static PdfView view;
    /** The lines of the notes, in reading order (the article's text, headings and page furniture left out). */
    static List<Line> notes;

    // Before each test, not once per class: PIT credits what a @BeforeAll runs to the first test only, and would
    // then try a mutant of the layout code on that test alone.
    @BeforeEach
    void export() throws Exception {
        article = ExportFixtures.small();
        view = PdfArticles.view(article);
        int firstChapter = view.glyphs(g -> g.size() == 14f).get(0).page();
        notes = view.lines(g -> g.page() >= firstChapter && g.size() < 10 && g.size() != 6.5f && g.y() > BOTTOM
                && g.y() < TOP);
    }

    static int index(String start) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no note line starts with " + start + " in " + notes.stream().map(Line::text).toList());
    }

    @Test
    void eachNoteReadsNumberTypeBylineQuoteAttributesMemoAndRelations() {
        // Table: the lines of each note, in order, as printed.
        List<List<String>> expected = List.of(
                List.of("1  Claim   ana · 2025-09-20 · confirmed", "“技术出口管制”", "actor: 美国政府; stance: critical",
                        "Memo: 主张, with \"quotes\", commas and a new line"),
                List.of("2  Policy measure   bo · 2025-09-20 · suggested", "“出口管制”", "instrument: export control",
                        "← counters 3"),
                List.of("3  Counter-strategy   ana · 2025-09-20 · confirmed", "“开源模型”", "→ counters 2"),
                List.of("4  Claim   ana · 2025-09-20 · confirmed", "“模型生态”"));
        int previous = -1;
        for (List<String> note : expected) {
            int at = index(note.get(0).substring(0, 3));
            assertTrue(at > previous, "in number order");
            List<String> printed = new ArrayList<>();
            for (int i = at; i < at + note.size(); i++) {
                printed.add(notes.get(i).text());
            }
            assertEquals(note, printed);
            if (notes.size() > at + note.size()) {
                assertTrue(notes.get(at + note.size()).text().matches("\\d  .*|Notes"), "nothing more in the note: "
                        + notes.get(at + note.size()).text());
            }
            previous = at;
        }
    }

    @Test
    void theHeadIsBoldTheBylineAttributesAndRelationsGreyAndAllIndentedPastTheSwatch() {
        Line head = notes.get(index("1  Claim"));
        List<Glyph> type = head.glyphs().stream().filter(g -> g.size() == 9.5f).toList();
        assertEquals("1  Claim", type.stream().map(Glyph::text).reduce("", String::concat));
        assertTrue(type.stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::bold), "number and type in bold");
        List<Glyph> byline = head.glyphs().stream().filter(g -> g.size() == 8f).toList();
        assertTrue(byline.stream().noneMatch(Glyph::bold) && byline.stream().allMatch(g -> (g.rgb() & 0xFFFFFF) == 0x666666),
                "byline small, regular and grey");
        for (String grey : List.of("actor:", "← counters", "→ counters")) {
            Line line = notes.get(index(grey));
            assertTrue(line.glyphs().stream().allMatch(g -> (g.rgb() & 0xFFFFFF) == 0x666666 && !g.bold()), grey);
        }
        Line quote = notes.get(index("“技术出口管制”"));
        assertTrue(quote.glyphs().stream().noneMatch(Glyph::bold), "the quote regular");
        for (Line line : notes.subList(index("1  Claim"), notes.size())) {
            if (line.text().equals("Notes")) {
                continue;
            }
            assertTrue(PdfView.near(line.left(), LEFT + 12), "indented past the swatch: " + line.text());
            assertTrue(line.inkRight() <= RIGHT + EPS, "inside the margin: " + line.text());
        }
    }

    @Test
    void aSwatchOfTheTypeColourStandsBesideEachNotesHead() {
        // The small article's annotations in number order: claim, measure, counter-strategy, claim.
        List<Integer> colours = List.of(0xF5C542, 0x5DA5DA, 0x60BD68, 0xF5C542);
        for (int n = 1; n <= colours.size(); n++) {
            Line head = notes.get(index(n + "  "));
            int rgb = colours.get(n - 1);
            List<Rect> swatches = view.rects(r -> r.page() == head.page() && PdfView.near(r.x(), LEFT)
                    && (r.rgb() & 0xFFFFFF) == rgb && r.y() < head.y() + 9.5f && r.top() > head.y());
            assertEquals(1, swatches.size(), "note " + n);
            Rect swatch = swatches.get(0);
            assertTrue(swatch.w() > 3 && swatch.right() < head.left(), "a small mark left of the head: " + swatch);
            assertTrue(swatch.h() > 5 && swatch.h() <= 10 + EPS, "about a line high: " + swatch);
            assertTrue(swatch.y() >= head.y() - 0.3f * 9.5f && swatch.top() <= head.y() + 9.5f,
                    "level with the head's characters: " + swatch + " baseline " + head.y());
        }
    }

    @Test
    void aLongMemoWrapsInsideTheMarginsAtTheNoteIndent() throws Exception {
        AnnotatedArticle withLongMemo = ExportFixtures.small();
        ExportFixtures.claim.setMemo("A long memo. " + PdfArticles.englishWords(120, 3) + "\n\n" + "第二段" + "很长".repeat(80));
        PdfView wrapped = PdfArticles.view(withLongMemo);
        List<Line> memo = wrapped.lines(g -> g.size() == 9f && g.y() > BOTTOM && g.y() < TOP
                && g.page() >= wrapped.glyphs(h -> h.size() == 14f).get(0).page());
        assertTrue(memo.size() >= 4, memo.size() + " memo lines");
        assertTrue(memo.get(0).text().startsWith("Memo: A long memo."), memo.get(0).text());
        for (Line line : memo) {
            assertTrue(PdfView.near(line.left(), LEFT + 12), "at the note indent: " + line.text());
            assertTrue(line.inkRight() <= RIGHT + EPS, "inside the margin: " + line.text());
        }
        for (int i = 0; i + 1 < memo.size(); i++) {
            if (memo.get(i).page() == memo.get(i + 1).page()) {
                assertTrue(Math.abs(memo.get(i).y() - memo.get(i + 1).y() - 13.5f) < 0.01f, "one and a half sizes apart");
            }
        }
        assertTrue(memo.stream().map(Line::text).reduce("", String::concat).contains("第二段"), "one paragraph");
    }

    @Test
    void aRelationsMemoFollowsItInParenthesesAndAnUnknownBylineIsLeftOut() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getRelations().get(0).setMemo("开源\n应对");
        Annotation bare = ExportFixtures.ecosystem;
        bare.setAuthor(null);
        bare.setCreated(null);
        PdfView view = PdfArticles.view(article);
        List<String> lines = view.lines(g -> g.size() < 10 && g.size() != 6.5f && g.y() > BOTTOM && g.y() < TOP)
                .stream().map(Line::text).toList();
        assertTrue(lines.contains("→ counters 2 (开源 应对)"), lines.toString());
        assertTrue(lines.contains("← counters 3 (开源 应对)"), lines.toString());
        // The status always has a value (confirmed when unset); author and date are left out with their dots.
        assertTrue(lines.contains("4  Claim   confirmed"), "no author, no date: " + lines);
    }

    @Test
    void anAnnotationOfATypeOutsideTheCodebookIsGrey() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        var stranger = glossa.model.GlossaFactory.eINSTANCE.createAnnotationType();
        stranger.setId("stranger");
        stranger.setName("Stranger");
        stranger.setColor("#FF0000");
        ExportFixtures.ecosystem.setType(stranger);
        PdfView view = PdfArticles.view(article);
        Line head = view.lines(g -> g.size() == 9.5f && g.y() > BOTTOM).stream()
                .filter(l -> l.text().startsWith("4  Stranger")).findFirst().orElseThrow();
        assertEquals(1, view.rects(r -> r.page() == head.page() && PdfView.near(r.x(), LEFT)
                && (r.rgb() & 0xFFFFFF) == 0x808080 && r.y() < head.y() + 9.5f && r.top() > head.y()).size(),
                "a grey swatch");
        assertTrue(view.rects.stream().noneMatch(r -> (r.rgb() & 0xFFFFFF) == 0xFF0000), "its own colour unused");
    }

    @Test
    void aHeadTooLongForOneLineWrapsInsideTheMargins() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        ExportFixtures.claim.setAuthor("an annotator whose name is far too long " + PdfArticles.englishWords(20, 9));
        PdfView view = PdfArticles.view(article);
        List<Line> head = view.lines(g -> g.size() == 8f && (g.rgb() & 0xFFFFFF) == 0x666666 && g.y() > BOTTOM);
        assertTrue(head.size() >= 2, "the byline wraps: " + head.stream().map(Line::text).toList());
        for (Line line : head) {
            assertTrue(line.inkRight() <= RIGHT + EPS, "inside the margin: " + line.text());
        }
    }
}
