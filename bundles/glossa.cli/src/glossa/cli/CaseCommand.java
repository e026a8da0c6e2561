package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseStatistics;
import glossa.exchange.export.CaseExporter;
import glossa.core.filter.AnnotationFilter;
import glossa.exchange.json.Json;

/** {@code case DIR [--json]}: annotation counts per article and type over a case folder. Reads only. */
final class CaseCommand implements Subcommand {

    @Override
    public String name() {
        return "case";
    }

    @Override
    public String summary() {
        return "count annotations per article and type over a case folder; case share|sync: Git";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli case DIR [--json]

                Loads every *.txt and *.md article under DIR (hidden folders skipped) with its sidecar,
                merges the case codebook (DIR/.glossa-codebook.xmi; nothing is written) and counts the
                annotations per article and type. Articles that cannot be read are listed as problems.

                  --json   {"case": NAME, "types": [ID...], "articles": [{path, title, counts: {ID: N},
                           total}], "totals": {ID: N}, "total": N, "problems": [{path, message}]}
                """ + CaseTeamCommand.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (CaseTeamCommand.handles(args)) {
            return CaseTeamCommand.run(args, out, err);
        }
        Args parsed = Args.parse(args, Set.of(), Set.of("json"));
        Path root = directory(parsed.file());
        CaseArticles.Loaded loaded = load(root);
        CaseStatistics stats = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                AnnotationFilter.ALL, null);
        CaseExporter names = new CaseExporter(root, caseName(root), loaded.articles(), null);
        List<String> types = stats.typeIds();
        if (parsed.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("case", caseName(root));
            json.put("types", types);
            List<Object> rows = new ArrayList<>();
            for (int a = 0; a < stats.articles().size(); a++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", names.relativeName(stats.articles().get(a)));
                row.put("title", CaseStatistics.label(stats.articles().get(a)));
                row.put("counts", new LinkedHashMap<>(stats.row(a)));
                row.put("total", stats.articleTotal(a));
                rows.add(row);
            }
            json.put("articles", rows);
            Map<String, Object> totals = new LinkedHashMap<>();
            for (int t = 0; t < types.size(); t++) {
                totals.put(types.get(t), stats.typeTotal(t));
            }
            json.put("totals", totals);
            json.put("total", stats.total());
            List<Object> problems = new ArrayList<>();
            for (CaseArticles.Problem problem : loaded.problems()) {
                problems.add(new LinkedHashMap<>(Map.of("path", root.relativize(problem.article()).toString(),
                        "message", CliArticles.oneLine(problem.message()))));
            }
            json.put("problems", problems);
            out.println(Json.write(json));
            return 0;
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
        table.print(out);
        for (CaseArticles.Problem problem : loaded.problems()) {
            err.println("glossa: skipped " + root.relativize(problem.article()) + ": "
                    + CliArticles.oneLine(problem.message()));
        }
        return 0;
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
