package glossa.cli;

import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the command line prints when it fails: always exactly one line {@code glossa: <reason>} on stderr. Bad input
 * (picocli's usage errors and {@link UsageException}) exits 2, anything else is an internal error, exit 1.
 */
final class CliErrors {

    private CliErrors() {
    }

    /** A usage error found while parsing: unknown option or command, missing or malformed value. */
    static int parameterError(ParameterException e, String[] args) {
        root(e.getCommandLine()).err.println("glossa: " + message(e));
        return GlossaCli.BAD_INPUT;
    }

    /** An exception out of a subcommand's {@code call()}. */
    static int executionError(Exception e, CommandLine commandLine, ParseResult parsed) {
        GlossaCli root = root(commandLine);
        if (e instanceof UsageException) {
            root.err.println("glossa: " + CliArticles.oneLine(e.getMessage()));
            return GlossaCli.BAD_INPUT;
        }
        root.err.println("glossa: internal error: " + CliArticles.oneLine(String.valueOf(e)));
        return GlossaCli.INTERNAL_ERROR;
    }

    /** The reason in Glossa's words, with where to read more. */
    static String message(ParameterException e) {
        CommandLine commandLine = e.getCommandLine();
        String reason;
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            boolean option = argument.startsWith("-") && argument.length() > 1;
            if (commandLine.getParent() == null && !option) {
                return "unknown command '" + CliArticles.oneLine(argument) + "' (commands: "
                        + String.join(", ", commandLine.getSubcommands().keySet()) + ")";
            }
            reason = option ? "unknown option " + argument : "unexpected argument '" + argument + "'";
        } else {
            String message = String.valueOf(e.getMessage());
            reason = message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        }
        return CliArticles.oneLine(reason) + " (see " + commandLine.getCommandSpec().qualifiedName() + " --help)";
    }

    private static GlossaCli root(CommandLine commandLine) {
        return (GlossaCli) commandLine.getCommandSpec().root().userObject();
    }
}
