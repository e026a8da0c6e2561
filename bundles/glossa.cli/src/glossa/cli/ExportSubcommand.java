package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import glossa.core.AnnotatedArticle;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.core.io.FileErrors;

/** {@code export FILE --format FORMAT [--types a,b] [--sections 1,3] [--levels N] [--no-text] -o OUT [--force]}. */
final class ExportSubcommand implements Subcommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write an annotated report or exchange file (HTML, PDF, Markdown, CSV, JSON-LD, REFI-QDA, UIMA XMI)";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli %s

                Writes a report of FILE's annotations. The file is written atomically.
                  --format F       %s
                  --types a,b      only these annotation types (ids as listed by `types`)
                  --sections 1,3   only these top-level sections (number as written, e.g. 三, or position 1..n)
                  --levels N       summaries show N levels of the section tree: 1 the chapters only, all (default) every one
                  --no-text        HTML/Markdown: list the quotes per section and type, without the article text
                  -o OUT           the file to write; never the article or its sidecar (symbolic links followed)
                  --force          replace OUT when it exists (without it an existing OUT is refused)
                """.formatted(ExportCommand.usage(), formats());
    }

    /** "html (self-contained report), md, csv (UTF-8 with BOM) or jsonld (W3C Web Annotation)" */
    private static String formats() {
        return FormatRegistry.enumerate(FormatRegistry.instance().exportFormats().stream()
                .map(f -> f.note().isEmpty() ? f.id() : f.id() + " (" + f.note() + ")").toList());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        ExportCommand command;
        try {
            command = ExportCommand.parse(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        AnnotatedArticle article = CliArticles.open(command.article().toString(), err);
        try {
            command.run(article, null);
        } catch (IllegalArgumentException | ExportDestination.Refused | ExportFiles.TooLarge e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot write " + command.output() + ": " + FileErrors.reason(e));
        }
        out.println("wrote " + command.output());
        return GlossaCli.OK;
    }
}
