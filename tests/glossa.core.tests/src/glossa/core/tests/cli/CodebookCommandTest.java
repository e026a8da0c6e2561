package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.exchange.FormatRegistry;
import glossa.model.Codebook;

/**
 * {@code codebook} at its edges: exporting the codebook of an article read from standard input (an article never
 * annotated has the default codebook), and the size limit of a file to import, which a file of exactly 64 MiB does
 * not exceed.
 */
class CodebookCommandTest {

    private static final long LIMIT = 64L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void theCodebookOfAnArticleOnStandardInputIsTheDefaultOne() throws Exception {
        Path file = dir.resolve("codes.xmi");
        CliRun.withInput("Export controls were tightened.\n", "codebook", "export", "-", file.toString(), "--format",
                "glossa").ok();
        Codebook codebook = FormatRegistry.instance().codebookFormat("glossa").read(Files.readAllBytes(file));
        assertEquals(java.util.List.of("claim", "policy-measure", "counter-strategy"),
                codebook.getTypes().stream().map(t -> t.getId()).toList());
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Export controls were tightened.\n");
        Path atLimit = sparse("at-limit.xmi", LIMIT);
        CliRun read = CliRun.of("codebook", "import", article.toString(), atLimit.toString(), "--format", "glossa");
        assertEquals(GlossaCli.BAD_INPUT, read.code(), read.out());
        assertFalse(read.err().contains("larger than"), "read, and refused as not a codebook: " + read.err());
        assertTrue(read.err().startsWith("glossa: " + atLimit + ":"), read.err());

        Path over = sparse("over.xmi", LIMIT + 1);
        CliRun refused = CliRun.of("codebook", "import", article.toString(), over.toString(), "--format", "glossa");
        assertEquals(GlossaCli.BAD_INPUT, refused.code(), refused.out());
        assertEquals("glossa: " + over + ": larger than 64 MiB; not a codebook", refused.err().strip());
        assertFalse(Files.exists(dir.resolve("article.txt.glossa")));
    }

    /** A file of zeros, sparse: nothing written to disk. */
    private Path sparse(String name, long length) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }
}
