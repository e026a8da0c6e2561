package glossa.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import glossa.core.io.GlossaResources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code glossa-cli} command line, on picocli: {@code glossa-cli SUBCOMMAND [OPTIONS] ARGS}. Runs headless on a
 * plain class path. Exit codes: 0 success, 2 bad input (usage errors included; one line {@code glossa: <reason>} on
 * stderr), 3 done but some input records skipped (import), 1 internal error.
 *
 * <p>A subcommand is one class (a {@link CliCommand} with picocli's {@code @Command} and its options as annotated
 * fields) plus one line in {@link #SUBCOMMANDS}.</p>
 */
@Command(name = "glossa-cli", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "The headless Glossa command line: read, annotate, export and import annotated articles.",
        footerHeading = "%n", footer = {
                "Exit codes: 0 ok, 1 internal error, 2 bad input (one line 'glossa: reason' on stderr), 3 some records "
                        + "skipped (import). merge: 1 = merged with conflicts recorded.",
                "FILE, IN or OUT '-' is standard input or output where the command says so.",
                "Shell completion: glossa-cli completion --help" })
public final class GlossaCli implements Callable<Integer> {

    /** All subcommands, in the order of the help overview: adding a subcommand is one line here. */
    static final List<Supplier<CliCommand>> SUBCOMMANDS = List.of(
            SectionsCommand::new,
            AnnotateCommand::new,
            ListCommand::new,
            StatsCommand::new,
            TypesCommand::new,
            CodebookCommand::new,
            ExportCommand::new,
            ImportCommand::new,
            ReanchorCommand::new,
            ConvertCommand::new,
            MergeCommand::new,
            CaseCommand::new,
            CaseExportCommand::new,
            ImportProjectCommand::new,
            AgreementCommand::new,
            SuggestCommand::new,
            EvaluateCommand::new,
            SearchCommand::new,
            IndexCommand::new,
            CompletionCommand::new);

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** Done, but some records of the input were skipped (import): each is reported, then a count. */
    public static final int SOME_SKIPPED = 3;

    /** The line width of help texts: stable, whatever the terminal. */
    private static final int HELP_WIDTH = 100;

    @Spec
    private CommandSpec spec;

    final InputStream in;
    final PrintStream out;
    final PrintStream err;

    private GlossaCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs one command line; {@code in} is what {@code -} reads where a command reads standard input. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        GlossaResources.register();
        CommandLine commandLine = commandLine(new GlossaCli(in, out, err));
        try {
            return commandLine.execute(args);
        } catch (LinkageError e) { // a broken install (a jar missing from the class path): still one line
            err.println("glossa: internal error: " + CliArticles.oneLine(String.valueOf(e)));
            return INTERNAL_ERROR;
        } finally {
            // picocli's writers (help, its messages) wrap out and err: flushing them flushes those streams too.
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * Parses a command line without running it, for tools and tests: the subcommand object with its options set.
     *
     * @throws IllegalArgumentException with the message the command line would print
     */
    public static Object parse(String... args) {
        CommandLine commandLine = commandLine(new GlossaCli(System.in, System.out, System.err));
        try {
            ParseResult result = commandLine.parseArgs(args);
            return result.hasSubcommand() ? result.subcommand().commandSpec().userObject() : result.commandSpec()
                    .userObject();
        } catch (ParameterException e) {
            throw new IllegalArgumentException(CliErrors.message(e), e);
        }
    }

    /** No subcommand: the overview on stderr, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err, Help.Ansi.OFF);
        return BAD_INPUT;
    }

    private static CommandLine commandLine(GlossaCli root) {
        CommandLine commandLine = new CommandLine(root);
        for (Supplier<CliCommand> subcommand : SUBCOMMANDS) {
            commandLine.addSubcommand(subcommand.get());
        }
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(root.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(root.err, StandardCharsets.UTF_8), true));
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        commandLine.setParameterExceptionHandler(CliErrors::parameterError);
        commandLine.setExecutionExceptionHandler(CliErrors::executionError);
        commandLine.setUsageHelpWidth(HELP_WIDTH);
        style(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().forEach(sub -> style(sub.getCommandSpec()));
        return commandLine;
    }

    /** One look for every command's help; format options list the registered formats as their value. */
    private static void style(CommandSpec spec) {
        spec.usageMessage().synopsisHeading("usage: ").sortOptions(false).width(HELP_WIDTH)
                .descriptionHeading("%n").optionListHeading("%n").parameterListHeading("%n")
                .commandListHeading("%nCommands:%n");
        // Options are immutable once built: rebuild them all, -h/--help last, format options labelled with formats.
        List<OptionSpec> options = new ArrayList<>(spec.options());
        options.forEach(spec::remove);
        options.sort(Comparator.comparing(option -> option.usageHelp() || option.versionHelp()));
        for (OptionSpec option : options) {
            spec.addOption(option.completionCandidates() instanceof FormatChoices formats
                    ? option.toBuilder().paramLabel(String.join("|", formats)).build()
                    : option);
        }
    }
}
