package glossa.team.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import glossa.cli.GlossaCli;

/** glossa-cli run in this process, as the team commands' tests call it. */
final class TeamCli {

    /** The exit code and what the command printed to standard output and standard error. */
    record Result(int code, String out, String err) {
    }

    private TeamCli() {
    }

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GlossaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
