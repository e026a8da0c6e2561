package glossa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseCodebook;
import glossa.core.io.FileErrors;
import glossa.exchange.ExportFormat;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code case-export DIR --format FORMAT -o OUT [--force] [--json]}: one file for all articles of a case. */
@Command(name = "case-export", description = {
        "Export all articles of a case folder as one HTML, PDF, CSV, JSON-LD or REFI-QDA (.qdpx) file.", "",
        "Exports every article under DIR (as 'case' finds them) into one file: an HTML report with a table of "
                + "contents, a PDF with one bookmark per article, CSV (the export columns; document = path relative to DIR), one "
                + "W3C Web Annotation collection, or one REFI-QDA project. All annotations are exported (no filter). OUT is written atomically; OUT - writes to "
                + "standard output. OUT is never an article or a sidecar of the case (symbolic links followed); an "
                + "existing OUT is replaced only with --force." })
final class CaseExportCommand extends CliCommand {

    @Parameters(paramLabel = "DIR", description = "the case folder")
    String dir;

    @Option(names = { "-f", "--format" }, required = true, converter = FormatChoices.ToCaseExportFormat.class,
            completionCandidates = FormatChoices.CaseExport.class, description = "the format of OUT")
    ExportFormat format;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", required = true,
            description = "the file to write, or - for standard output")
    String output;

    @Option(names = "--force", description = "replace OUT when it exists")
    boolean force;

    @Option(names = { "-j", "--json" }, description = "print {\"written\": OUT, \"format\": ID, \"bytes\": N, "
            + "\"articles\": N, \"annotations\": N, \"skipped\": [{path, message}]} instead of the line 'wrote …'; "
            + "not with -o -")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean toStandardOutput = CliArticles.STANDARD_STREAM.equals(output);
        if (toStandardOutput && json) {
            throw new UsageException("--json and -o - both write to standard output; choose one");
        }
        Path root = CaseCommand.directory(dir);
        CaseArticles.Loaded loaded = CaseCommand.load(root);
        CaseExporter exporter = new CaseExporter(root, CaseCommand.caseName(root), loaded.articles(),
                loaded.codebook().codebook());
        try {
            if (toStandardOutput) {
                ExportFiles.stream(out(), "standard output",
                        stream -> exporter.export(format.caseWriter(), ExportOptions.defaults(), stream, null));
            } else {
                Path target = Path.of(output).toAbsolutePath();
                try {
                    // Every article found (read or skipped) and its sidecar, and the case codebook, are never written
                    // over.
                    ExportDestination.check(target, CaseArticles.find(root), List.of(CaseCodebook.fileOf(root)), force);
                    ExportFiles.write(target,
                            stream -> exporter.export(format.caseWriter(), ExportOptions.defaults(), stream, null));
                } catch (ExportDestination.Refused | ExportFiles.TooLarge e) {
                    throw new UsageException(e.getMessage().replace(target.toString(), output));
                }
            }
        } catch (ExportFiles.TooLarge e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + FileErrors.reason(e));
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + output);
        }
        List<Object> skipped = new ArrayList<>();
        for (CaseArticles.Problem problem : loaded.problems()) {
            String path = root.relativize(problem.article()).toString();
            err().println("glossa: skipped " + path + ": " + CliArticles.oneLine(problem.message()));
            skipped.add(CaseCommand.problem(path, problem.message()));
        }
        if (toStandardOutput) {
            return GlossaCli.OK;
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("written", output);
            tree.put("format", format.id());
            tree.put("bytes", Files.size(Path.of(output)));
            tree.put("articles", loaded.articles().size());
            tree.put("annotations", loaded.articles().stream().mapToInt(CaseExportCommand::annotations).sum());
            tree.put("skipped", skipped);
            Json.print(tree, out());
        } else {
            out().println("wrote " + loaded.articles().size() + " articles to " + output);
        }
        return GlossaCli.OK;
    }

    private static int annotations(AnnotatedArticle article) {
        return article.document().getAnnotations().size();
    }
}
