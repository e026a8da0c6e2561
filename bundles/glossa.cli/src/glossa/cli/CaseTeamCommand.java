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

import glossa.core.merge.MergeResult;
import glossa.exchange.json.Json;
import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.team.TeamException;

/**
 * {@code case share DIR} and {@code case sync DIR [--remote URL] [--message M] [--json]}: the Git half of a shared
 * case, reached through {@link CaseShareCommand} and {@link CaseSyncCommand}. The work is in glossa.team; this
 * class only prints.
 */
final class CaseTeamCommand {

    /** Exit code of a sync that stopped (text conflicts, or the remote moved on); like git's own 1. */
    static final int STOPPED = 1;


    private CaseTeamCommand() {
    }

    static int share(String folder, PrintStream out) throws UsageException {
        Path dir = folder(folder);
        try {
            List<String> written = CaseRepository.share(dir);
            out.println("shared " + dir + (written.isEmpty() ? " (nothing to add)" : ": wrote "
                    + String.join(", ", written)));
            return GlossaCli.OK;
        } catch (TeamException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException(dir + ": " + e.getMessage());
        }
    }

    static int sync(String folder, String remote, String message, boolean json, PrintStream out)
            throws UsageException {
        Path dir = folder(folder);
        try {
            SyncResult result = CaseRepository.sync(dir, remote, message, author(dir), credentials(), null);
            print(result, json, out);
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
