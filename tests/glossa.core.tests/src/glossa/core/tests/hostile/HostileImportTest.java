package glossa.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;

/** Issue 20, items 6–9: an import that cannot be read exits 2 and writes nothing; skipped records exit 3. */
class HostileImportTest {

    @TempDir
    Path dir;

    private Path fresh;
    private String csv;
    private String jsonld;

    /** Exports of an annotated copy of the sample, and a fresh copy (no sidecar) to import into. */
    @BeforeEach
    void exports() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Path annotated = Cli.annotatedSample(source);
        Cli.run("export", annotated.toString(), "--format", "csv", "-o", source.resolve("x.csv").toString()).ok();
        Cli.run("export", annotated.toString(), "--format", "jsonld", "-o", source.resolve("x.jsonld").toString()).ok();
        csv = Files.readString(source.resolve("x.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        jsonld = Files.readString(source.resolve("x.jsonld"), StandardCharsets.UTF_8);
        fresh = Files.createDirectories(dir.resolve("in")).resolve("a.txt");
        Files.copy(Cli.sample(), fresh);
    }

    private Cli.Result importing(String from, byte[] content, int code, String part) throws Exception {
        Path input = dir.resolve("input." + from);
        Files.write(input, content);
        Map<String, String> before = Cli.checksums(dir);
        Cli.Result result = Cli.run("import", fresh.toString(), "--from", from, input.toString()).fails(code, part);
        assertTrue(result.err().startsWith("glossa: " + input + ":"), result.err());
        assertEquals(before, Cli.checksums(dir), "nothing written, no sidecar created");
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(fresh)));
        return result;
    }

    private Cli.Result importing(String from, String content, int code, String part) throws Exception {
        return importing(from, content.getBytes(StandardCharsets.UTF_8), code, part);
    }

    @Test
    void item6UnreadableJsonLdExits2WithLineAndColumn() throws Exception {
        importing("jsonld", "", 2, ":1:1: the file is empty");
        importing("jsonld", "this is not json", 2, ":1:1: not valid JSON: unexpected token");
        importing("jsonld", jsonld.substring(0, jsonld.length() / 2), 2, "not valid JSON");
        importing("jsonld", jsonld.strip() + "\ngarbage", 2, ":" + (jsonld.strip().lines().count() + 1) + ":1: not valid JSON: "
                + "unexpected text after the value");
        importing("jsonld", "[".repeat(100_000) + "]".repeat(100_000), 2, ":1:513: not valid JSON: nested too deeply");
        importing("jsonld", "{\"type\": \"Nothing\"}", 2, ":1:1: neither an AnnotationCollection");
    }

    @Test
    void item6UnreadableCsvExits2WithLineAndColumn() throws Exception {
        importing("csv", "", 2, ":1:1: the file is empty");
        importing("csv", "a,b,c\n1,2,3\n", 2, ":1:1: the first line is not a header with the columns 'type'");
        String[] lines = csv.split("\n");
        String unbalanced = lines[0] + "\n" + lines[1] + "\n" + "\"claim,x\n";
        importing("csv", unbalanced, 2, ":3:1: the quoted field opened here is not closed");
        importing("csv", lines[0] + "\nclaim,\"DeepSeek\"x,1\n", 2, ":2:17: text after the closing quote");
    }

    @Test
    void item6SomeRecordsSkippedExits3WithACountAndImportsTheRest() throws Exception {
        Path input = dir.resolve("some.csv");
        String[] lines = csv.split("\n");
        String broken = lines[2].replace("技术出口管制", "这句话不在文章里");
        Files.writeString(input, lines[0] + "\n" + lines[1] + "\n" + broken + "\n", StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("import", fresh.toString(), "--from", "csv", input.toString());
        assertEquals(3, result.code(), result.err());
        assertTrue(result.err().contains("error: record 2"), result.err());
        assertTrue(result.err().lines().reduce((a, b) -> b).orElseThrow()
                .equals("glossa: " + input + ": 1 of 2 records skipped (see the errors above)"), result.err());
        assertEquals(1, new ArticleStore().open(fresh, null).document().getAnnotations().size());
    }

    @Test
    void item7AFailedImportCreatesNoSidecar() throws Exception {
        importing("csv", "type,quote\nclaim,\"open", 2, "not closed");
        importing("jsonld", "{", 2, "not valid JSON");
        // Every record refused: exit 3, and still nothing written.
        Path input = dir.resolve("none.csv");
        Files.writeString(input, "type,quote\nclaim,这句话不在文章里\n", StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("import", fresh.toString(), "--from", "csv", input.toString());
        assertEquals(3, result.code(), result.err());
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(fresh)));
    }

    @Test
    void item8GbkCsvWithoutBomIsDetectedAndJsonWithABadByteSaysWhere() throws Exception {
        Path input = dir.resolve("gbk.csv");
        Files.write(input, csv.getBytes(Charset.forName("GBK")));
        Cli.run("import", fresh.toString(), "--from", "csv", input.toString()).ok();
        for (Annotation a : new ArticleStore().open(fresh, null).document().getAnnotations()) {
            assertFalse(a.getQuote().contains("\uFFFD"), a.getQuote());
        }
        assertEquals(2, new ArticleStore().open(fresh, null).document().getAnnotations().size());
        Files.delete(AnnotatedArticle.sidecarOf(fresh));

        byte[] bytes = "[\n  {\n    \"x\": \"ab\"\n  }\n]\n".getBytes(StandardCharsets.UTF_8);
        bytes[14] = (byte) 0xFF; // line 3, column 9: the space after ':'
        importing("jsonld", bytes, 2, ":3:9: invalid UTF-8 byte 0xFF");
    }

    @Test
    void item9ErrorsQuoteAtMost200CharactersOfTheInput() throws Exception {
        String header = "c,".repeat(1_000_000) + "c\n";
        Cli.Result result = importing("csv", header, 2, "found 1000001 columns");
        assertTrue(result.err().length() < 600, result.err().length() + " characters");
        String longType = "t".repeat(1_000_000);
        Path input = dir.resolve("long.csv");
        Files.writeString(input, "type,quote\n" + longType + ",DeepSeek\n", StandardCharsets.UTF_8);
        Cli.Result skipped = Cli.run("import", fresh.toString(), "--from", "csv", input.toString());
        assertEquals(3, skipped.code());
        assertTrue(skipped.err().lines().allMatch(l -> l.length() < 600), "every line short");
    }
}
