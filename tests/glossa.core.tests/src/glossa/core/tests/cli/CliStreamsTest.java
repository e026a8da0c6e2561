package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;

/**
 * What a caller of {@link GlossaCli#run} gets on its streams: everything, even through buffered streams that never
 * flush by themselves (a wrapper script's pipes); help that lists {@code -h} (and {@code -V}) after a command's own
 * options;
 * a lone "-" read as an unknown command, not an option.
 */
class CliStreamsTest {

    @TempDir
    Path dir;

    /** Runs with buffered, non-flushing streams and returns {code, out, err} as read after run() returned. */
    private static CliRun buffered(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(new BufferedOutputStream(err, 1 << 16), false, StandardCharsets.UTF_8);
        int code = GlossaCli.run(args, o, e);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void outputThroughBufferedStreamsIsCompleteWhenRunReturns() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "一、标题\n正文，含 English 和 😀。\n", StandardCharsets.UTF_8);
        CliRun inProcess = CliRun.of("sections", article.toString()).ok();
        CliRun run = buffered("sections", article.toString());
        assertEquals(GlossaCli.OK, run.code(), run.err());
        assertEquals(inProcess.out(), run.out());
        assertTrue(run.out().contains("标题"), run.out());
    }

    @Test
    void errorsThroughBufferedStreamsAreCompleteWhenRunReturns() {
        CliRun run = buffered("list", dir.resolve("missing.txt").toString());
        assertEquals(GlossaCli.BAD_INPUT, run.code());
        assertEquals(CliRun.of("list", dir.resolve("missing.txt").toString()).err(), run.err());
        assertTrue(run.err().startsWith("glossa: "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void helpThroughBufferedStreamsIsComplete() {
        CliRun run = buffered("list", "--help");
        assertEquals(GlossaCli.OK, run.code(), run.err());
        assertEquals(CliRun.of("list", "--help").out(), run.out());
        assertTrue(run.out().startsWith("usage: "), run.out());
    }

    @Test
    void helpListsItsOwnOptionsBeforeHelp() {
        for (String command : List.of("list", "export", "annotate", "case-export")) {
            List<String> options = options(command, "--help");
            assertTrue(options.size() >= 3, command + ": " + options);
            assertTrue(options.get(options.size() - 1).startsWith("-h, --help"), command + ": " + options);
        }
        List<String> root = options("--help");
        List<String> last = root.subList(root.size() - 2, root.size());
        assertTrue(last.stream().anyMatch(l -> l.startsWith("-h, --help")), root.toString());
        assertTrue(last.stream().anyMatch(l -> l.startsWith("-V, --version")), root.toString());
    }

    /** The option lines of a help text, in their order. */
    private static List<String> options(String... args) {
        return CliRun.of(args).ok().out().lines().map(String::strip).filter(l -> l.startsWith("-")).toList();
    }

    @Test
    void aLoneDashIsAnUnknownCommand() {
        CliRun run = CliRun.of("-");
        assertEquals(GlossaCli.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().startsWith("glossa: unknown command '-' (commands: "), run.err());
    }
}
