package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import glossa.core.cases.CaseArticles;
import glossa.exchange.json.Json;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.TeamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code case clone URL DIR [--json]}: a shared case cloned into a new folder, as Team > Clone Case… does in the
 * workbench (the same {@link CaseRepository#clone}: driver config and attributes written after the clone).
 */
@Command(name = "clone", description = { "Clone a shared case from a Git remote into a new folder.", "",
        "Clones URL (file://, https://, ssh://user@host/path or user@host:path) into DIR, which must be new or empty, "
                + "and writes what sharing writes (the merge driver in .git/config, which Git never copies, and any "
                + "missing .gitattributes and .gitignore lines). A failed clone leaves no DIR behind.",
        "HTTPS credentials: GLOSSA_GIT_USER and GLOSSA_GIT_TOKEN (never on the command line). SSH: the keys and "
                + "known_hosts of ~/.ssh; an unknown host key is refused.",
        "Exit codes: 0 cloned, 2 bad input or a failed clone (nothing left behind)." })
final class CaseCloneCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "URL", description = "the remote to clone")
    String url;

    @Parameters(index = "1", paramLabel = "DIR", description = "the new case folder (absent or empty)")
    String dir;

    @Option(names = { "-j", "--json" }, description = "{\"case\": DIR, \"remote\": URL, \"branch\", \"commit\", "
            + "\"articles\": N}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path target;
        try {
            target = Path.of(dir).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + dir);
        }
        if (url.isBlank()) {
            throw new UsageException("case clone needs a remote URL");
        }
        try {
            CaseRepository.clone(url, target, credentials(), null);
            CaseRepository.Head head = CaseRepository.head(target);
            print(target, head, CaseArticles.find(target).size(), out());
            return GlossaCli.OK;
        } catch (TeamException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException(target + ": " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private void print(Path target, CaseRepository.Head head, int articles, PrintStream out) {
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("case", target.toString());
            map.put("remote", url);
            map.put("branch", head.branch());
            map.put("commit", head.commit());
            map.put("articles", articles);
            out.println(Json.write(map));
        } else {
            out.println("cloned " + url + " into " + target + " (branch " + head.branch() + ", " + articles
                    + (articles == 1 ? " article)" : " articles)"));
        }
    }

    private static Credentials credentials() {
        return new Credentials(System.getenv("GLOSSA_GIT_USER"), System.getenv("GLOSSA_GIT_TOKEN"));
    }
}
