package glossa.core.cli;

import java.io.PrintStream;
import java.util.List;

import glossa.core.AnnotatedArticle;
import glossa.core.imports.ImportCommand;
import glossa.core.imports.ImportReport;
import glossa.core.imports.ImportResult;

/** {@code import FILE --from jsonld|csv IN}: adds the annotations of an export to FILE's sidecar. */
final class ImportSubcommand implements Subcommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "add annotations from a Glossa CSV or W3C Web Annotation JSON-LD export";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli %s

                Reads IN and adds its annotations to FILE's sidecar. Quotes that no longer match the text at their
                position are looked up by quote and context; those not found are reported and not imported.
                Annotations (and relations) the sidecar already holds exactly are reported as already present and
                not imported again, so importing the same file twice adds nothing the second time.
                Exits 2 without saving when IN cannot be read at all.
                """.formatted(ImportCommand.USAGE);
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
        AnnotatedArticle article = CliArticles.open(command.article().toString());
        ImportResult result = command.read(article, null);
        ImportReport report = result.report();
        for (ImportReport.Problem problem : report.problems()) {
            err.println(command.input() + ": " + problem);
        }
        result.applyTo(article.document());
        CliArticles.saveSidecar(article);
        out.println("imported " + report.imported() + " of " + report.records() + " annotations into "
                + AnnotatedArticle.sidecarOf(article.articlePath())
                + (report.alreadyPresent() > 0 ? " (" + report.alreadyPresent() + " already present)" : ""));
        return GlossaCli.OK;
    }
}
