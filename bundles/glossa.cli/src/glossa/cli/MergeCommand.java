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

import glossa.core.cases.CodebookFileMerge;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarStore;
import glossa.exchange.json.Json;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code merge BASE OURS THEIRS [-o OUT] [--json]}: the three-way merge of sidecars, with the semantics git expects
 * of a merge driver ({@code %O %A %B}): the result goes into OURS unless {@code -o} says otherwise; exit 0 when clean,
 * 1 when conflicts were recorded (the result is still a sidecar that loads), 2 on bad input with nothing written.
 */
@Command(name = "merge", description = { "Three-way merge of sidecars (a git merge driver).", "",
        "Merges the annotations of two sidecars that were both changed since their common BASE, by id and field by "
                + "field: what one side added, changed or deleted is taken; where both changed one field differently, "
                + "OURS' value stays and the conflict is recorded in the result (list --json shows \"conflict\": "
                + "true). A deletion of something the other side changed is a conflict that keeps it. An empty BASE "
                + "file means no common ancestor. The result is written into OURS atomically, or into OUT.",
        "As a git merge driver:  git config merge.glossa.driver \"glossa-cli merge %%O %%A %%B\"",
        "and in .gitattributes:  *.glossa merge=glossa  and  .glossa-codebook.xmi merge=glossa",
        "The case codebook file (.glossa-codebook.xmi, told by its content) is merged type by type in the same way; "
                + "its conflicts are recorded in the file.",
        "Exit codes: 0 merged cleanly, 1 merged with conflicts recorded, 2 bad input (nothing written)." })
final class MergeCommand extends CliCommand {

    /** Exit code of a merge that recorded conflicts. */
    static final int CONFLICTS = 1;

    @Parameters(index = "0", paramLabel = "BASE", description = "the common ancestor (an empty file: none)")
    String base;

    @Parameters(index = "1", paramLabel = "OURS", description = "our sidecar; the result goes here unless -o")
    String ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "their sidecar")
    String theirs;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT",
            description = "write the result here instead of into OURS; - for standard output")
    String output;

    @Option(names = { "-j", "--json" }, description = "{\"added\": N, \"changed\": N, \"deleted\": N, "
            + "\"conflicts\": [{\"kind\", \"id\", \"field\", \"ours\", \"theirs\"}]}; not with -o -")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean toStandardOutput = CliArticles.STANDARD_STREAM.equals(output);
        if (toStandardOutput && json) {
            throw new UsageException("--json and -o - both write to standard output; choose one");
        }
        SidecarStore store = new SidecarStore();
        Path basePath = path(base);
        Path oursPath = path(ours);
        Path theirsPath = path(theirs);
        Path target = output == null ? oursPath : toStandardOutput ? null : outputPath(output);
        if (isCodebook(oursPath) || isCodebook(theirsPath)) {
            return mergeCodebooks(basePath, oursPath, theirsPath, target);
        }
        Document baseDocument = load(store, basePath);
        Document oursDocument = load(store, oursPath);
        Document theirsDocument = load(store, theirsPath);
        if (oursDocument == null) {
            oursDocument = GlossaFactory.eINSTANCE.createDocument();
        }
        if (theirsDocument == null) {
            theirsDocument = GlossaFactory.eINSTANCE.createDocument();
        }
        MergeResult result = ThreeWayMerge.merge(baseDocument, oursDocument, theirsDocument);
        result.apply();
        byte[] bytes = store.toBytes(oursDocument);
        write(bytes, target);
        report(result.added(), result.changed(), result.deleted(), result.conflicts(), target);
        return result.isClean() ? GlossaCli.OK : CONFLICTS;
    }

    /** The case codebook file (.glossa-codebook.xmi), told from a sidecar by its content: merged type by type. */
    private int mergeCodebooks(Path basePath, Path oursPath, Path theirsPath, Path target) throws Exception {
        CodebookFileMerge.Result result;
        try {
            result = CodebookFileMerge.merge(Files.readAllBytes(basePath), Files.readAllBytes(oursPath),
                    Files.readAllBytes(theirsPath), oursPath);
        } catch (IOException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage() == null ? oursPath + ": " + e
                    : e.getMessage()));
        }
        write(result.bytes(), target);
        // The counts are of annotations, which a codebook has none of.
        report(0, 0, 0, result.conflicts(), target);
        return result.conflicts().isEmpty() ? GlossaCli.OK : CONFLICTS;
    }

    private static boolean isCodebook(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return CodebookFileMerge.isCodebookFile(bytes);
    }

    private void write(byte[] bytes, Path target) throws IOException, UsageException {
        if (target == null) {
            out().write(bytes);
            out().flush();
        } else {
            try {
                new AtomicFileWriter().write(target, bytes);
            } catch (IOException e) {
                throw new UsageException("cannot write " + target + ": "
                        + CliArticles.oneLine(String.valueOf(e.getMessage())));
            }
        }
    }

    private void report(int added, int changed, int deleted, List<MergeResult.Conflict> conflicts, Path target)
            throws IOException {
        boolean toStandardOutput = target == null;
        if (json) {
            Json.print(json(added, changed, deleted, conflicts), out());
        } else {
            // With -o - the merged sidecar is standard output: the summary goes to stderr.
            PrintStream summary = toStandardOutput ? err() : out();
            summary.println("merged into " + (toStandardOutput ? "standard output" : target) + ": " + added
                    + " added, " + changed + " changed, " + deleted + " deleted, "
                    + conflicts.size() + " conflicts");
            for (MergeResult.Conflict c : conflicts) {
                summary.println("conflict " + c.objectKind() + " " + c.objectId() + " " + c.feature() + ": ours "
                        + TextTable.shorten(String.valueOf(c.ours()), 40) + ", theirs "
                        + TextTable.shorten(String.valueOf(c.theirs()), 40));
            }
        }
    }

    private static Map<String, Object> json(int added, int changed, int deleted, List<MergeResult.Conflict> found) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("added", added);
        json.put("changed", changed);
        json.put("deleted", deleted);
        List<Object> conflicts = new ArrayList<>();
        for (MergeResult.Conflict c : found) {
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
