package glossa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code case share DIR}: makes a case folder a Git repository set up for the semantic merge of sidecars. */
@Command(name = "share", description = { "Make a case folder a Git repository (or keep the one there).", "",
        "Writes what is missing of .gitattributes (*.glossa and .glossa-codebook.xmi merge=glossa), .gitignore (lock, temporary and set-aside "
                + "files) and the merge driver in .git/config (glossa-cli merge %%O %%A %%B). Commits nothing." })
final class CaseShareCommand extends CliCommand {

    @Parameters(paramLabel = "DIR", description = "the case folder")
    String dir;

    @Override
    public Integer call() throws Exception {
        return CaseTeamCommand.share(dir, out());
    }
}
