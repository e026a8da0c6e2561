package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import glossa.cli.GlossaCli;
import glossa.exchange.json.Json;

/** One call of the command line in process: its exit code and what it printed on stdout and stderr (UTF-8). */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GlossaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** One call that reads {@code input} (UTF-8) as its standard input, e.g. for the article {@code -}. */
    public static CliRun withInput(String input, String... args) {
        return withInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    /** One call that reads {@code in} as its standard input. */
    public static CliRun withInput(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GlossaCli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    /** One successful call's standard output as JSON, e.g. {@code jsonOf("list", file, "--json")}. */
    public static Map<String, Object> jsonOf(String... args) {
        return of(args).json();
    }

    /** The standard output as JSON, after asserting that the call succeeded. */
    @SuppressWarnings("unchecked")
    public <T> T json() {
        ok();
        return (T) Json.parse(out);
    }

    /** Asserts that the call succeeded, with stderr as the message when it did not. */
    public CliRun ok() {
        assertEquals(GlossaCli.OK, code, err);
        return this;
    }
}
