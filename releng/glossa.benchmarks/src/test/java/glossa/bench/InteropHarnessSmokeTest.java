package glossa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REFI-QDA harnesses, which only docs/benchmarks.md and scripts/bench-cli run, at a tiny size so they cannot rot:
 * every column of InteropBench's table is printed for the warm-up and each run, and InteropCase writes a project.
 */
class InteropHarnessSmokeTest {

    @Test
    void interopBenchPrintsEveryColumnForEachRun() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream into = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(into);
            InteropBench.main(new String[] { "3", "30", "2" });
        } finally {
            System.setOut(saved);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("case: 3 articles, 30 annotations, 2 runs after one warm-up", lines.get(0));
        int columns = lines.get(1).split(" \\| ").length;
        assertEquals(21, columns, lines.get(1));
        List<String> rows = lines.subList(2, lines.size());
        assertEquals(3, rows.size(), String.join("\n", lines));
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            assertEquals(columns, cells.length, row);
            for (int i = 1; i < cells.length; i++) {
                double value = Double.parseDouble(cells[i]);
                assertTrue(Double.isFinite(value) && value >= 0, row);
            }
        }
        assertTrue(rows.get(0).startsWith("warm-up | ") && rows.get(2).startsWith("2 | "), String.join("\n", rows));
    }

    @Test
    void interopCaseWritesAProjectWithOneSourcePerArticle(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("case.qdpx");
        InteropCase.main(new String[] { out.toString(), "4", "40" });
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("project.qde") != null);
            long sources = zip.stream().filter(e -> e.getName().startsWith("Sources/")).count();
            assertEquals(4, sources);
        }
        assertTrue(Files.size(out) > 0);
    }
}
