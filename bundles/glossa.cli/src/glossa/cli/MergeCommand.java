package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarStore;
import glossa.exchange.json.Json;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * {@code merge BASE OURS THEIRS [-o OUT] [--json]}: the three-way merge of sidecars, with the semantics git expects
 * of a merge driver ({@code %O %A %B}): the result goes into OURS unless {@code -o} says otherwise; exit 0 when clean,
 * 1 when conflicts were recorded (the result is still a sidecar that loads), 2 on bad input with nothing written.
 */
final class MergeCommand implements Subcommand {

    /** Exit code of a merge that recorded conflicts. */
    static final int CONFLICTS = 1;

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "three-way merge of sidecars (a git merge driver)";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli merge BASE OURS THEIRS [-o OUT] [--json]

                Merges the annotations of two sidecars that were both changed since their common BASE, by id and
                field by field: what one side added, changed or deleted is taken; where both changed one field
                differently, OURS' value stays and the conflict is recorded in the result (list --json shows
                "conflict": true). A deletion of something the other side changed is a conflict that keeps it.
                An empty BASE file means no common ancestor. The result is written into OURS atomically, or into
                OUT. As a git merge driver:  git config merge.glossa.driver "glossa-cli merge %O %A %B"
                and in .gitattributes:       *.glossa merge=glossa

                Exit codes: 0 merged cleanly, 1 merged with conflicts recorded, 2 bad input (nothing written).

                  -o, --output OUT  write the result here instead of into OURS
                  --json            {"added": N, "changed": N, "deleted": N,
                                     "conflicts": [{"kind", "id", "field", "ours", "theirs"}]}
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> normalised = new ArrayList<>();
        for (String arg : args) {
            normalised.add(arg.equals("-o") ? "--output" : arg);
        }
        Args parsed = Args.parse(normalised, Set.of("output"), Set.of("json"));
        if (parsed.positional().size() != 3) {
            throw new UsageException("merge needs three sidecars: BASE OURS THEIRS (got " + parsed.positional().size()
                    + ")");
        }
        SidecarStore store = new SidecarStore();
        Path basePath = path(parsed.positional().get(0));
        Path oursPath = path(parsed.positional().get(1));
        Path theirsPath = path(parsed.positional().get(2));
        Path output = parsed.value("output") == null ? oursPath : outputPath(parsed.value("output"));
        Document base = load(store, basePath);
        Document ours = load(store, oursPath);
        Document theirs = load(store, theirsPath);
        if (ours == null) {
            ours = GlossaFactory.eINSTANCE.createDocument();
        }
        if (theirs == null) {
            theirs = GlossaFactory.eINSTANCE.createDocument();
        }
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        result.apply();
        byte[] bytes = store.toBytes(ours);
        try {
            new AtomicFileWriter().write(output, bytes);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
        if (parsed.flag("json")) {
            out.println(Json.write(json(result)));
        } else {
            out.println("merged into " + output + ": " + result.added() + " added, " + result.changed() + " changed, "
                    + result.deleted() + " deleted, " + result.conflicts().size() + " conflicts");
            for (MergeResult.Conflict c : result.conflicts()) {
                out.println("conflict " + c.objectKind() + " " + c.objectId() + " " + c.feature() + ": ours "
                        + TextTable.shorten(String.valueOf(c.ours()), 40) + ", theirs "
                        + TextTable.shorten(String.valueOf(c.theirs()), 40));
            }
        }
        return result.isClean() ? GlossaCli.OK : CONFLICTS;
    }

    private static Map<String, Object> json(MergeResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("added", result.added());
        json.put("changed", result.changed());
        json.put("deleted", result.deleted());
        List<Object> conflicts = new ArrayList<>();
        for (MergeResult.Conflict c : result.conflicts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", c.objectKind());
            row.put("id", c.objectId());
            row.put("field", c.feature());
            row.put("ours", c.ours());
            row.put("theirs", c.theirs());
            conflicts.add(row);
        }
        json.put("conflicts", conflicts);
        return json;
    }

    private static Path path(String file) throws UsageException {
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UsageException(file + ": is a directory, not a sidecar");
            }
            if (!Files.isRegularFile(path)) {
                throw new UsageException(file + ": no such file");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + file);
        }
    }

    private static Path outputPath(String file) throws UsageException {
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UsageException(file + ": is a directory");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + file);
        }
    }

    /** The sidecar's document, or null for an empty file (no common ancestor). */
    private static Document load(SidecarStore store, Path file) throws UsageException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length == 0 ? null : store.load(bytes, file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage() == null ? file + ": " + e : e.getMessage()));
        }
    }
}
