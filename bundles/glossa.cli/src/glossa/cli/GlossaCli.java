package glossa.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import glossa.core.io.GlossaResources;

/**
 * The {@code glossa-cli} command line: {@code glossa-cli SUBCOMMAND [ARGS]}. Runs headless on a plain class path.
 * Exit codes: 0 success, 2 bad input (one line {@code glossa: <reason>} on stderr), 3 done but some input records
 * skipped (import), 1 internal error.
 */
public final class GlossaCli {

    /** All subcommands, in the order of the help overview. Other bundles' helpers add theirs with one line each. */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new SectionsCommand(),
            new AnnotateCommand(),
            new ListCommand(),
            new StatsCommand(),
            new TypesCommand(),
            new ExportSubcommand(),
            new ImportSubcommand(),
            new ReanchorSubcommand(),
            new MergeCommand(),
            new AgreementCommand(),
            new CaseCommand(),
            new CaseExportCommand());

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** Done, but some records of the input were skipped (import): each is reported, then a count. */
    public static final int SOME_SKIPPED = 3;

    private GlossaCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        GlossaResources.register();
        if (args.length == 0) {
            err.print(overview());
            return BAD_INPUT;
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (name.equals("--help") || name.equals("-h")) {
            out.print(overview());
            return OK;
        }
        if (name.equals("help")) {
            if (rest.isEmpty()) {
                out.print(overview());
                return OK;
            }
            name = rest.get(0);
            rest = List.of("--help");
        }
        Subcommand command = find(name);
        if (command == null) {
            err.println("glossa: unknown command '" + name + "' (commands: "
                    + String.join(", ", SUBCOMMANDS.stream().map(Subcommand::name).toList()) + ")");
            return BAD_INPUT;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("glossa: " + CliArticles.oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (Exception | LinkageError e) {
            err.println("glossa: internal error: " + CliArticles.oneLine(String.valueOf(e)));
            return INTERNAL_ERROR;
        }
    }

    static Subcommand find(String name) {
        return SUBCOMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    static String overview() {
        StringBuilder sb = new StringBuilder("usage: glossa-cli COMMAND [ARGS] (glossa-cli COMMAND --help for more)\n\n");
        int width = SUBCOMMANDS.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Subcommand c : SUBCOMMANDS) {
            sb.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 2)).append(c.summary())
                    .append('\n');
        }
        sb.append("\nExit codes: 0 ok, 2 bad input (one line 'glossa: reason' on stderr), 3 some records skipped "
                + "(import), 1 internal error.\n");
        return sb.toString();
    }
}
