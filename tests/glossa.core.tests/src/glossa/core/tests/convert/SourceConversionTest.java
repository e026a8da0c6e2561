package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.convert.ConversionException;
import glossa.convert.EditedArticleException;
import glossa.convert.SourceConversion;
import glossa.convert.SourceConversion.Outcome;
import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.tests.cli.CliRun;
import glossa.core.text.ArticleText;
import glossa.core.title.TitleDetector;
import glossa.exchange.json.Json;
import glossa.model.Annotation;
import glossa.model.AnchorState;
import glossa.model.Provenance;

/** Converting into an article beside the source: provenance, never overwriting, re-anchoring, the command line. */
class SourceConversionTest {

    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Export controls on chips</title>
            <meta property="og:url" content="https://example.org/news/chips">
            <meta name="author" content="A. Writer"></head>
            <body><article><h1>Export controls on chips</h1>%s
            <p>The ministry announced new export controls on advanced chips on Monday.</p>
            <p>Analysts expect the measures to slow the transfer of manufacturing equipment.</p>
            </article></body></html>
            """;

    @Test
    void newArticleCarriesItsProvenance() throws Exception {
        Path source = dir.resolve("gmw.html");
        Files.copy(Sources.fixture("gmw-astronaut-alcohol.zh.html"), source);
        SourceConversion.Result result = new SourceConversion().convert(source, null, null);
        assertEquals(Outcome.CREATED, result.outcome());
        Path article = dir.resolve("gmw.txt");
        assertEquals(article, result.article());
        AnnotatedArticle opened = new ArticleStore().open(article, null);
        assertEquals(result.conversion().text(), Files.readString(article, StandardCharsets.UTF_8));
        Provenance p = opened.document().getProvenance();
        assertEquals("gmw.html", p.getSourceName());
        assertEquals(SourceConversion.sha256(Files.readAllBytes(source)), p.getSourceSha256());
        assertEquals(64, p.getSourceSha256().length());
        assertEquals("肖春芳", p.getAuthor());
        assertEquals("html", p.getConverter());
        assertTrue(p.getConverted() != null);
        assertEquals("宇航员在太空中喝酒会怎么样？后果很严重", TitleDetector.title(opened));
        assertFalse(opened.document().getSections().isEmpty());
    }

    @Test
    void convertingTheSameSourceAgainWritesNothing() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        new SourceConversion().convert(source, null, null);
        byte[] text = Files.readAllBytes(dir.resolve("page.txt"));
        byte[] sidecar = Files.readAllBytes(dir.resolve("page.txt.glossa"));
        assertEquals(Outcome.UNCHANGED, new SourceConversion().convert(source, null, null).outcome());
        assertArrayEquals(text, Files.readAllBytes(dir.resolve("page.txt")));
        assertArrayEquals(sidecar, Files.readAllBytes(dir.resolve("page.txt.glossa")));
    }

    @Test
    void changedSourceReanchorsTheAnnotations() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        new SourceConversion().convert(source, null, null);
        Path article = dir.resolve("page.txt");
        CliRun annotated = CliRun.of("annotate", article.toString(), "--type", "claim", "--quote",
                "slow the transfer of manufacturing equipment");
        assertEquals(0, annotated.code(), annotated.err());
        int before = Files.readString(article).indexOf("slow the transfer");
        Files.writeString(source, PAGE.formatted("<p>Editor's note: this story was updated with reactions.</p>"));
        SourceConversion.Result result = new SourceConversion().convert(source, null, null);
        assertEquals(Outcome.UPDATED, result.outcome());
        assertEquals(1, result.reanchor().count(AnchorState.MOVED));
        AnnotatedArticle opened = new ArticleStore().open(article, null);
        assertNull(opened.reanchorReport(), "saved on the new text: nothing left to re-anchor");
        Annotation claim = opened.document().getAnnotations().get(0);
        int after = opened.text().indexOf("slow the transfer");
        assertTrue(after > before);
        assertEquals(after, claim.getBegin());
        assertEquals("slow the transfer of manufacturing equipment", claim.getQuote());
        assertEquals(SourceConversion.sha256(Files.readAllBytes(source)),
                opened.document().getProvenance().getSourceSha256());
    }

    @Test
    void foreignTextFileIsNeverOverwritten() throws Exception {
        Path source = dir.resolve("notes.html");
        Files.writeString(source, PAGE.formatted(""));
        Path mine = dir.resolve("notes.txt");
        Files.writeString(mine, "my own notes");
        ConversionException e = assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(source, null, null));
        assertTrue(e.getMessage().contains("was not converted by Glossa from notes.html"), e.getMessage());
        assertEquals("my own notes", Files.readString(mine));
        assertFalse(Files.exists(dir.resolve("notes.txt.glossa")));
    }

    @Test
    void textEditedOutsideGlossaIsNeverOverwritten() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        new SourceConversion().convert(source, null, null);
        Path article = dir.resolve("page.txt");
        Files.writeString(article, Files.readString(article) + "\nMy addition.\n");
        Files.writeString(source, PAGE.formatted("<p>A new paragraph in the source, long enough.</p>"));
        ConversionException e = assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(source, null, null));
        assertTrue(e.getMessage().contains("changed outside Glossa"), e.getMessage());
        assertTrue(Files.readString(article).endsWith("My addition.\n"));
    }

    /** Edits the article in Glossa: new text, saved through the store (its sidecar follows, as the editor's save). */
    private static void editInGlossa(Path article, String addition) throws Exception {
        ArticleStore store = new ArticleStore();
        AnnotatedArticle opened = store.open(article, null);
        opened.setArticleText(ArticleText.of(opened.text() + addition));
        store.save(opened, true, null);
        assertFalse(new ArticleStore().open(article, null).textChangedSinceAnnotated(), "saved by Glossa");
    }

    @Test
    void theConvertedTextsHashIsRecorded() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        new SourceConversion().convert(source, null, null);
        Path article = dir.resolve("page.txt");
        assertEquals(SourceConversion.sha256(Files.readAllBytes(article)),
                new ArticleStore().open(article, null).document().getProvenance().getConvertedSha256());
    }

    @Test
    void textEditedInGlossaIsNotReplacedUnlessForced() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        new SourceConversion().convert(source, null, null);
        Path article = dir.resolve("page.txt");
        CliRun annotated = CliRun.of("annotate", article.toString(), "--type", "claim", "--quote",
                "slow the transfer of manufacturing equipment");
        assertEquals(0, annotated.code(), annotated.err());
        editInGlossa(article, "\nMy note, typed in Glossa.\n");
        byte[] edited = Files.readAllBytes(article);
        byte[] sidecar = Files.readAllBytes(dir.resolve("page.txt.glossa"));

        // The source did not change: converting again would still put the converted text back over the edits.
        EditedArticleException same = assertThrows(EditedArticleException.class,
                () -> new SourceConversion().convert(source, null, null));
        assertEquals(article, same.article());
        Files.writeString(source, PAGE.formatted("<p>Editor's note: this story was updated with reactions.</p>"));
        assertThrows(EditedArticleException.class, () -> new SourceConversion().convert(source, null, null));
        CliRun refused = CliRun.of("convert", source.toString());
        assertEquals(2, refused.code());
        String err = refused.err();
        assertTrue(err.contains("page.txt was edited since it was converted") && err.contains("--force"), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertArrayEquals(edited, Files.readAllBytes(article), "the edits are kept");
        assertArrayEquals(sidecar, Files.readAllBytes(dir.resolve("page.txt.glossa")));

        CliRun forced = CliRun.of("convert", source.toString(), "--force", "--json");
        assertEquals(0, forced.code(), forced.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(forced.out());
        assertEquals("updated", json.get("outcome"));
        AnnotatedArticle opened = new ArticleStore().open(article, null);
        assertFalse(opened.text().contains("My note"));
        assertTrue(opened.text().contains("Editor's note"));
        assertEquals("slow the transfer of manufacturing equipment", opened.document().getAnnotations().get(0).getQuote());
        assertEquals(opened.text().indexOf("slow the transfer"), opened.document().getAnnotations().get(0).getBegin());
        assertEquals(SourceConversion.textSha256(opened.text()),
                opened.document().getProvenance().getConvertedSha256(), "the new conversion's hash");
        // Converted afresh and not edited since: converting again needs no force.
        assertEquals(Outcome.UNCHANGED, new SourceConversion().convert(source, null, null).outcome());
    }

    @Test
    void failedConversionWritesNothing() throws Exception {
        Path source = dir.resolve("login.html");
        Files.copy(Sources.fixture("hostile/no-body.html"), source);
        assertThrows(ConversionException.class, () -> new SourceConversion().convert(source, null, null));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the source");
        }
    }

    @Test
    void sourceOver100MbIsRefusedWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: nothing to read but zeros, never read anyway
        }
        ConversionException e = assertThrows(ConversionException.class,
                () -> new SourceConversion().convert(huge, null, null));
        assertTrue(e.getMessage().startsWith("larger than 100 MB"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("huge.txt")));
    }

    @Test
    void commandLineConvertsAndReportsBadInputInOneLine() throws Exception {
        Path source = dir.resolve("report.pdf");
        Files.copy(Sources.fixture("federal-register-2020-17221.en.pdf"), source);
        Path article = dir.resolve("fr.txt");
        CliRun run = CliRun.of("convert", source.toString(), "-o", article.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(run.out());
        assertEquals("created", json.get("outcome"));
        assertEquals("pdf", json.get("converter"));
        assertEquals(15, ((Number) json.get("pages")).intValue());
        assertTrue(Files.isRegularFile(article));
        assertEquals(15, new ArticleStore().open(article, null).document().getProvenance().getPageStarts().size());

        Path encrypted = dir.resolve("locked.pdf");
        Files.copy(Sources.fixture("hostile/password-example.pdf"), encrypted);
        CliRun refused = CliRun.of("convert", encrypted.toString());
        assertEquals(2, refused.code());
        String err = refused.err();
        assertTrue(err.startsWith("glossa: " + encrypted + ": encrypted PDF"), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(Files.exists(dir.resolve("locked.txt")));

        CliRun unknown = CliRun.of("convert", dir.resolve("fr.txt").toString(), "-o", dir.resolve("x.txt").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("not a kind of source Glossa converts"), unknown.err());
    }
}
