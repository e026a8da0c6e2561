package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import glossa.core.io.FileErrors;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ProjectImport;
import glossa.exchange.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-project IN.qdpx DIR}: a new case folder from a REFI-QDA project (logic in {@link ProjectImport}). */
@Command(name = "import-project", description = {
        "Create a case folder from a REFI-QDA project (.qdpx from MAXQDA, NVivo, ATLAS.ti, QualCoder).", "",
        "Creates the case folder DIR (it must not exist, or be empty): one article (.txt, UTF-8) with its sidecar per "
                + "text source, the case codebook from the project's codes, one annotation per coding of a text "
                + "selection, memos from descriptions and notes, authors from users, relations from links between "
                + "selections. See docs/interop.md for the mapping.",
        "Nothing is written unless the whole project imports: duplicate GUIDs, selections outside their source, "
                + "codings of unknown codes, a DOCTYPE, a zip-slip path or a zip bomb each stop it with exit 2 and one "
                + "line IN:LINE:COLUMN: FILE <Element>: reason.",
        "What Glossa has no place for (PDF, picture, audio and video sources, codings of a whole source, links that "
                + "are not between two text selections) is listed on stderr, one line each; then exit 3." })
final class ImportProjectCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "IN.qdpx", description = "the REFI-QDA project")
    String project;

    @Parameters(index = "1", paramLabel = "DIR", description = "the new case folder")
    String folder;

    @Option(names = { "-j", "--json" }, description = "{\"case\": DIR, \"articles\": N, \"annotations\": N, "
            + "\"relations\": N, \"codes\": N, \"skipped\": [REASON]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        PrintStream err = err();
        Path in = CliArticles.path(project);
        Path dir;
        try {
            dir = Path.of(folder);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("not a valid path: " + folder);
        }
        if (!Files.isRegularFile(in)) {
            throw new UsageException(in + ": no such file");
        }
        ProjectImport.Result result;
        try {
            result = ProjectImport.run(in, dir, null);
        } catch (ImportFormatException e) {
            throw new UsageException(in + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            throw new UsageException(dir + ": exists and is not an empty folder; nothing imported");
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + FileErrors.describe(in, e));
        } catch (IOException e) {
            throw new UsageException(FileErrors.describe(dir, e));
        }
        for (String skipped : result.skipped()) {
            err.println(in + ": skipped: " + skipped);
        }
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("case", dir.toString());
            map.put("articles", result.articles());
            map.put("annotations", result.annotations());
            map.put("relations", result.relations());
            map.put("codes", result.types());
            map.put("skipped", result.skipped());
            out.println(Json.write(map));
        } else {
            out.println("imported " + result.articles() + " articles, " + result.annotations() + " annotations, "
                    + result.relations() + " relations and " + result.types() + " codes into " + dir);
        }
        if (!result.skipped().isEmpty()) {
            err.println("glossa: " + in + ": " + result.skipped().size() + " items skipped (see above)");
            return GlossaCli.SOME_SKIPPED;
        }
        return GlossaCli.OK;
    }
}
