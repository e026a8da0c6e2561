package glossa.core.tests.export;

import static glossa.core.tests.export.PdfView.EPS;
import static glossa.core.tests.export.PdfView.LEFT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Rect;
import glossa.model.Annotation;

/**
 * The highlights of the PDF report as a reader sees them: the outermost annotation's colour (mixed with white as the
 * HTML report's highlight at alpha 0x55) behind exactly its characters, line by line; each further annotation a bar
 * of its own colour under exactly its characters, at most four bars deep; a small raised reference number in a grey
 * box right before each annotation's first character.
 */
class PdfHighlightTest {

    static final float BODY = 10.5f;
    static final String QUOTE = "美国政府讨论技术出口管制";
    static final String INNER = "技术出口管制";
    static final String LONG = "技术出口管制与开源模型生态应对美国政府讨论签证规则中国企业数据人才争夺地缘政治投射".repeat(5);
    static final String NESTED = "甲乙丙丁戊己庚辛壬癸子丑";
    static final String[] LAYER_TYPES = { DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE,
            DefaultCodebook.COUNTER_STRATEGY, DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE,
            DefaultCodebook.COUNTER_STRATEGY };

    static AnnotatedArticle article;
    static PdfView view;
    static Annotation claim;
    static Annotation measure;
    static Annotation acrossLines;
    static List<Annotation> layers = new ArrayList<>();
    /** The article text's glyphs in drawing order (reference numbers and notes left out). */
    static List<Glyph> body;
    static String bodyText;

    // Before each test, not once per class: PIT credits what a @BeforeAll runs to the first test only, and would
    // then try a mutant of the layout code on that test alone.
    @BeforeEach
    void export() throws Exception {
        article = PdfArticles.chapters("高亮 highlights", new String[] { "高亮", "前文" + QUOTE + "与签证规则后文。\n" + LONG },
                new String[] { "嵌套", NESTED });
        String text = article.text().toString();
        var document = article.document();
        int q = text.indexOf(QUOTE);
        claim = ExportFixtures.add(document, text, DefaultCodebook.CLAIM, q, q + QUOTE.length(), "ana");
        int in = text.indexOf(INNER, q);
        measure = ExportFixtures.add(document, text, DefaultCodebook.POLICY_MEASURE, in, in + INNER.length(), "ana");
        int l = text.indexOf(LONG) + 30; // a line holds about 46 characters: this one runs over the first break
        acrossLines = ExportFixtures.add(document, text, DefaultCodebook.COUNTER_STRATEGY, l, l + 40, "ana");
        int n = text.indexOf(NESTED);
        layers = new ArrayList<>();
        for (int k = 0; k < LAYER_TYPES.length; k++) {
            layers.add(ExportFixtures.add(document, text, LAYER_TYPES[k], n + k, n + NESTED.length() - k, "ana"));
        }
        view = PdfArticles.view(article);
        body = view.glyphs(g -> g.size() == BODY);
        StringBuilder sb = new StringBuilder();
        body.forEach(g -> sb.append(g.text()));
        bodyText = sb.toString();
    }

    static int rgb(String typeId) {
        String hex = glossa.core.codebook.Codebooks.allTypes(article.document().getCodebook()).stream().filter(t -> t.getId().equals(typeId))
                .findFirst().orElseThrow().getColor();
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** The type colour over white at alpha 0x55, as the HTML report's highlight looks. */
    static int tint(int rgb) {
        float alpha = 0x55 / 255f;
        Color c = new Color(rgb);
        int[] mixed = new int[3];
        int[] channels = { c.getRed(), c.getGreen(), c.getBlue() };
        for (int i = 0; i < 3; i++) {
            mixed[i] = Math.round(255 * (1 - alpha) + channels[i] * alpha);
        }
        return new Color(mixed[0], mixed[1], mixed[2]).getRGB() & 0xFFFFFF;
    }

    static List<Glyph> glyphsOf(String text) {
        int at = bodyText.indexOf(text);
        assertTrue(at >= 0, text + " is drawn");
        return body.subList(at, at + text.length());
    }

    /** Rectangles of colour {@code rgb} behind the line of {@code g} (they reach across its baseline). */
    static List<Rect> rectsAround(Glyph g, int rgb) {
        return view.rects(r -> r.page() == g.page() && (r.rgb() & 0xFFFFFF) == rgb && r.y() < g.y() && r.top() > g.y());
    }

    /** Thin bars in the band under the line of {@code g} (above the next line's characters), top one first. */
    static List<Rect> barsUnder(Glyph g) {
        List<Rect> bars = new ArrayList<>(view.rects(r -> r.page() == g.page() && r.h() < 2 && r.top() <= g.y()
                && r.top() > g.y() - 8 && under(r, g)));
        bars.sort(Comparator.comparing(Rect::y).reversed());
        return bars;
    }

    static boolean under(Rect r, Glyph g) {
        return r.x() <= g.x() + EPS && r.right() >= g.right() - EPS;
    }

    @Test
    void theOutermostAnnotationsTintCoversExactlyItsCharacters() {
        List<Glyph> quote = glyphsOf(QUOTE);
        int tint = tint(rgb(DefaultCodebook.CLAIM));
        List<Rect> backgrounds = rectsAround(quote.get(0), tint);
        assertTrue(!backgrounds.isEmpty(), "a tinted background");
        for (Glyph g : quote) {
            assertTrue(backgrounds.stream().anyMatch(r -> under(r, g)), "behind " + g.text());
        }
        float from = quote.get(0).x();
        float to = quote.get(quote.size() - 1).right();
        for (Rect r : backgrounds) {
            assertTrue(r.x() >= from - EPS && r.right() <= to + EPS, "no wider than the quote: " + r);
            assertTrue(r.y() < quote.get(0).y() && r.top() > quote.get(0).y() + 0.8f * BODY,
                    "from below the baseline to above the characters: " + r);
            assertTrue(r.h() < 18, "within its line: " + r);
        }
        for (Glyph g : glyphsOf("前文")) {
            assertTrue(backgrounds.stream().noneMatch(r -> under(r, g)), "nothing behind the text before: " + g);
        }
        for (Glyph g : glyphsOf("与签证")) {
            assertTrue(backgrounds.stream().noneMatch(r -> under(r, g)), "nothing behind the text after: " + g);
        }
    }

    @Test
    void anAnnotationInsideAnotherIsABarOfItsColourUnderExactlyItsCharacters() {
        List<Glyph> inner = glyphsOf(INNER);
        List<Rect> bars = barsUnder(inner.get(0));
        assertEquals(1, bars.size(), bars.toString());
        assertEquals(rgb(DefaultCodebook.POLICY_MEASURE), bars.get(0).rgb() & 0xFFFFFF, "in the type's colour");
        Rect bar = bars.get(0);
        assertTrue(PdfView.near(bar.x(), inner.get(0).x()) && PdfView.near(bar.right(),
                inner.get(inner.size() - 1).right()), "exactly under " + INNER + ": " + bar);
        assertTrue(bar.h() > 0.5f && bar.h() < 2, "a thin bar: " + bar);
        Rect background = rectsAround(inner.get(0), tint(rgb(DefaultCodebook.CLAIM))).stream()
                .filter(r -> under(r, inner.get(0))).findFirst().orElseThrow();
        assertTrue(PdfView.near(bar.top(), background.y()), "right under the outer highlight: " + bar + " " + background);
        assertTrue(rectsAround(inner.get(0), tint(rgb(DefaultCodebook.POLICY_MEASURE))).isEmpty(),
                "the inner annotation does not tint");
    }

    @Test
    void aHighlightOverALineBreakCoversItsCharactersOnBothLines() {
        String text = article.text().toString().substring(acrossLines.getBegin(), acrossLines.getEnd());
        List<Glyph> quote = glyphsOf(text);
        assertTrue(quote.get(0).y() != quote.get(quote.size() - 1).y(), "the annotation runs over two lines");
        int tint = tint(rgb(DefaultCodebook.COUNTER_STRATEGY));
        Glyph first = quote.get(0);
        Glyph last = quote.get(quote.size() - 1);
        List<Rect> onFirst = rectsAround(first, tint);
        List<Rect> onSecond = rectsAround(last, tint);
        assertEquals(1, onFirst.size());
        assertEquals(1, onSecond.size());
        float endOfFirstLine = quote.stream().filter(g -> g.y() == first.y()).map(Glyph::right)
                .max(Comparator.naturalOrder()).orElseThrow();
        assertTrue(PdfView.near(onFirst.get(0).x(), first.x()) && PdfView.near(onFirst.get(0).right(), endOfFirstLine),
                "to the end of the first line: " + onFirst);
        assertTrue(PdfView.near(onSecond.get(0).x(), LEFT) && PdfView.near(onSecond.get(0).right(), last.right()),
                "from the start of the second line: " + onSecond);
    }

    @Test
    void deepOverlapsDrawTheOuterTintAndAtMostFourBarsInnermostLowest() {
        // Layer k covers NESTED[k .. length-k]: one character more of depth per step inwards.
        List<Glyph> nested = glyphsOf(NESTED);
        int outerTint = tint(rgb(LAYER_TYPES[0]));
        for (int depth = 1; depth <= LAYER_TYPES.length; depth++) {
            Glyph g = nested.get(depth - 1);
            assertTrue(rectsAround(g, outerTint).stream().anyMatch(r -> under(r, g)), "tinted: " + g.text());
            List<Rect> bars = barsUnder(g);
            int expected = Math.min(depth - 1, 4);
            assertEquals(expected, bars.size(), "bars under " + g.text() + " at depth " + depth);
            for (int b = 0; b < bars.size(); b++) {
                assertEquals(rgb(LAYER_TYPES[b + 1]), bars.get(b).rgb() & 0xFFFFFF, "bar " + b + " of layer " + (b + 1));
                if (b > 0) {
                    assertTrue(PdfView.near(bars.get(b).top(), bars.get(b - 1).y()), "stacked without gap");
                }
            }
        }
    }

    @Test
    void eachAnnotationOpensWithItsNumberRaisedInABoxRightBeforeItsFirstCharacter() {
        int text = body.get(0).page(); // the summary's chart writes its counts in the same small size
        List<Glyph> refs = view.glyphs(g -> g.size() == 6.5f && g.page() >= text);
        List<String> numbers = new ArrayList<>();
        refs.forEach(g -> numbers.add(g.text()));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), numbers, "in reading order");
        Glyph one = refs.get(0);
        Glyph quoteStart = glyphsOf(QUOTE).get(0);
        assertTrue(PdfView.near(one.right(), quoteStart.x()), "right before " + QUOTE);
        assertTrue(PdfView.near(one.y(), quoteStart.y() + 4), "raised above the baseline");
        Glyph two = refs.get(1);
        assertTrue(PdfView.near(two.right(), glyphsOf(INNER).get(0).x()), "right before " + INNER);
        for (Glyph ref : refs) {
            List<Rect> boxes = view.rects(r -> r.page() == ref.page() && (r.rgb() & 0xFFFFFF) == 0xE6E6E6
                    && PdfView.near(r.x(), ref.x()));
            assertEquals(1, boxes.size(), "one box behind " + ref);
            Rect box = boxes.get(0);
            assertTrue(PdfView.near(box.right(), ref.right()) && box.y() < ref.y() && box.top() > ref.y() + 0.7f * 6.5f,
                    "the box holds the number: " + box + " " + ref);
        }
    }
}
