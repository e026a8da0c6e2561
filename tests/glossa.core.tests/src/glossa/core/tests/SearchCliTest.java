package glossa.core.tests;

import static glossa.core.tests.cli.CliRun.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.tests.cli.CliRun;

/** {@code search} and {@code index} end to end: KWIC JSON, the index, and coding hits. */
class SearchCliTest {

    @TempDir
    Path root;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("hits");
    }

    @BeforeEach
    void makeCase() throws Exception {
        Files.copy(TestFiles.repo("samples/glossa-sample.zh.txt"), root.resolve("sample.txt"));
        Files.copy(TestFiles.repo("tests/fixtures/openai-deepseek-policy-article.zh.txt"), root.resolve("policy.txt"));
    }

    @Test
    void searchPrintsEveryHitWithExactOffsets() throws Exception {
        Map<String, Object> scanned = jsonOf("search", root.toString(), "出口管制", "--json");
        List<Map<String, Object>> hits = hits(scanned);
        assertEquals(List.of("hits"), List.copyOf(scanned.keySet()));
        assertEquals(5, hits.size());
        for (Map<String, Object> hit : hits) {
            assertEquals(List.of("article", "section", "begin", "end", "left", "hit", "right"), List.copyOf(hit.keySet()));
            String text = Files.readString(root.resolve((String) hit.get("article")));
            int begin = ((Number) hit.get("begin")).intValue();
            int end = ((Number) hit.get("end")).intValue();
            assertEquals("出口管制", text.substring(begin, end));
        }
        assertFalse(Files.exists(root.resolve(".glossa-index")), "a search without an index writes nothing");

        CliRun index = CliRun.of("index", root.toString());
        assertEquals(0, index.code(), index.err());
        assertTrue(index.out().contains("2 added"), index.out());
        assertEquals(scanned, jsonOf("search", root.toString(), "出口管制", "--json"));
        assertTrue(CliRun.of("search", root.toString(), "出口管制").out().contains("5 hits in 2 articles (index)"));

        List<Map<String, Object>> policy = hits(jsonOf("search", root.toString(), "出口管制", "--article", "pol*", "--json"));
        assertEquals(3, policy.size());
        List<Map<String, Object>> regex = hits(jsonOf("search", root.toString(), "\\d{4}年以来", "--regex", "--json"));
        assertEquals(1, regex.size());
        assertEquals("sample.txt", regex.get(0).get("article"));
        assertEquals("2023年以来", regex.get(0).get("hit"));
    }

    @Test
    void codeHitsAsClausesOnceEach() throws Exception {
        CliRun.of("index", root.toString());
        Map<String, Object> coded = jsonOf("search", root.toString(), "出口管制", "--code", "claim", "--unit", "clause",
                "--json");
        assertEquals(5, hits(coded).size());
        int added = ((Number) coded.get("coded")).intValue();
        assertTrue(added >= 4 && added <= 5, "two hits may share a clause: " + added);
        assertTrue(Files.exists(root.resolve("sample.txt.glossa")));
        assertTrue(Files.exists(root.resolve("policy.txt.glossa")));
        Map<String, Object> list = jsonOf("list", root.resolve("sample.txt").toString(), "--json");
        assertTrue(String.valueOf(list).contains("出口管制：将训练框架列入管制清单。"), String.valueOf(list));

        // The index sees the new sidecars: all hits are coded now, and coding again adds nothing.
        assertEquals(5, hits(jsonOf("search", root.toString(), "出口管制", "--coded", "claim", "--json")).size());
        assertEquals(0, hits(jsonOf("search", root.toString(), "出口管制", "--not-coded", "*", "--json")).size());
        assertEquals(0, ((Number) jsonOf("search", root.toString(), "出口管制", "--code", "claim", "--unit", "clause",
                "--json").get("coded")).intValue());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRun regex = CliRun.of("search", root.toString(), "(oops", "--regex");
        assertEquals(2, regex.code());
        assertTrue(regex.err().startsWith("glossa: ") && regex.err().contains("regular expression"), regex.err());
        CliRun unit = CliRun.of("search", root.toString(), "管制", "--code", "claim", "--unit", "page");
        assertEquals(2, unit.code());
        CliRun type = CliRun.of("search", root.toString(), "管制", "--code", "no-such-type");
        assertEquals(2, type.code());
        assertTrue(type.err().contains("unknown type"), type.err());
        assertFalse(Files.exists(root.resolve("sample.txt.glossa")), "nothing written on bad input");
        assertEquals(2, CliRun.of("search", root.resolve("missing").toString(), "x").code());
        CliRun noQuery = CliRun.of("search", root.toString());
        assertEquals(2, noQuery.code());
        assertTrue(noQuery.err().contains("glossa-cli search --help"), noQuery.err());
        CliRun unitAlone = CliRun.of("search", root.toString(), "管制", "--unit", "clause");
        assertEquals(2, unitAlone.code());
        assertTrue(unitAlone.err().contains("--unit goes with --code"), unitAlone.err());
        assertEquals(2,
                CliRun.of("search", root.toString(), "管制", "--coded", "claim", "--not-coded", "claim").code());
        assertEquals(2, CliRun.of("index", root.resolve("sample.txt").toString()).code());
    }
}
