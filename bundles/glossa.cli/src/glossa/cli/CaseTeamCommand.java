package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.merge.MergeResult;
import glossa.exchange.json.Json;
import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.team.TeamException;

/**
 * {@code case share DIR} and {@code case sync DIR [--remote URL] [--message M] [--json]}: the Git half of a shared
 * case, reached through {@link CaseCommand}. The work is in glossa.team; this class only parses and prints.
 */
final class CaseTeamCommand {

    /** Exit code of a sync that stopped (text conflicts, or the remote moved on); like git's own 1. */
    static final int STOPPED = 1;

    static final String HELP = """

            usage: glossa-cli case share DIR
                   glossa-cli case sync DIR [--remote URL] [--message M] [--json]

            share: makes DIR a Git repository (or keeps the one there) and writes what is missing of
            .gitattributes (*.glossa merge=glossa), .gitignore (lock, temporary and set-aside files) and the
            merge driver in .git/config (glossa-cli merge %O %A %B). Commits nothing.

            sync: commits every changed article and sidecar, fetches, merges (sidecars through the semantic
            three-way merge: never conflict markers in XMI; field conflicts are recorded in the sidecar),
            commits the merge and pushes. When an article's text has conflicts it stops before pushing, lists
            them and leaves their sidecars as they were; remove the markers and run sync again.
            Author: user.name/user.email of the Git config, else GLOSSA_AUTHOR ("Name <mail>").
            HTTPS credentials: GLOSSA_GIT_USER and GLOSSA_GIT_TOKEN (never on the command line).
            Exit codes: 0 synchronised, 1 stopped (text conflicts, or the remote moved on), 2 bad input or a
            failed Git operation.

              --remote URL   set the remote 'origin' to URL first (file://, https://)
              --message M    the commit message for local changes
              --json         {"status", "committed", "merged": [PATH], "fieldConflicts": [{"path", "kind",
                             "id", "field", "ours", "theirs"}], "textConflicts": [PATH], "held": [PATH],
                             "message"}
            """;

    private CaseTeamCommand() {
    }

    /** Whether the arguments of {@code case} name one of these (a folder called share or sync still works). */
    static boolean handles(List<String> args) {
        if (args.isEmpty() || !(args.get(0).equals("share") || args.get(0).equals("sync"))) {
            return false;
        }
        return args.size() > 1 || !Files.isDirectory(Path.of(args.get(0)));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String action = args.get(0);
        Args parsed = action.equals("share") ? Args.parse(args.subList(1, args.size()), Set.of(), Set.of())
                : Args.parse(args.subList(1, args.size()), Set.of("remote", "message"), Set.of("json"));
        if (parsed.positional().size() != 1) {
            throw new UsageException("case " + action + " needs one DIR");
        }
        Path dir = folder(parsed.positional().get(0));
        try {
            if (action.equals("share")) {
                List<String> written = CaseRepository.share(dir);
                out.println("shared " + dir + (written.isEmpty() ? " (nothing to add)" : ": wrote "
                        + String.join(", ", written)));
                return GlossaCli.OK;
            }
            SyncResult result = CaseRepository.sync(dir, parsed.value("remote"), parsed.value("message"),
                    author(dir), credentials(), null);
            print(result, parsed.flag("json"), out);
            return result.status() == SyncResult.Status.SYNCHRONIZED ? GlossaCli.OK : STOPPED;
        } catch (TeamException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException(dir + ": " + e.getMessage());
        }
    }

    private static void print(SyncResult result, boolean json, PrintStream out) {
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("status", result.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            map.put("committed", result.committed());
            map.put("merged", result.merged());
            List<Object> conflicts = new ArrayList<>();
            for (Map.Entry<String, List<MergeResult.Conflict>> e : result.fieldConflicts().entrySet()) {
                for (MergeResult.Conflict c : e.getValue()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("path", e.getKey());
                    row.put("kind", c.objectKind());
                    row.put("id", c.objectId());
                    row.put("field", c.feature());
                    row.put("ours", c.ours());
                    row.put("theirs", c.theirs());
                    conflicts.add(row);
                }
            }
            map.put("fieldConflicts", conflicts);
            map.put("textConflicts", result.textConflicts());
            map.put("held", result.held());
            map.put("message", result.message());
            out.println(Json.write(map));
            return;
        }
        out.println(result.message() + (result.committed() ? " (local changes committed)" : ""));
        for (String path : result.merged()) {
            out.println("merged " + path);
        }
        result.fieldConflicts().forEach((path, list) -> list.forEach(c -> out.println("conflict " + path + " "
                + c.objectKind() + " " + c.objectId() + " " + c.feature() + ": ours "
                + TextTable.shorten(String.valueOf(c.ours()), 40) + ", theirs "
                + TextTable.shorten(String.valueOf(c.theirs()), 40))));
        for (String path : result.textConflicts()) {
            out.println("text conflict " + path);
        }
        for (String path : result.held()) {
            out.println("held " + path);
        }
    }

    private static Author author(Path dir) throws IOException, UsageException {
        Author configured = CaseRepository.configuredAuthor(dir);
        if (configured != null) {
            return configured;
        }
        String env = System.getenv("GLOSSA_AUTHOR");
        if (env != null && !env.isBlank()) {
            int lt = env.indexOf('<');
            return lt < 0 ? new Author(env, "")
                    : new Author(env.substring(0, lt), env.substring(lt + 1).replace(">", ""));
        }
        throw new UsageException("no author: set user.name (git config) or GLOSSA_AUTHOR=\"Name <mail>\"");
    }

    private static Credentials credentials() {
        return new Credentials(System.getenv("GLOSSA_GIT_USER"), System.getenv("GLOSSA_GIT_TOKEN"));
    }

    private static Path folder(String dir) throws UsageException {
        try {
            Path path = Path.of(dir);
            if (!Files.isDirectory(path)) {
                throw new UsageException("not a case folder: " + dir);
            }
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + dir);
        }
    }
}
