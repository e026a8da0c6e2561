package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import glossa.core.io.FileErrors;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ProjectImport;

/** {@code import-project IN.qdpx DIR}: a new case folder from a REFI-QDA project (logic in {@link ProjectImport}). */
final class ImportProjectCommand implements Subcommand {

    @Override
    public String name() {
        return "import-project";
    }

    @Override
    public String summary() {
        return "create a case folder from a REFI-QDA project (.qdpx from MAXQDA, NVivo, ATLAS.ti, QualCoder)";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli import-project IN.qdpx DIR

                Creates the case folder DIR (it must not exist, or be empty) from a REFI-QDA project: one article
                (.txt, UTF-8) with its sidecar per text source, the case codebook from the project's codes, one
                annotation per coding of a text selection, memos from descriptions and notes, authors from users,
                relations from links between selections. See docs/interop.md for the mapping.
                Nothing is written unless the whole project imports: duplicate GUIDs, selections outside their
                source, codings of unknown codes, a DOCTYPE, a zip-slip path or a zip bomb each stop it with exit 2
                and one line IN:LINE:COLUMN: FILE <Element>: reason.
                What Glossa has no place for (PDF, picture, audio and video sources, codings of a whole source,
                links that are not between two text selections) is listed on stderr, one line each; then exit 3.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            throw new UsageException("usage: glossa-cli import-project IN.qdpx DIR");
        }
        Path in = Path.of(args.get(0));
        Path dir = Path.of(args.get(1));
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
        out.println("imported " + result.articles() + " articles, " + result.annotations() + " annotations, "
                + result.relations() + " relations and " + result.types() + " codes into " + dir);
        if (!result.skipped().isEmpty()) {
            err.println("glossa: " + in + ": " + result.skipped().size() + " items skipped (see above)");
            return GlossaCli.SOME_SKIPPED;
        }
        return GlossaCli.OK;
    }
}
