package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import glossa.core.cases.CaseArticles;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.ExportOptions;
import glossa.core.cases.CaseCodebook;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.core.io.FileErrors;

/** {@code case-export DIR --format FORMAT -o OUT [--force]}: one file for all articles of a case. */
final class CaseExportCommand implements Subcommand {

    @Override
    public String name() {
        return "case-export";
    }

    @Override
    public String summary() {
        return "export all articles of a case folder as one HTML, CSV, JSON-LD or REFI-QDA (.qdpx) file";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli case-export DIR --format %s -o OUT [--force]

                Exports every article under DIR (as 'case' finds them) into one file:
                %s
                All annotations are exported (no filter). OUT is written atomically. OUT is never an article or a
                sidecar of the case (symbolic links followed); an existing OUT is replaced only with --force.
                """.formatted(String.join("|", formats().stream().map(ExportFormat::id).toList()),
                String.join("\n", formats().stream().map(f -> "  %-8s %s".formatted(f.id(), f.label())).toList()));
    }

    private static List<ExportFormat> formats() {
        return FormatRegistry.instance().caseExportFormats();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        // -o is the one short option; Args knows long ones only.
        List<String> normalized = args.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Args parsed = Args.parse(normalized, Set.of("format", "output"), Set.of("force"));
        List<String> positional = parsed.positional();
        if (positional.isEmpty()) {
            throw new UsageException("missing DIR argument");
        }
        if (positional.size() > 1) {
            throw new UsageException("unexpected argument '" + positional.get(1) + "'");
        }
        String output = parsed.value("output");
        String formatName = parsed.value("format");
        if (formatName == null || output == null) {
            throw new UsageException("--format and -o OUT are required");
        }
        ExportFormat format;
        try {
            format = FormatRegistry.instance().caseExportFormat(formatName);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path root = CaseCommand.directory(positional.get(0));
        CaseArticles.Loaded loaded = CaseCommand.load(root);
        CaseExporter exporter = new CaseExporter(root, CaseCommand.caseName(root), loaded.articles(),
                loaded.codebook().codebook());
        Path target = Path.of(output).toAbsolutePath();
        try {
            // Every article found (read or skipped) and its sidecar, and the case codebook, are never written over.
            ExportDestination.check(target, CaseArticles.find(root), List.of(CaseCodebook.fileOf(root)),
                    parsed.flag("force"));
            ExportFiles.write(target,
                    stream -> exporter.export(format.caseWriter(), ExportOptions.defaults(), stream, null));
        } catch (ExportDestination.Refused | ExportFiles.TooLarge e) {
            throw new UsageException(e.getMessage().replace(target.toString(), output));
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + FileErrors.reason(e));
        }
        for (CaseArticles.Problem problem : loaded.problems()) {
            err.println("glossa: skipped " + root.relativize(problem.article()) + ": "
                    + CliArticles.oneLine(problem.message()));
        }
        out.println("wrote " + loaded.articles().size() + " articles to " + output);
        return 0;
    }
}
