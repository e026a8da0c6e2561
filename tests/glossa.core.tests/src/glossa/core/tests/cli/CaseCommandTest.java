package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.cli.GlossaCli;
import glossa.exchange.json.Json;

/**
 * {@code case DIR}: the counts per article and type over a case folder, as a table for people (relative paths, a long
 * one shortened to 40 cells, counts right-aligned, a total row, the unreadable articles on stderr) and as JSON (the
 * documented keys in order); a missing or wrong DIR is bad input.
 */
class CaseCommandTest {

    private static final String LONG_NAME = "a-very-long-article-name-that-goes-past-forty-cells.txt";

    @TempDir
    Path dir;

    private Path root;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void ok(String... args) {
        CliRun.of(args).ok();
    }

    /** a.txt: two claims; sub/b.md: one policy measure; the long name: none; broken.txt: unreadable. */
    @BeforeEach
    void caseOfThreeArticlesAndABrokenOne() throws Exception {
        root = Files.createDirectory(dir.resolve("my-case"));
        Files.createDirectory(root.resolve("sub"));
        Path a = Files.writeString(root.resolve("a.txt"), "一、总则\n\n人工智能的发展需要规范。\n");
        Path b = Files.writeString(root.resolve("sub/b.md"), "# 标题\n\nPolicy text here.\n");
        Files.copy(a, root.resolve(LONG_NAME));
        Files.write(root.resolve("broken.txt"), new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) 0xD8 });
        Files.writeString(root.resolve("broken.txt.glossa"), "<not a sidecar");
        ok("annotate", a.toString(), "-t", "claim", "-q", "人工智能");
        ok("annotate", a.toString(), "-t", "claim", "-q", "规范");
        ok("annotate", b.toString(), "-t", "policy-measure", "-q", "Policy");
    }

    @Test
    void printsOneRowPerArticleAndATotalRow() {
        CliRun result = run("case", root.toString());
        assertEquals(GlossaCli.OK, result.code(), result.err());
        assertEquals(List.of(
                "ARTICLE                                   claim  policy-measure  counter-strategy  total",
                "a-very-long-article-name-that-goes-past…      0               0                 0      0",
                "a.txt                                         2               0                 0      2",
                "sub/b.md                                      0               1                 0      1",
                "total                                         2               1                 0      3"),
                result.out().lines().toList());
        List<String> problems = result.err().lines().toList();
        assertEquals(1, problems.size(), result.err());
        assertTrue(problems.get(0).startsWith("glossa: skipped broken.txt: "), result.err());
        assertTrue(problems.get(0).contains("not a readable Glossa sidecar"), result.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheDocumentedKeysAndTheProblemsInIt() {
        CliRun result = run("case", root.toString(), "--json");
        assertEquals(GlossaCli.OK, result.code(), result.err());
        assertEquals("", result.err(), "with --json the problems are in the JSON");
        Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
        assertEquals(List.of("case", "types", "articles", "totals", "total", "problems"), List.copyOf(json.keySet()));
        assertEquals("my-case", json.get("case"));
        assertEquals(List.of("claim", "policy-measure", "counter-strategy"), json.get("types"));
        List<Map<String, Object>> articles = (List<Map<String, Object>>) json.get("articles");
        assertEquals(List.of(LONG_NAME, "a.txt", "sub/b.md"), articles.stream().map(r -> r.get("path")).toList(),
                "relative paths, not shortened");
        Map<String, Object> b = articles.get(2);
        assertEquals(List.of("path", "title", "counts", "total"), List.copyOf(b.keySet()));
        assertEquals("标题", b.get("title"));
        assertEquals(Map.of("claim", 0L, "policy-measure", 1L, "counter-strategy", 0L), b.get("counts"));
        assertEquals(1L, b.get("total"));
        assertEquals(Map.of("claim", 2L, "policy-measure", 1L, "counter-strategy", 0L), json.get("totals"));
        assertEquals(3L, json.get("total"));
        List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
        assertEquals(1, problems.size());
        assertEquals(List.of("path", "message"), List.copyOf(problems.get(0).keySet()));
        assertEquals("broken.txt", problems.get(0).get("path"));
        assertFalse(((String) problems.get(0).get("message")).contains("\n"), "one line");
        assertFalse(Files.exists(root.resolve(".glossa-codebook.xmi")), "case only reads");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                // arguments after "case" (ROOT: the case folder) -> the one line on stderr
                Arguments.of(List.of(), "glossa: case needs a DIR (or: case share DIR, case sync DIR, case clone URL DIR)"),
                Arguments.of(List.of("ROOT/a.txt"), "glossa: not a case folder: ROOT/a.txt"),
                Arguments.of(List.of("ROOT/missing"), "glossa: not a case folder: ROOT/missing"),
                Arguments.of(List.of("ROOT\0"), "glossa: not a valid path: ROOT\0"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void aMissingOrWrongFolderIsBadInput(List<String> args, String expected) {
        String[] line = Stream.concat(Stream.of("case"), args.stream().map(a -> a.replace("ROOT", root.toString())))
                .toArray(String[]::new);
        CliRun result = run(line);
        assertEquals(GlossaCli.BAD_INPUT, result.code(), result.err());
        assertEquals(expected.replace("ROOT", root.toString()) + "\n", result.err().replace("\r\n", "\n"));
        assertEquals("", result.out());
    }
}
