package glossa.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code glossa-cli} subcommand. Register it with one line in {@link GlossaCli#SUBCOMMANDS}.
 *
 * <p>Contract: exit 0 on success; on bad input throw {@link UsageException} (the command line prints one line,
 * {@code glossa: <reason>}, and exits 2). {@code --help} is handled before {@link #run} is called.</p>
 */
public interface Subcommand {

    /** The word on the command line, e.g. {@code sections}. */
    String name();

    /** One line for the overview of {@code glossa-cli --help}. */
    String summary();

    /** The full usage text for {@code glossa-cli NAME --help}. */
    String help();

    /** Runs with the arguments after the subcommand name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
