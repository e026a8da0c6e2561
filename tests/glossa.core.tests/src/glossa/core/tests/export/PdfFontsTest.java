package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Line;

/**
 * The fonts of the PDF report as a reader sees them: Chinese and Latin text in the CJK font, a character it lacks in
 * the Latin font that has it (inside and outside the BMP), a character no font has as a space, a tab as a space;
 * whatever the font, each piece of text starts where the one before it ends, so highlights and text stay together.
 * Bold is the regular face outlined thinly in the text colour. The font named by {@code glossa.pdf.font} comes first.
 */
class PdfFontsTest {

    static final float BODY = 10.5f;

    /**
     * One line per case: 前 X 后, X annotated so that it is a piece of its own (with its reference number before it).
     * What a reader sees where X is: the character itself, or a space when no font has it.
     */
    static Stream<Arguments> characters() {
        return Stream.of(Arguments.of("☃", "☃", "fallback"), Arguments.of("😀", "😀", "fallback"),
                Arguments.of("\uE000", " ", "missing"), Arguments.of("🚀", " ", "missing"),
                Arguments.of("\u0001", " ", "missing"), Arguments.of("中", "中", "cjk"), Arguments.of("A", "A", "cjk"));
    }

    @ParameterizedTest
    @MethodSource("characters")
    void eachCharacterIsDrawnByTheFirstFontThatHasItAndTheTextAroundItAbuts(String x, String seen, String font)
            throws Exception {
        String paragraph = "前" + x + "后";
        AnnotatedArticle article = PdfArticles.chapters("字体 fonts", new String[] { "字体", paragraph });
        String text = article.text().toString();
        int at = text.indexOf(paragraph) + 1;
        ExportFixtures.add(article.document(), text, DefaultCodebook.CLAIM, at, at + x.length(), "ana");
        PdfView view = PdfArticles.view(article);
        Line line = view.lines(g -> g.size() == BODY).stream().filter(l -> l.text().startsWith("前")).findFirst()
                .orElseThrow();
        // The line's glyphs with the reference number raised above its baseline.
        List<Glyph> glyphs = new ArrayList<>(view.glyphs(g -> g.page() == line.page()
                && (PdfView.near(g.y(), line.y()) || g.size() == 6.5f && PdfView.near(g.y(), line.y() + 4))));
        glyphs.sort(Comparator.comparing(Glyph::x));
        assertEquals(List.of("前", "1", seen, "后"), glyphs.stream().map(Glyph::text).toList());
        for (int i = 1; i < glyphs.size(); i++) {
            assertTrue(Math.abs(glyphs.get(i).x() - glyphs.get(i - 1).right()) < 0.01f,
                    "each piece starts where the one before ends: " + glyphs.get(i - 1) + " " + glyphs.get(i));
        }
        Glyph han = glyphs.get(0);
        Glyph drawn = glyphs.get(2);
        if (font.equals("fallback")) {
            assertNotEquals(han.font(), drawn.font(), "from the font that has it");
            assertTrue(drawn.width() > 1, "with its own width");
        } else {
            assertEquals(han.font(), drawn.font(), "the CJK font");
        }
        if (font.equals("missing")) {
            Glyph space = view.glyphs(g -> g.text().equals(" ") && g.font().equals(han.font())).get(0);
            assertEquals(space.width() / space.size(), drawn.width() / drawn.size(), 1e-4f, "as wide as a space");
        }
        // The highlight lies behind the character exactly.
        assertTrue(view.rects.stream().anyMatch(r -> Math.abs(r.x() - drawn.x()) < 0.01f
                && Math.abs(r.right() - drawn.right()) < 0.01f && r.y() < drawn.y() && r.top() > drawn.y()),
                "highlight behind " + x);
    }

    @Test
    void aTabIsASpace() throws Exception {
        AnnotatedArticle article = PdfArticles.chapters("字体 fonts", new String[] { "字体", "前\t后 a b" });
        PdfView view = PdfArticles.view(article);
        Line line = view.lines(g -> g.size() == BODY).stream().filter(l -> l.text().startsWith("前")).findFirst()
                .orElseThrow();
        assertEquals("前 后 a b", line.text());
        Glyph tab = line.glyphs().get(1);
        Glyph space = line.glyphs().get(3);
        assertEquals(space.width(), tab.width(), 1e-4f);
    }

    @Test
    void boldIsTheTextOutlinedThinlyInItsOwnColour() throws Exception {
        PdfView view = PdfArticles.view(ExportFixtures.small());
        List<Glyph> bold = view.glyphs(g -> g.bold() && !g.text().isBlank());
        assertTrue(bold.size() > 20, "headings, labels and note heads are bold");
        for (Glyph g : bold) {
            assertEquals(g.rgb(), (int) g.stroke()[0], "outline in the text colour: " + g);
            float width = g.stroke()[1];
            assertTrue(width > g.size() / 60 && width < g.size() / 15, "a thin outline: " + width + " at " + g.size());
        }
        assertTrue(view.glyphs(g -> !g.bold() && g.size() == BODY).size() > 20, "the article text is regular");
    }

    @Test
    void theFontNamedByTheSystemPropertyComesFirst() throws Exception {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Assumptions.assumeTrue(Files.isRegularFile(dejaVu), "needs DejaVu Sans");
        AnnotatedArticle article = PdfArticles.chapters("字体 fonts", new String[] { "Latin", "Latin text 中" });
        String before = System.getProperty("glossa.pdf.font");
        try {
            System.setProperty("glossa.pdf.font", dejaVu.toString());
            PdfView configured = PdfArticles.view(article);
            Glyph l = configured.glyphs(g -> g.text().equals("L") && g.size() == BODY).get(0);
            assertEquals("DejaVuSans", l.font(), "the configured font draws what it has");
            System.setProperty("glossa.pdf.font", "/no/such/font.ttf");
            PdfView missing = PdfArticles.view(article);
            Glyph han = missing.glyphs(g -> g.size() == BODY && g.text().equals("中")).get(0);
            assertNotEquals("DejaVuSans", han.font(), "a missing file is ignored: a CJK font is found");
            assertEquals(han.font(), missing.glyphs(g -> g.text().equals("L") && g.size() == BODY).get(0).font());
            System.setProperty("glossa.pdf.font", " ");
            assertEquals(han.font(), PdfArticles.view(article).glyphs(g -> g.text().equals("中")).get(0).font(),
                    "a blank setting is ignored");
        } finally {
            if (before == null) {
                System.clearProperty("glossa.pdf.font");
            } else {
                System.setProperty("glossa.pdf.font", before);
            }
        }
    }
}
