package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code convert} prints without {@code --json}: what became of SOURCE and where its article is, the converter
 * and the size, one line for each piece of metadata the source has (none for those it lacks), and after a conversion
 * over an annotated article how its annotations were re-anchored.
 */
class ConvertCommandOutputTest {

    private static final String PAGE = """
            <html><head><title>Export controls on chips</title>
            <meta property="og:url" content="https://example.org/news/chips">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-03-04">
            <meta name="author" content="A. Writer"></head>
            <body><article><h1>Export controls on chips</h1>%s
            <p>The ministry announced new export controls on advanced chips on Monday.</p>
            <p>Analysts expect the measures to slow the transfer of manufacturing equipment.</p>
            </article></body></html>
            """;

    private static final String BARE = """
            <html><body><article>
            <p>The ministry announced new export controls on advanced chips on Monday.</p>
            <p>Analysts expect the measures to slow the transfer of manufacturing equipment.</p>
            </article></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void aPageWithMetadataGetsALineForEachPiece() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        Path article = dir.resolve("page.txt");
        List<String> lines = CliRun.of("convert", source.toString()).ok().out().lines().toList();
        int characters = Files.readString(article).length();
        assertEquals(List.of(
                "converted: page.html -> " + article + " (html, " + characters + " characters)",
                "title: Export controls on chips",
                "author: A. Writer",
                "published: 2024-03-04",
                "site: Example News",
                "url: https://example.org/news/chips"), lines);
    }

    @Test
    void aPageWithoutMetadataGetsTheFirstLineOnly() throws Exception {
        Path source = dir.resolve("bare.html");
        Files.writeString(source, BARE);
        Path article = dir.resolve("bare.txt");
        List<String> lines = CliRun.of("convert", source.toString()).ok().out().lines().toList();
        assertEquals(List.of("converted: bare.html -> " + article + " (html, " + Files.readString(article).length()
                + " characters)"), lines);
    }

    @Test
    void convertingAgainSaysUnchangedOrReportsTheReanchoring() throws Exception {
        Path source = dir.resolve("page.html");
        Files.writeString(source, PAGE.formatted(""));
        Path article = dir.resolve("page.txt");
        CliRun.of("convert", source.toString()).ok();
        CliRun.of("annotate", article.toString(), "--type", "claim", "--quote",
                "slow the transfer of manufacturing equipment").ok();
        String again = CliRun.of("convert", source.toString()).ok().out().lines().findFirst().orElseThrow();
        assertEquals("unchanged: page.html -> " + article + " (html, " + Files.readString(article).length()
                + " characters)", again);

        Files.writeString(source, PAGE.formatted("<p>Editor's note: this story was updated.</p>"));
        List<String> updated = CliRun.of("convert", source.toString()).ok().out().lines().toList();
        assertEquals("converted again: page.html -> " + article + " (html, " + Files.readString(article).length()
                + " characters)", updated.get(0));
        assertEquals("re-anchored: 0 exact, 1 moved, 0 fuzzy, 0 orphaned", updated.get(updated.size() - 1));
    }
}
