package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import glossa.core.AnnotatedArticle;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.core.io.FileErrors;

/** {@code import FILE --from FORMAT IN}: adds the annotations of an export to FILE's sidecar. */
final class ImportSubcommand implements Subcommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "add annotations (or, from a .qdc, codes) from an export: JSON-LD, CSV, REFI-QDA codebook, UIMA XMI";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli %s

                Reads IN and adds its annotations to FILE's sidecar. Quotes that no longer match the text at their
                position are looked up by quote and context; those not found are reported and not imported.
                Annotations (and relations) the sidecar already holds exactly are reported as already present and
                not imported again, so importing the same file twice adds nothing the second time.
                Exits 2 without saving when IN cannot be read at all (one line: IN:LINE:COLUMN: reason). Exits 3
                when some records were skipped (each one reported, then a count); the others are imported.
                Nothing is written when nothing was imported.
                """.formatted(ImportCommand.usage());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        ImportCommand command;
        try {
            command = ImportCommand.parse(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CliArticles.path(command.input().toString());
        AnnotatedArticle article = CliArticles.open(command.article().toString(), err);
        ImportResult result;
        try {
            result = command.read(article, null);
        } catch (ImportFormatException e) {
            throw new UsageException(command.input() + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (IOException e) {
            throw new UsageException("cannot read " + FileErrors.describe(command.input(), e));
        }
        ImportReport report = result.report();
        for (ImportReport.Problem problem : report.problems()) {
            err.println(command.input() + ": " + problem);
        }
        if (!result.isEmpty()) {
            // Nothing to add, nothing to write: a sidecar is never created or rewritten by an import that added nothing.
            result.applyTo(article.document());
            CliArticles.saveSidecar(article);
        }
        out.println("imported " + report.imported() + " of " + report.records()
                + (result.types().isEmpty() ? " annotations" : " codes") + " into "
                + AnnotatedArticle.sidecarOf(article.articlePath())
                + (report.alreadyPresent() > 0 ? " (" + report.alreadyPresent() + " already present)" : ""));
        if (!report.errors().isEmpty()) {
            err.println("glossa: " + command.input() + ": " + report.skipped() + " of " + report.records()
                    + " records skipped (see the errors above)");
            return GlossaCli.SOME_SKIPPED;
        }
        return GlossaCli.OK;
    }
}
