package glossa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseStatistics;
import glossa.exchange.export.CaseExporter;
import glossa.core.filter.AnnotationFilter;
import glossa.exchange.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code case DIR [--json]}: annotation counts per article and type over a case folder. Reads only. */
@Command(name = "case", subcommands = { CaseShareCommand.class, CaseSyncCommand.class, CaseCloneCommand.class }, description = { "Count annotations per article and type over a case folder.", "",
        "Loads every *.txt and *.md article under DIR (hidden folders skipped) with its sidecar, merges the case "
                + "codebook (DIR/.glossa-codebook.xmi; nothing is written) and counts the annotations per article and "
                + "type. Articles that cannot be read are listed as problems." })
final class CaseCommand extends CliCommand {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the case folder (case share DIR, case sync DIR, case clone URL DIR: Git)")
    String dir;

    @Option(names = { "-j", "--json" }, description = "{\"case\": NAME, \"types\": [ID...], \"articles\": "
            + "[{path, title, counts: {ID: N}, total}], \"totals\": {ID: N}, \"total\": N, \"problems\": "
            + "[{path, message}]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (dir == null) {
            throw new UsageException("case needs a DIR (or: case share DIR, case sync DIR, case clone URL DIR)");
        }
        Path root = directory(dir);
        CaseArticles.Loaded loaded = load(root);
        CaseStatistics stats = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                AnnotationFilter.ALL, null);
        CaseExporter names = new CaseExporter(root, caseName(root), loaded.articles(), null);
        List<String> types = stats.typeIds();
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("case", caseName(root));
            tree.put("types", types);
            List<Object> rows = new ArrayList<>();
            for (int a = 0; a < stats.articles().size(); a++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", names.relativeName(stats.articles().get(a)));
                row.put("title", CaseStatistics.label(stats.articles().get(a)));
                row.put("counts", new LinkedHashMap<>(stats.row(a)));
                row.put("total", stats.articleTotal(a));
                rows.add(row);
            }
            tree.put("articles", rows);
            Map<String, Object> totals = new LinkedHashMap<>();
            for (int t = 0; t < types.size(); t++) {
                totals.put(types.get(t), stats.typeTotal(t));
            }
            tree.put("totals", totals);
            tree.put("total", stats.total());
            List<Object> problems = new ArrayList<>();
            for (CaseArticles.Problem problem : loaded.problems()) {
                problems.add(problem(root.relativize(problem.article()).toString(), problem.message()));
            }
            tree.put("problems", problems);
            Json.print(tree, out());
            return GlossaCli.OK;
        }
        boolean[] right = new boolean[types.size() + 2];
        Arrays.fill(right, 1, right.length, true);
        TextTable table = new TextTable(right);
        List<Object> header = new ArrayList<>(List.of("ARTICLE"));
        header.addAll(types);
        header.add("total");
        table.row(header.toArray());
        for (int a = 0; a < stats.articles().size(); a++) {
            List<Object> row = new ArrayList<>();
            row.add(TextTable.shorten(names.relativeName(stats.articles().get(a)), 40));
            for (int t = 0; t < types.size(); t++) {
                row.add(stats.count(a, t));
            }
            row.add(stats.articleTotal(a));
            table.row(row.toArray());
        }
        List<Object> totals = new ArrayList<>(List.of("total"));
        for (int t = 0; t < types.size(); t++) {
            totals.add(stats.typeTotal(t));
        }
        totals.add(stats.total());
        table.row(totals.toArray());
        table.print(out());
        for (CaseArticles.Problem problem : loaded.problems()) {
            err().println("glossa: skipped " + root.relativize(problem.article()) + ": "
                    + CliArticles.oneLine(problem.message()));
        }
        return GlossaCli.OK;
    }

    /** {@code {"path", "message"}}, in that order. */
    static Map<String, Object> problem(String path, String message) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", path);
        row.put("message", CliArticles.oneLine(message));
        return row;
    }

    static Path directory(String dir) throws UsageException {
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

    static CaseArticles.Loaded load(Path root) throws UsageException {
        try {
            return CaseArticles.load(root, null);
        } catch (IOException e) {
            throw new UsageException(CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }

    static String caseName(Path root) {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }
}
