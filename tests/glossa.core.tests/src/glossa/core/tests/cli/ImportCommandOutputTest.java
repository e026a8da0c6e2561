package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;

/**
 * What {@code import} and {@code import-project} tell a user: the line {@code imported N of M annotations into
 * SIDECAR}, with what was already present only when something was, standard input that fails named as such, and
 * import-project's summary in {@code --json}.
 */
class ImportCommandOutputTest {

    private static final String TEXT = "Export controls were tightened.\nThe council approved a subsidy.\n";

    @TempDir
    Path dir;

    private Path source;
    private Path csv;

    @BeforeEach
    void exportTwoAnnotations() throws Exception {
        source = dir.resolve("source.txt");
        Files.writeString(source, TEXT);
        CliRun.of("annotate", source.toString(), "--type", "claim", "--quote", "Export controls").ok();
        CliRun.of("annotate", source.toString(), "--type", "policy-measure", "--quote", "subsidy").ok();
        csv = dir.resolve("source.csv");
        CliRun.of("export", source.toString(), "--format", "csv", "-o", csv.toString()).ok();
    }

    @Test
    void theLineNamesWhatWasImportedAndOnlyThenWhatWasAlreadyPresent() throws Exception {
        Path article = dir.resolve("copy.txt");
        Files.writeString(article, TEXT);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        CliRun first = CliRun.of("import", article.toString(), csv.toString(), "--from", "csv").ok();
        assertEquals(List.of("imported 2 of 2 annotations into " + sidecar), first.out().lines().toList());
        CliRun second = CliRun.of("import", article.toString(), csv.toString(), "--from", "csv").ok();
        assertEquals(List.of("imported 0 of 2 annotations into " + sidecar + " (2 already present)"),
                second.out().lines().toList());
    }

    @Test
    void standardInputThatFailsIsNamedAsSuch() throws Exception {
        Path article = dir.resolve("copy.txt");
        Files.writeString(article, TEXT);
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        CliRun run = CliRun.withInput(broken, "import", article.toString(), "-", "--from", "csv");
        assertEquals(GlossaCli.BAD_INPUT, run.code(), run.out());
        assertEquals("glossa: cannot read standard input: Broken pipe", run.err().strip());
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(article)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void importProjectSummarisesTheNewCaseInJson() throws Exception {
        Path project = dir.resolve("case.qdpx");
        Path root = Files.createDirectories(dir.resolve("case"));
        Files.copy(source, root.resolve("source.txt"));
        Files.copy(AnnotatedArticle.sidecarOf(source), AnnotatedArticle.sidecarOf(root.resolve("source.txt")));
        CliRun.of("case-export", root.toString(), "--format", "qdpx", "-o", project.toString()).ok();
        Path imported = dir.resolve("imported");
        CliRun run = CliRun.of("import-project", project.toString(), imported.toString(), "--json").ok();
        Map<String, Object> json = (Map<String, Object>) Json.parse(run.out());
        assertEquals(imported.toString(), json.get("case"));
        assertEquals(1L, json.get("articles"));
        assertEquals(2L, json.get("annotations"));
        assertEquals(0L, json.get("relations"));
        assertEquals(List.of(), json.get("skipped"));
        assertTrue(((Number) json.get("codes")).intValue() >= 2, run.out());
    }
}
