package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.json.Json;
import glossa.search.CaseIndex;

/**
 * What the commands over a whole case print for a user: {@code case-export} and {@code index} say what they did in
 * one line and name each article they skipped (here one whose sidecar is not a sidecar) on stderr.
 */
class CaseOutputTest {

    @TempDir
    Path dir;

    private Path root;

    @BeforeEach
    void caseWithTwoArticlesAndABrokenOne() throws Exception {
        root = Files.createDirectories(dir.resolve("case"));
        for (String name : List.of("a.txt", "b.txt")) {
            Path article = root.resolve(name);
            Files.writeString(article, "Export controls were tightened in " + name + ".\n");
            CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "Export controls").ok();
        }
        Files.writeString(root.resolve("broken.txt"), "A text whose sidecar is broken.\n");
        Files.writeString(root.resolve("broken.txt.glossa"), "not a sidecar");
    }

    @Test
    void caseExportSaysHowManyArticlesItWroteAndWhichItSkipped() throws Exception {
        Path out = dir.resolve("case.csv");
        CliRun run = CliRun.of("case-export", root.toString(), "--format", "csv", "-o", out.toString()).ok();
        assertEquals(List.of("wrote 2 articles to " + out), run.out().lines().toList());
        List<String> err = run.err().lines().toList();
        assertEquals(1, err.size(), run.err());
        assertTrue(err.get(0).startsWith("glossa: skipped broken.txt: "), run.err());
    }

    @Test
    void indexSaysWhatChangedAndWhichArticleItSkipped() throws Exception {
        CliRun first = CliRun.of("index", root.toString()).ok();
        assertEquals(List.of("indexed " + root.resolve(CaseIndex.FOLDER) + ": 2 added, 0 updated, 0 removed, "
                + "0 unchanged"), first.out().lines().toList());
        List<String> err = first.err().lines().toList();
        assertEquals(1, err.size(), first.err());
        assertTrue(err.get(0).startsWith("glossa: skipped broken.txt: "), first.err());

        Files.delete(root.resolve("b.txt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> again = (Map<String, Object>) Json.parse(CliRun.of("index", root.toString(), "--json")
                .ok().out());
        assertEquals(List.of("added", "updated", "removed", "unchanged", "problems"), List.copyOf(again.keySet()));
        assertEquals(0L, again.get("added"));
        assertEquals(1L, again.get("removed"));
        assertEquals(1L, again.get("unchanged"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) again.get("problems");
        assertEquals(1, problems.size());
        assertEquals("broken.txt", problems.get(0).get("path"));
    }
}
