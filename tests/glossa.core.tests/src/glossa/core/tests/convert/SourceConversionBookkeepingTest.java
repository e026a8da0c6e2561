package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.convert.ConversionException;
import glossa.convert.SourceConversion;
import glossa.convert.SourceConversion.Outcome;
import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.sections.SectionDetector;
import glossa.model.Document;
import glossa.model.Provenance;
import glossa.model.Section;

/**
 * What a conversion records and when it stops: the provenance's fields, the article's title and sections on a new
 * and on a changed source, the progress a dialog shows, cancelling, and sources that are not files.
 */
class SourceConversionBookkeepingTest {

    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head>%s
            <meta property="og:url" content="https://example.org/news/chips">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-05-06">
            <meta name="author" content="A. Writer"></head>
            <body><article>
            <p>The ministry announced new export controls on advanced chips on Monday.</p>
            <h2>Reactions</h2>
            <p>Analysts expect the measures to slow the transfer of manufacturing equipment.</p>%s
            </article></body></html>
            """;

    private Path source(String title, String more) throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(title == null ? "" : "<title>" + title + "</title>", more));
        return source;
    }

    private static Document document(Path article) throws Exception {
        return new ArticleStore().open(article, null).document();
    }

    /** Counts what a progress dialog is told. */
    private static final class Progress extends NullProgressMonitor {
        final List<String> tasks = new ArrayList<>();
        int worked;
        int done;
        int cancelAfterWork = Integer.MAX_VALUE;

        @Override
        public void beginTask(String name, int totalWork) {
            tasks.add(name + "/" + totalWork);
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (worked >= cancelAfterWork) {
                setCanceled(true);
            }
        }

        @Override
        public void done() {
            done++;
        }
    }

    @Test
    void theProvenanceRecordsWhatThePageSaysAndWhichConverterMadeTheText() throws Exception {
        SourceConversion.Result result = new SourceConversion().convert(source("Export controls on chips", ""), null,
                null);
        Document document = document(result.article());
        assertEquals("Export controls on chips", document.getTitle());
        Provenance p = document.getProvenance();
        assertEquals("https://example.org/news/chips", p.getUrl());
        assertEquals("Example News", p.getSite());
        assertEquals("2024-05-06", p.getPublished());
        assertEquals("A. Writer", p.getAuthor());
        assertEquals("html", p.getConverter());
        assertEquals(result.converter().version(), p.getConverterVersion());
        assertFalse(p.getConverterVersion().isEmpty());
    }

    @Test
    void aPageWithoutATitleLeavesTheTitleToTheArticleUntilASourceGivesOne() throws Exception {
        Path article = new SourceConversion().convert(source(null, ""), null, null).article();
        assertNull(document(article).getTitle());
        new SourceConversion().convert(source("Export controls on chips", ""), null, null);
        assertEquals("Export controls on chips", document(article).getTitle(), "a title where there was none");
        new SourceConversion().convert(source("A new headline for the same story", "<p>Update: more.</p>"), null, null);
        assertEquals("Export controls on chips", document(article).getTitle(), "a title once set is kept");
    }

    @Test
    void aChangedSourceGetsSectionsDetectedAfreshOnItsNewText() throws Exception {
        Path source = source("Export controls on chips", "");
        Path article = new SourceConversion().convert(source, null, null).article();
        // The analyst corrected the sections.
        ArticleStore store = new ArticleStore();
        AnnotatedArticle opened = store.open(article, null);
        opened.document().setSectionsCorrected(true);
        store.save(opened, false, null);

        source("Export controls on chips", "<h2>Background</h2><p>The rules follow earlier limits set in 2022.</p>");
        assertEquals(Outcome.UPDATED, new SourceConversion().convert(source, null, null).outcome());
        Document document = document(article);
        String text = Files.readString(article);
        List<Section> detected = SectionDetector.detect(text);
        assertEquals(detected.stream().map(s -> s.getTitle() + "@" + s.getBegin()).toList(),
                document.getSections().stream().map(s -> s.getTitle() + "@" + s.getBegin()).toList());
        assertTrue(document.getSections().stream().anyMatch(s -> "Background".equals(s.getTitle())),
                document.getSections().stream().map(Section::getTitle).toList().toString());
        assertFalse(document.isSectionsCorrected(), "corrections drawn on the old text no longer hold");
    }

    /** The source's bytes changed but not its text (a saved page with another timestamp): only the record moves. */
    @Test
    void aSourceChangedWithoutChangingTheTextUpdatesOnlyTheProvenance() throws Exception {
        Path source = source("Export controls on chips", "");
        Path article = new SourceConversion().convert(source, null, null).article();
        byte[] text = Files.readAllBytes(article);
        Files.writeString(source, Files.readString(source).replace("<html>", "<!-- saved 2024-05-07 --><html>"));
        assertEquals(Outcome.UNCHANGED, new SourceConversion().convert(source, null, null).outcome());
        assertEquals(SourceConversion.sha256(Files.readAllBytes(source)),
                document(article).getProvenance().getSourceSha256());
        assertEquals(new String(text), Files.readString(article));
    }

    @Test
    void theProgressDialogIsToldOfEveryStepToTheEnd() throws Exception {
        Path source = source("Export controls on chips", "");
        Progress created = new Progress();
        new SourceConversion().convert(source, null, created);
        assertEquals(List.of("Converting page.html/4"), created.tasks);
        assertEquals(4, created.worked);
        assertEquals(1, created.done);

        Progress unchanged = new Progress();
        assertEquals(Outcome.UNCHANGED, new SourceConversion().convert(source, null, unchanged).outcome());
        assertEquals(4, unchanged.worked);
        assertEquals(1, unchanged.done);

        Progress updated = new Progress();
        source("Export controls on chips", "<p>Update: the ministry answered questions.</p>");
        assertEquals(Outcome.UPDATED, new SourceConversion().convert(source, null, updated).outcome());
        assertTrue(updated.worked >= 4, "at least the four steps: " + updated.worked);
        assertEquals("Converting page.html/4", updated.tasks.get(0));
    }

    @Test
    void cancellingStopsBeforeAnythingIsWritten() throws Exception {
        Path source = source("Export controls on chips", "");
        Progress atOnce = new Progress();
        atOnce.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new SourceConversion().convert(source, null, atOnce));
        assertEquals(0, atOnce.worked, "cancelled before the source was converted");

        Progress whileConverting = new Progress();
        whileConverting.cancelAfterWork = 1; // cancelled once the source is read, while it is being converted
        assertThrows(OperationCanceledException.class,
                () -> new SourceConversion().convert(source, null, whileConverting));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(source), files.toList(), "nothing written");
        }
    }

    @Test
    void sourcesThatAreNotFilesAreNamedAsSuch() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pages.html"));
        assertEquals("is a directory", assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(folder, dir.resolve("x.txt"), null)).getMessage());
        assertEquals("no such file", assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(dir.resolve("gone.pdf"), null, null)).getMessage());
        String unknown = assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(dir.resolve("notes.odt"), null, null)).getMessage();
        assertTrue(unknown.startsWith("not a kind of source Glossa converts (.html, .htm,"), unknown);
        assertTrue(unknown.contains(".mhtml") && unknown.contains(".pdf") && unknown.contains(".docx"), unknown);
    }

    /** The bound is inclusive: a source of exactly 100 MiB is read (and here found not to be a Word file). */
    @Test
    void aSourceOfExactly100MbIsRead() throws Exception {
        Path big = dir.resolve("big.docx");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(SourceConversion.MAX_SOURCE_BYTES); // sparse zeros
        }
        assertEquals("not a Word (.docx) file: it is not a zip archive", assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(big, null, null)).getMessage());
    }

    @Test
    void theArticleIsNamedAfterTheSource() {
        assertEquals(dir.resolve("report.txt"), SourceConversion.defaultArticle(dir.resolve("report.pdf")));
        assertEquals(dir.resolve("report.v2.txt"), SourceConversion.defaultArticle(dir.resolve("report.v2.docx")));
        assertEquals(dir.resolve("README.txt"), SourceConversion.defaultArticle(dir.resolve("README")));
        assertEquals(dir.resolve(".html.txt"), SourceConversion.defaultArticle(dir.resolve(".html")),
                "a name that is all extension keeps it");
        assertTrue(new SourceConversion().canConvert(dir.resolve("Saved Page.MHT")));
        assertFalse(new SourceConversion().canConvert(dir.resolve("notes.txt")));
    }

    @Test
    void anArticleWhoseTextFileWasDeletedIsConvertedAgainFromItsSidecar() throws Exception {
        Path source = source("Export controls on chips", "");
        Path article = new SourceConversion().convert(source, null, null).article();
        Files.delete(article);
        SourceConversion.Result again = new SourceConversion().convert(source, null, null);
        assertEquals(Outcome.UPDATED, again.outcome());
        assertEquals(again.conversion().text(), Files.readString(article));
        assertEquals("page.html", document(article).getProvenance().getSourceName());
    }
}
