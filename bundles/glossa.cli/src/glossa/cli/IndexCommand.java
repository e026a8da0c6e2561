package glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.cases.CaseArticles;
import glossa.exchange.json.Json;
import glossa.search.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code index DIR [--json]}: builds or refreshes the case's search index. */
@Command(name = "index", description = { "Build or refresh a case's search index.", "",
        "Writes DIR/" + CaseIndex.FOLDER + "/ (a Lucene index; Git ignores it in a shared case). Only articles whose "
                + "text or sidecar changed since the last run are read again; removed articles are dropped. "
                + "`search` then uses it (and refreshes it itself)." })
final class IndexCommand extends CliCommand {

    @Parameters(paramLabel = "DIR", description = "the case folder")
    String dir;

    @Option(names = { "-j", "--json" }, description = "{\"added\", \"updated\", \"removed\", \"unchanged\", "
            + "\"problems\": [{path, message}]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path root = CaseCommand.directory(dir);
        CaseIndex.Refresh refresh;
        try (CaseIndex index = CaseIndex.open(root)) {
            refresh = index.refresh(null);
        } catch (IOException e) {
            throw new UsageException("cannot index " + dir + ": " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("added", refresh.added());
            tree.put("updated", refresh.updated());
            tree.put("removed", refresh.removed());
            tree.put("unchanged", refresh.unchanged());
            List<Object> problems = new ArrayList<>();
            for (CaseArticles.Problem problem : refresh.problems()) {
                problems.add(CaseCommand.problem(root.relativize(problem.article()).toString(), problem.message()));
            }
            tree.put("problems", problems);
            Json.print(tree, out());
        } else {
            out().println("indexed " + root.resolve(CaseIndex.FOLDER) + ": " + refresh.added() + " added, "
                    + refresh.updated() + " updated, " + refresh.removed() + " removed, " + refresh.unchanged()
                    + " unchanged");
            for (CaseArticles.Problem problem : refresh.problems()) {
                err().println("glossa: skipped " + root.relativize(problem.article()) + ": "
                        + CliArticles.oneLine(problem.message()));
            }
        }
        return GlossaCli.OK;
    }
}
