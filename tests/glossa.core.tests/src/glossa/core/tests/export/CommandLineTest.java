package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.cli.ExportCommand;
import glossa.cli.GlossaCli;
import glossa.cli.ImportCommand;
import glossa.exchange.imports.ImportResult;

class CommandLineTest {

    @Test
    void parsesExportArguments() {
        ExportCommand c = (ExportCommand) GlossaCli.parse("export", "a.txt", "--format", "md", "--types",
                "claim,policy-measure", "--sections", "1,3", "--no-text", "-o", "out.md");
        assertEquals(ExportFixtures.format("md"), c.format());
        assertEquals(Set.of("claim", "policy-measure"), c.types());
        assertEquals(Set.of("1", "3"), c.sections());
        assertFalse(c.fullText());
        assertThrows(IllegalArgumentException.class, () -> GlossaCli.parse("export", "a.txt", "--format", "pptx",
                "-o", "x"));
        assertThrows(IllegalArgumentException.class, () -> GlossaCli.parse("export", "a.txt", "--format", "md"));
    }

    @Test
    void exportWithTypesThenImport(@TempDir Path tmp) throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Path out = tmp.resolve("out.csv");
        ((ExportCommand) GlossaCli.parse("export", "article.zh.txt", "--format", "csv", "--types", "claim", "-o",
                out.toString())).run(article, new NullProgressMonitor());
        assertTrue(Files.exists(out));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
        assertThrows(IllegalArgumentException.class, () -> ((ExportCommand) GlossaCli.parse("export", "a", "--format",
                "csv", "--types", "nope", "-o", out.toString())).run(article, new NullProgressMonitor()));
        ImportCommand command = (ImportCommand) GlossaCli.parse("import", "article.zh.txt", "--from", "csv",
                out.toString());
        ImportResult result = command.read(ExportFixtures.fresh(article), new NullProgressMonitor());
        assertTrue(result.report().isClean(), result.report().toString());
        assertEquals(2, result.annotations().size(), "only the two claims were exported");
        assertTrue(result.annotations().stream().allMatch(a -> a.getType().getId().equals("claim")));
    }
}
