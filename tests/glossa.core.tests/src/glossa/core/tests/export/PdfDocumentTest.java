package glossa.core.tests.export;

import static glossa.core.tests.export.PdfView.BOTTOM;
import static glossa.core.tests.export.PdfView.HEIGHT;
import static glossa.core.tests.export.PdfView.LEFT;
import static glossa.core.tests.export.PdfView.TOP;
import static glossa.core.tests.export.PdfView.WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Line;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.ExportOptions;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The PDF report as a document: its properties (title, creator, date, language, opening with the bookmarks shown),
 * "page n of N" centred under every page and the running title over the chapter pages, the bookmarks (one per chapter
 * in order, one per point under its chapter, each pointing at the page and height of its heading), the notes-only
 * variant, and a case as one PDF with one top-level bookmark per article.
 */
class PdfDocumentTest {

    static final String LONG = PdfArticles.chineseWithPunctuation(2600, 5);

    /** Two chapters; the first long enough for three pages with a point starting on its second page. */
    static AnnotatedArticle article(String title) {
        String point = "1. 要点\n";
        AnnotatedArticle article = PdfArticles.chapters(title, new String[] { "背景", LONG + "\n" + point + "要点的文字。" },
                new String[] { "对策", "对策的文字。" });
        String text = article.text().toString();
        Section first = article.document().getSections().get(0);
        Section sub = ExportFixtures.section("1.", "要点", text.indexOf(point), first.getEnd(), SectionKind.BODY);
        sub.setLevel(2);
        first.getChildren().add(sub);
        int at = text.indexOf("对策的");
        ExportFixtures.add(article.document(), text, DefaultCodebook.CLAIM, at, at + 3, "ana");
        return article;
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("en", "en", "Page %d of %d"), Arguments.of("zh", "zh", "第 %d 页，共 %d 页"),
                Arguments.of("", "zh", "第 %d 页，共 %d 页")); // "" follows the article, Chinese here
    }

    @ParameterizedTest
    @MethodSource("languages")
    void propertiesAndPageNumbersSpeakTheReportsLanguage(String option, String language, String pageFormat)
            throws Exception {
        byte[] pdf = PdfArticles.pdf(article("文档 document"), ExportFixtures.OPTIONS.withLanguage(option));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("文档 document", info.getTitle());
            assertEquals("Glossa", info.getCreator());
            assertTrue(info.getProducer().startsWith("Glossa"), info.getProducer());
            assertEquals(ExportFixtures.DATE.toEpochMilli(), info.getCreationDate().getTimeInMillis(), "the export date");
            assertEquals(language, document.getDocumentCatalog().getLanguage());
            assertEquals(PageMode.USE_OUTLINES, document.getDocumentCatalog().getPageMode(), "opens with bookmarks");
            PdfView view = PdfView.of(document);
            int pages = view.pages;
            assertTrue(pages >= 4, pages + " pages");
            List<Line> footers = view.lines(g -> g.y() < BOTTOM - 10);
            assertEquals(pages, footers.size(), "one page number per page");
            for (int p = 0; p < pages; p++) {
                Line footer = footers.get(p);
                assertEquals(p, footer.page());
                assertEquals(String.format(pageFormat, p + 1, pages), footer.text());
                assertTrue(Math.abs((footer.left() + footer.right()) / 2 - WIDTH / 2) < 0.01f, "centred");
                assertTrue(footer.glyphs().stream().allMatch(g -> (g.rgb() & 0xFFFFFF) == 0x666666), "grey");
                assertTrue(footer.y() > 20, "on the page, under the bottom margin: " + footer.y());
            }
        }
    }

    @Test
    void theRunningTitleStandsOverTheChapterPagesShortenedWhenLong() throws Exception {
        String title = "一个很长的标题".repeat(12) + "END";
        PdfView view = PdfView.of(PdfArticles.pdf(article(title), ExportFixtures.OPTIONS));
        List<Line> running = view.lines(g -> g.y() > TOP + 10);
        int firstChapterPage = view.glyphs(g -> g.size() == 14f).get(0).page();
        assertEquals(view.pages - firstChapterPage, running.size(), "over each chapter page, not over the summary");
        for (Line line : running) {
            assertTrue(line.page() >= firstChapterPage);
            assertTrue(PdfView.near(line.left(), LEFT), "at the left margin");
            assertTrue(line.y() + line.glyphs().get(0).size() < HEIGHT - 20, "on the page, over the top margin");
            assertTrue(line.text().endsWith("…") && line.text().length() == 70, "shortened: " + line.text());
            assertTrue(title.startsWith(line.text().substring(0, 69)));
        }
        PdfView shortTitle = PdfView.of(PdfArticles.pdf(article("短标题"), ExportFixtures.OPTIONS));
        shortTitle.lines(g -> g.y() > TOP + 10).forEach(l -> assertEquals("短标题", l.text()));
    }

    @Test
    void bookmarksListTheChaptersAndPointsAtTheirHeadings() throws Exception {
        String longTitle = "标".repeat(130);
        AnnotatedArticle article = article(longTitle);
        byte[] pdf = PdfArticles.pdf(article, ExportFixtures.OPTIONS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfView view = PdfView.of(document);
            PDOutlineItem top = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("标".repeat(119) + "…", top.getTitle(), "a long title shortened to 120 characters");
            assertTrue(top.isNodeOpen(), "the article's bookmark is open");
            assertEquals(null, top.getNextSibling());
            List<String> chapters = new ArrayList<>();
            top.children().forEach(c -> chapters.add(c.getTitle()));
            assertEquals(List.of("一 背景", "二 对策"), chapters);
            List<Line> headings = view.lines(g -> g.size() == 14f);
            List<PDOutlineItem> items = new ArrayList<>();
            top.children().forEach(items::add);
            for (int c = 0; c < 2; c++) {
                assertPointsAt(document, items.get(c), headings.get(c));
            }
            List<String> points = new ArrayList<>();
            items.get(0).children().forEach(p -> points.add(p.getTitle()));
            assertEquals(List.of("1. 要点"), points);
            Line pointLine = view.lines(g -> g.size() == 10.5f).stream().filter(l -> l.text().equals("1. 要点"))
                    .findFirst().orElseThrow();
            assertTrue(pointLine.page() > headings.get(0).page(), "the point starts on a later page");
            assertPointsAt(document, items.get(0).getFirstChild(), pointLine);
            assertFalse(items.get(1).children().iterator().hasNext(), "the second chapter has no points");
            assertPointsAt(document, top, view.lines(g -> g.size() == 18f).get(0));
        }
    }

    /** The bookmark opens the page of {@code line} with the line just below the window's top. */
    private static void assertPointsAt(PDDocument document, PDOutlineItem item, Line line) throws Exception {
        PDPageXYZDestination destination = (PDPageXYZDestination) item.getDestination();
        assertEquals(line.page(), document.getPages().indexOf(destination.getPage()), item.getTitle());
        float glyphTop = line.y() + line.glyphs().get(0).size();
        assertTrue(destination.getTop() >= glyphTop && destination.getTop() <= Math.min(HEIGHT, glyphTop + 40),
                item.getTitle() + ": top " + destination.getTop() + " for a line at " + line.y());
        assertEquals(0, destination.getLeft());
    }

    @Test
    void withoutTheTextEachChapterListsItsNotesOrSaysItHasNone() throws Exception {
        PdfView view = PdfView.of(PdfArticles.pdf(article("注释 notes"), ExportFixtures.OPTIONS.withFullText(false)));
        assertTrue(view.glyphs(g -> g.size() == 10.5f).isEmpty(), "no article text");
        List<Line> headings = view.lines(g -> g.size() == 14f);
        assertEquals(List.of("一 背景", "二 对策"), headings.stream().map(Line::text).toList());
        assertFalse(view.text(g -> true).contains("Notes"), "no notes heading without the text");
        Line none = view.lines(g -> g.size() == 9.5f && g.page() == headings.get(0).page()).get(0);
        assertEquals("No annotations in this section.", none.text());
        assertTrue(none.glyphs().stream().allMatch(g -> (g.rgb() & 0xFFFFFF) == 0x666666), "in grey");
        String second = view.text(g -> g.page() == headings.get(1).page() && g.y() > BOTTOM);
        assertTrue(second.contains("1  Claim") && second.contains("“对策的”"), second);
    }

    @Test
    void withTheTextNotesFollowUnderANotesHeadingAndAChapterWithoutNotesSaysSo() throws Exception {
        PdfView view = PdfView.of(PdfArticles.pdf(article("注释 notes"), ExportFixtures.OPTIONS));
        List<Line> notesHeadings = view.lines(g -> g.size() == 11f && g.bold());
        assertEquals(List.of("Notes"), notesHeadings.stream().map(Line::text).toList(), "only under the chapter with notes");
        Line text = view.lines(g -> g.size() == 10.5f).stream().filter(l -> l.text().contains("对策的文字"))
                .findFirst().orElseThrow();
        assertEquals(text.page(), notesHeadings.get(0).page());
        assertTrue(notesHeadings.get(0).y() < text.y(), "after the text");
        assertEquals(1, view.lines(g -> g.size() == 9.5f).stream()
                .filter(l -> l.text().equals("No annotations in this section.")).count(), "the first chapter");
    }

    @Test
    void aCaseIsOnePdfWithOneBookmarkPerArticleAndContinuousPageNumbers() throws Exception {
        AnnotatedArticle english = PdfArticles.chapters("English article", new String[] { "Start", "Some English words." });
        AnnotatedArticle chinese = article("中文文章");
        for (var labels : List.of(List.of("", "Page %d of %d", "en"), List.of("zh", "第 %d 页，共 %d 页", "zh"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CaseExporter(Path.of("case"), "案例 case", List.of(english, chinese), english.document().getCodebook())
                    .export(ExportFixtures.format("pdf").caseWriter(), ExportFixtures.OPTIONS.withLanguage(labels.get(0)),
                            out, new NullProgressMonitor());
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                assertEquals("案例 case", document.getDocumentInformation().getTitle());
                assertEquals(labels.get(2), document.getDocumentCatalog().getLanguage(),
                        "the option's language, else the first article's");
                List<String> articles = new ArrayList<>();
                document.getDocumentCatalog().getDocumentOutline().children().forEach(a -> articles.add(a.getTitle()));
                assertEquals(List.of("English article", "中文文章"), articles);
                PdfView view = PdfView.of(document);
                List<Line> footers = view.lines(g -> g.y() < BOTTOM - 10);
                for (int p = 0; p < view.pages; p++) {
                    assertEquals(String.format(labels.get(1), p + 1, view.pages), footers.get(p).text());
                }
                // Each article starts on a page of its own with its title.
                List<Glyph> titles = view.glyphs(g -> g.size() == 18f);
                assertTrue(titles.get(0).page() == 0 && titles.get(titles.size() - 1).page() > 1);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "70, 70, 120", "71, 70, 121", "120, 70, 120", "121, 70, 120" })
    void titlesAreShortenedWithAnEllipsisOnlyWhenTooLong(int length, int runningLength, int bookmarkLength)
            throws Exception {
        String title = "T" + "标".repeat(length - 1);
        byte[] pdf = PdfArticles.pdf(article(title), ExportFixtures.OPTIONS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String bookmark = document.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle();
            assertEquals(Math.min(length, 120), bookmark.length(), bookmark);
            assertEquals(length > 120, bookmark.endsWith("…"), "the bookmark ends with … only when shortened");
            String running = PdfView.of(document).lines(g -> g.y() > TOP + 10).get(0).text();
            assertEquals(Math.min(length, 70), running.length(), running);
            assertEquals(length > 70, running.endsWith("…"), "the running title ends with … only when shortened");
            assertTrue(title.startsWith(running.replace("…", "")) && title.startsWith(bookmark.replace("…", "")));
        }
    }

    @Test
    void pointsInsidePointsAreBookmarkedBeneathThemAndPageFurnitureIsNot() throws Exception {
        String text = "一、背景\n1. 要点\n(1) 细节\n细节的文字。\n页眉 page furniture\n2. 其次\n文字。\n";
        AnnotatedArticle article = PdfArticles.chapters("层级", new String[] { "背景", "" });
        article = new AnnotatedArticle(Path.of("levels.zh.txt"), glossa.core.text.ArticleText.of(text),
                article.document());
        Section chapter = article.document().getSections().get(0);
        chapter.setEnd(text.length());
        Section point = ExportFixtures.section("1.", "要点", text.indexOf("1. "), text.indexOf("2. "), SectionKind.BODY);
        Section detail = ExportFixtures.section("(1)", "细节", text.indexOf("(1)"), text.indexOf("页眉"), SectionKind.BODY);
        Section furniture = ExportFixtures.section("", "页眉", text.indexOf("页眉"), text.indexOf("2. "),
                SectionKind.BOILERPLATE);
        Section second = ExportFixtures.section("2.", "其次", text.indexOf("2. "), text.length(), SectionKind.BODY);
        point.getChildren().add(detail);
        point.getChildren().add(furniture);
        chapter.getChildren().add(point);
        chapter.getChildren().add(second);
        try (PDDocument document = Loader.loadPDF(PdfArticles.pdf(article, ExportFixtures.OPTIONS))) {
            PDOutlineItem item = document.getDocumentCatalog().getDocumentOutline().getFirstChild().getFirstChild();
            assertEquals("一 背景", item.getTitle());
            List<String> points = new ArrayList<>();
            item.children().forEach(p -> points.add(p.getTitle()));
            assertEquals(List.of("1. 要点", "2. 其次"), points);
            List<String> details = new ArrayList<>();
            item.getFirstChild().children().forEach(p -> details.add(p.getTitle()));
            assertEquals(List.of("(1) 细节"), details, "the detail under its point, the page furniture left out");
            PdfView view = PdfView.of(document);
            assertPointsAt(document, item.getFirstChild().getFirstChild(), view.lines(g -> g.size() == 10.5f)
                    .stream().filter(l -> l.text().equals("(1) 细节")).findFirst().orElseThrow());
        }
    }

    /** Lengths of the chapter text, in full lines, that bring the Notes heading near the bottom of the page. */
    @ParameterizedTest
    @CsvSource({ "30", "32", "33", "34", "35", "36", "37", "38" })
    void aHeadingIsKeptWithWhatFollowsIt(int lines) throws Exception {
        String han = "技术出口管制与开源模型生态应对美国政府讨论签证规则中国企业数据人才争夺地缘政治投射";
        StringBuilder body = new StringBuilder();
        while (body.length() < 46 * lines) {
            body.append(han);
        }
        body.setLength(46 * lines); // 46 full-width characters fill one line
        AnnotatedArticle article = PdfArticles.chapters("标题", new String[] { "背景", body.toString() });
        String text = article.text().toString();
        ExportFixtures.add(article.document(), text, DefaultCodebook.CLAIM, text.length() - 4, text.length() - 1, "ana");
        PdfView view = PdfArticles.view(article);
        Line notes = view.lines(g -> g.size() == 11f && g.bold()).get(0);
        Line firstNote = view.lines(g -> g.size() == 9.5f && g.bold()).get(0);
        assertEquals(notes.page(), firstNote.page(), "the heading stands on the page of the first note");
        List<Line> text2 = view.lines(g -> g.size() == 10.5f);
        Line last = text2.get(text2.size() - 1);
        if (notes.page() != last.page()) {
            assertTrue(last.y() - BOTTOM < 5 * 18, "moved on only when the heading and a note did not fit: " + last.y());
        } else {
            assertTrue(notes.y() < last.y());
        }
    }
}
