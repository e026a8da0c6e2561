package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import glossa.cli.GlossaCli;

/** One call of the command line in process: its exit code and what it printed on stdout and stderr (UTF-8). */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GlossaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    /** Asserts that the call succeeded, with stderr as the message when it did not. */
    CliRun ok() {
        assertEquals(GlossaCli.OK, code, err);
        return this;
    }
}
