package glossa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.io.FileErrors;
import glossa.exchange.ImportFormat;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE --from FORMAT IN [--json]}: adds the annotations of an export to FILE's sidecar. */
@Command(name = "import", description = { "Add annotations from a Glossa CSV or W3C Web Annotation JSON-LD export.",
        "",
        "Reads IN and adds its annotations to FILE's sidecar. Quotes that no longer match the text at their position "
                + "are looked up by quote and context; those not found are reported and not imported. Annotations "
                + "(and relations) the sidecar already holds exactly are reported as already present and not imported "
                + "again, so importing the same file twice adds nothing the second time.",
        "Exits 2 without saving when IN cannot be read at all (one line: IN:LINE:COLUMN: reason). Exits 3 when some "
                + "records were skipped (each one reported, then a count); the others are imported. Nothing is "
                + "written when nothing was imported." })
public final class ImportCommand extends CliCommand {

    /** How IN {@code -} is named in messages. */
    private static final String STANDARD_INPUT = "standard input";

    @Parameters(index = "0", paramLabel = "FILE", description = "the article; its sidecar FILE.glossa is written")
    String file;

    @Parameters(index = "1", paramLabel = "IN", description = "the export to read, or - for standard input")
    String input;

    @Option(names = { "-f", "--from", "--format" }, required = true, converter = FormatChoices.ToImportFormat.class,
            completionCandidates = FormatChoices.Import.class, description = "the format of IN")
    ImportFormat from;

    @Option(names = { "-j", "--json" }, description = "print {\"sidecar\": PATH, \"records\": N, \"imported\": N, "
            + "\"alreadyPresent\": N, \"skipped\": N, \"saved\": BOOL, \"problems\": [{severity, record, line, "
            + "message}]} instead of the line 'imported …' (the problems are still reported on stderr)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String inputName = fromStandardInput() ? STANDARD_INPUT : input;
        if (!fromStandardInput()) {
            CliArticles.path(input);
        }
        AnnotatedArticle article = CliArticles.open(file, err());
        ImportResult result;
        try {
            result = read(article, null);
        } catch (ImportFormatException e) {
            throw new UsageException(inputName + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (IOException e) {
            throw new UsageException("cannot read " + (fromStandardInput() ? STANDARD_INPUT + ": "
                    + FileErrors.reason(e) : FileErrors.describe(Path.of(input), e)));
        }
        ImportReport report = result.report();
        for (ImportReport.Problem problem : report.problems()) {
            err().println(inputName + ": " + problem);
        }
        boolean save = !result.isEmpty(); // annotations, relations, or the codes of a .qdc
        if (save) {
            // Nothing to add, nothing to write: a sidecar is never created or rewritten by an import that added nothing.
            result.applyTo(article.document());
            CliArticles.saveSidecar(article);
        }
        Path sidecar = AnnotatedArticle.sidecarOf(article.articlePath());
        if (json) {
            Json.print(json(report, sidecar, save), out());
        } else {
            out().println("imported " + report.imported() + " of " + report.records()
                    + (result.types().isEmpty() ? " annotations" : " codes") + " into " + sidecar
                    + (report.alreadyPresent() > 0 ? " (" + report.alreadyPresent() + " already present)" : ""));
        }
        if (!report.errors().isEmpty()) {
            err().println("glossa: " + inputName + ": " + report.skipped() + " of " + report.records()
                    + " records skipped (see the errors above)");
            return GlossaCli.SOME_SKIPPED;
        }
        return GlossaCli.OK;
    }

    private boolean fromStandardInput() {
        return CliArticles.STANDARD_STREAM.equals(input);
    }

    /** Reads IN (standard input for {@code -}) for {@code annotated}; applies nothing. */
    public ImportResult read(AnnotatedArticle annotated, IProgressMonitor monitor) throws IOException {
        if (fromStandardInput()) {
            return from.newImporter().read(annotated, in(), monitor);
        }
        try (InputStream in = Files.newInputStream(Path.of(input))) {
            return from.newImporter().read(annotated, in, monitor);
        }
    }

    private static Map<String, Object> json(ImportReport report, Path sidecar, boolean saved) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("sidecar", sidecar.toString());
        tree.put("records", report.records());
        tree.put("imported", report.imported());
        tree.put("alreadyPresent", report.alreadyPresent());
        tree.put("skipped", report.skipped());
        tree.put("saved", saved);
        List<Object> problems = new ArrayList<>();
        for (ImportReport.Problem p : report.problems()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            row.put("record", p.record());
            row.put("line", p.line());
            row.put("message", p.message());
            problems.add(row);
        }
        tree.put("problems", problems);
        return tree;
    }
}
