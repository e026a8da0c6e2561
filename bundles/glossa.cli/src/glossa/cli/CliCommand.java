package glossa.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code glossa-cli} subcommand: a picocli {@code @Command} whose options are annotated fields of the subclass.
 * Register it with one line in {@link GlossaCli#SUBCOMMANDS}.
 *
 * <p>Contract: {@link #call()} returns the exit code (0 on success); bad input throws {@link UsageException} (one
 * line {@code glossa: <reason>}, exit 2); picocli reports malformed command lines the same way. Results go to
 * {@link #out()}, one JSON document with {@code -j/--json}; warnings and progress to {@link #err()}.</p>
 */
abstract class CliCommand implements Callable<Integer> {

    /** GlossaCli, or the CliCommand of a command with subcommands ({@code case share}). */
    @ParentCommand
    private Object parent;

    @Spec
    CommandSpec spec;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private GlossaCli cli() {
        return parent instanceof CliCommand command ? command.cli() : (GlossaCli) parent;
    }

    PrintStream out() {
        return cli().out;
    }

    PrintStream err() {
        return cli().err;
    }

    /** What {@code -} reads. */
    InputStream in() {
        return cli().in;
    }

    /** The items of {@code a,b} options (repeatable): stripped, blanks left out. */
    static List<String> items(List<String> values) {
        List<String> items = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String item : value.split(",")) {
                    if (!item.isBlank() && !items.contains(item.strip())) {
                        items.add(item.strip());
                    }
                }
            }
        }
        return items;
    }
}
