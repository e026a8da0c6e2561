package glossa.core.tests.export;

import static glossa.core.tests.export.PdfView.EPS;
import static glossa.core.tests.export.PdfView.LEFT;
import static glossa.core.tests.export.PdfView.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Line;
import glossa.core.tests.export.PdfView.Rect;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/**
 * The first page of the PDF report as a reader sees it: the title in large bold type, wrapped within the margins; a
 * label column (bold) and a value column of what is known about the article and the export, a long value wrapping in
 * its column and unknown ones left out; the legend, one colour swatch and name per type, rows filled left to right
 * before wrapping.
 */
class PdfHeaderTest {

    static final String URL = "https://example.org/" + "very-long-path-segment/".repeat(12) + "article.html";

    static AnnotatedArticle withProvenance() {
        AnnotatedArticle article = ExportFixtures.small();
        Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
        provenance.setAuthor("王小明");
        provenance.setPublished("2025-01-02");
        provenance.setUrl(URL);
        article.document().setProvenance(provenance);
        return article;
    }

    /** The header's label/value pairs: per line at the left margin in 9 pt bold, the text to its right. */
    static List<List<String>> meta(PdfView view) {
        List<List<String>> rows = new ArrayList<>();
        for (Line line : view.lines(g -> g.page() == 0 && g.size() == 9f)) {
            String label = line.glyphs().stream().filter(g -> g.x() < LEFT + 70 - EPS).map(Glyph::text)
                    .reduce("", String::concat);
            String value = line.glyphs().stream().filter(g -> g.x() >= LEFT + 70 - EPS).map(Glyph::text)
                    .reduce("", String::concat);
            if (label.isEmpty()) { // a value's continuation line
                List<String> last = rows.get(rows.size() - 1);
                last.set(1, last.get(1) + value);
            } else {
                rows.add(new ArrayList<>(List.of(label, value)));
            }
        }
        return rows;
    }

    @Test
    void theHeaderListsWhatIsKnownLabelsBoldValuesInTheirColumn() throws Exception {
        PdfView view = PdfView.of(PdfArticles.pdf(withProvenance(), ExportFixtures.OPTIONS.withSections(Set.of("二", "一"))));
        assertEquals(List.of(List.of("Author", "王小明"), List.of("Published", "2025-01-02"), List.of("URL", URL),
                List.of("Source", "article.zh.txt"), List.of("Exported", "2025-09-26T12:00:00Z"),
                List.of("Filter", meta(view).get(5).get(1)), List.of("Sections", "一, 二"), List.of("Annotations", "4")),
                meta(view));
        for (Line line : view.lines(g -> g.page() == 0 && g.size() == 9f)) {
            for (Glyph g : line.glyphs()) {
                assertEquals(g.x() < LEFT + 70 - EPS, g.bold(), "labels bold, values regular: " + g);
            }
            assertTrue(line.inkRight() <= RIGHT + EPS, "inside the margin: " + line.text());
        }
        List<Line> url = view.lines(g -> g.page() == 0 && g.size() == 9f && g.x() >= LEFT + 70 - EPS).stream()
                .filter(l -> URL.contains(l.text())).toList();
        assertTrue(url.size() >= 2, "the long URL wraps");
        url.forEach(l -> assertTrue(PdfView.near(l.left(), LEFT + 70), "in the value column: " + l.text()));
    }

    @Test
    void unknownValuesAreLeftOutAndAllSectionsSaid() throws Exception {
        PdfView view = PdfArticles.view(ExportFixtures.small());
        List<String> labels = meta(view).stream().map(r -> r.get(0)).toList();
        assertEquals(List.of("Source", "Exported", "Filter", "Sections", "Annotations"), labels);
        assertEquals("all", meta(view).get(3).get(1));
    }

    @Test
    void aLongTitleWrapsInLargeBoldTypeWithinTheMargins() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().setTitle("A very long report title " + PdfArticles.englishWords(30, 5));
        PdfView view = PdfArticles.view(article);
        List<Line> title = view.lines(g -> g.page() == 0 && g.size() == 18f);
        assertTrue(title.size() >= 2, title.size() + " title lines");
        for (int i = 0; i < title.size(); i++) {
            Line line = title.get(i);
            assertTrue(PdfView.near(line.left(), LEFT) && line.inkRight() <= RIGHT + EPS, line.text());
            assertTrue(line.glyphs().stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::bold), "bold");
            if (i > 0) {
                float gap = title.get(i - 1).y() - line.y();
                assertTrue(gap > 18 && gap < 18 * 2, "lines a little more than the size apart: " + gap);
            }
        }
        Line firstMeta = view.lines(g -> g.page() == 0 && g.size() == 9f).get(0);
        assertTrue(firstMeta.y() < title.get(title.size() - 1).y() - 18, "the header starts below the title");
    }

    @Test
    void theLegendShowsEachTypeWithItsColourInRowsFilledBeforeWrapping() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        List<AnnotationType> types = new ArrayList<>(glossa.core.codebook.Codebooks.allTypes(
                article.document().getCodebook()));
        for (int i = 0; i < 9; i++) {
            AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
            type.setId("extra-" + i);
            type.setName("Extra type " + "x".repeat(3 * i) + " " + i);
            // Only #RRGGBB counts: anything else is grey.
            type.setColor(i == 7 ? "blue" : i == 8 ? null : String.format("#%02X%02X%02X", 20 * i, 200 - 15 * i, 90));
            article.document().getCodebook().getTypes().add(type);
            types.add(type);
        }
        PdfView view = PdfArticles.view(article);
        List<Line> rows = view.lines(g -> g.page() == 0 && g.size() == 9.5f);
        assertTrue(rows.size() >= 3, "the legend wraps: " + rows.size() + " rows");
        List<Rect> swatches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<float[]> items = new ArrayList<>(); // swatch x, name right, row
        for (int r = 0; r < rows.size(); r++) {
            Line row = rows.get(r);
            List<List<Glyph>> cells = PdfSummaryTest.cells(row);
            for (List<Glyph> cell : cells) {
                names.add(PdfSummaryTest.text(cell));
                Glyph first = cell.get(0);
                Rect swatch = view.rects(s -> s.page() == 0 && s.w() == 9 && s.h() == 9 && s.right() < first.x()
                        && s.right() > first.x() - 6 && s.y() < first.y() + 2 && s.top() > first.y()).get(0);
                swatches.add(swatch);
                items.add(new float[] { swatch.x(), cell.get(cell.size() - 1).right(), r });
            }
        }
        assertEquals(types.size(), names.size(), names.toString());
        assertEquals(List.of("Claim", "Policy measure", "Counter-strategy"), names.subList(0, 3));
        for (int t = 0; t < types.size(); t++) {
            String hex = types.get(t).getColor();
            int rgb = hex != null && hex.startsWith("#") ? Integer.parseInt(hex.substring(1), 16) : 0x999999;
            assertEquals(rgb, swatches.get(t).rgb() & 0xFFFFFF, "swatch of " + names.get(t));
        }
        assertEquals(types.subList(3, types.size()).stream().map(AnnotationType::getName).toList(),
                names.subList(3, names.size()), "in codebook order, left to right, row by row");
        float gap = items.get(1)[0] - items.get(0)[1]; // from a name to the next swatch
        for (int i = 0; i < items.size(); i++) {
            float[] item = items.get(i);
            assertTrue(item[1] + gap <= RIGHT + EPS, "fits with its gap: " + names.get(i));
            if (i == 0 || items.get(i - 1)[2] != item[2]) {
                assertTrue(PdfView.near(item[0], LEFT), "a row starts at the margin: " + names.get(i));
                if (i > 0) {
                    float placed = items.get(i - 1)[1] + gap + (item[1] - item[0]);
                    assertTrue(placed + gap > RIGHT, "wrapped only because it did not fit: " + names.get(i));
                }
            } else {
                assertTrue(Math.abs(item[0] - items.get(i - 1)[1] - gap) < 0.01f, "evenly spaced: " + names.get(i));
            }
        }
        float rowGap = rows.get(0).y() - rows.get(1).y();
        assertTrue(rowGap > 9.5f + 2 && rowGap < 2 * 9.5f, "rows a line apart: " + rowGap);
        for (int r = 1; r < rows.size(); r++) {
            assertTrue(Math.abs(rows.get(r - 1).y() - rows.get(r).y() - rowGap) < 0.01f, "rows evenly spaced");
        }
    }
}
