package glossa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code case sync DIR [--remote URL] [--message M] [--json]}: commit, pull with the semantic merge, push. */
@Command(name = "sync", description = { "Commit, pull (sidecars merged by annotation, never by line) and push.", "",
        "Commits every changed article and sidecar, fetches, merges (field conflicts are recorded in the sidecar), "
                + "commits the merge and pushes. When an article's text has conflicts it stops before pushing, lists "
                + "them and leaves their sidecars as they were; remove the markers and run sync again.",
        "Author: user.name/user.email of the Git config, else GLOSSA_AUTHOR (\"Name <mail>\"). HTTPS credentials: "
                + "GLOSSA_GIT_USER and GLOSSA_GIT_TOKEN (never on the command line).",
        "Exit codes: 0 synchronised, 1 stopped (text conflicts, or the remote moved on), 2 bad input or a failed Git "
                + "operation." })
final class CaseSyncCommand extends CliCommand {

    @Parameters(paramLabel = "DIR", description = "the case folder")
    String dir;

    @Option(names = { "-r", "--remote" }, paramLabel = "URL",
            description = "set the remote 'origin' to URL first (file://, https://)")
    String remote;

    @Option(names = { "-m", "--message" }, paramLabel = "M", description = "the commit message for local changes")
    String message;

    @Option(names = { "-j", "--json" }, description = "{\"status\", \"committed\", \"merged\": [PATH], "
            + "\"fieldConflicts\": [{path, kind, id, field, ours, theirs}], \"textConflicts\": [PATH], "
            + "\"held\": [PATH], \"message\"}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return CaseTeamCommand.sync(dir, remote, message, json, out());
    }
}
