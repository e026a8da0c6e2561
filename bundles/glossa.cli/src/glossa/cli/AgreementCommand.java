package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import glossa.core.AnnotatedArticle;
import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementReport;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.AgreementStudy;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.Coefficients;
import glossa.core.agreement.Scope;
import glossa.core.agreement.SidecarCoders;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseCodebook;
import glossa.core.io.FileErrors;
import glossa.core.io.SidecarException;
import glossa.exchange.agreement.AgreementJson;
import glossa.exchange.agreement.AgreementReportFormat;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agreement FILE [--coders a,b[,c]] [--section N] [--with SIDECAR] [--branch B] [--json] [--report OUT
 * [--force]]}:
 * inter-coder agreement over an article or a case folder. The figures come from glossa.core.agreement, the JSON and
 * the report from glossa.exchange.agreement; this class only reads the arguments and prints.
 */
@Command(name = "agreement", description = {
        "Inter-coder agreement (percent, kappa, alpha, unitizing alpha) per type.", "",
        "Compares how coders annotated FILE, an article (with its sidecar) or a case folder (every article under it). "
                + "Coders are the annotations' authors. Units are characters: per type, a coder's value at a character "
                + "is the type or not; over all types, the set of types the coder gives it. A coder with no annotation "
                + "in an article did not code it (missing values there). Orphaned annotations are left out; rejected "
                + "ones count.",
        "percent: share of agreeing pairs of values; kappa: Cohen's kappa, only for exactly two coders; alpha: "
                + "Krippendorff's alpha, nominal, any number of coders, missing values allowed; alphaU: Krippendorff's "
                + "unitizing alpha (1995/2004), agreement on the units' boundaries. An undefined figure (no variation, "
                + "fewer than two coders) is shown as - and is null in JSON." })
final class AgreementCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "an article (with its sidecar) or a case folder")
    String file;

    @Option(names = { "-c", "--coders" }, paramLabel = "A,B", description = "only these authors, in this order; "
            + "NAME@BRANCH: NAME's annotations in the article's sidecar on that Git branch (or tag, commit)")
    String coderList;

    @Option(names = { "-s", "--section" }, paramLabel = "N", description = "only section N of the article: a number "
            + "as written (\"二\", \"1.\"), a title, or a path such as \"二/1\"")
    String section;

    @Option(names = "--with", paramLabel = "SIDECAR", description = "compare sidecars instead of authors: FILE's "
            + "sidecar is one coder, each SIDECAR (a copy of it for the same article) another, named as given "
            + "(repeatable)")
    List<String> withSidecars;

    @Option(names = { "-b", "--branch" }, paramLabel = "BRANCH", description = "compare Git branches instead of "
            + "authors: the article's sidecar as BRANCH (or a tag, a commit) has it is one coder, named BRANCH, read "
            + "without checking out (repeatable; a single BRANCH is compared with the working sidecar, \"working\")")
    List<String> branches;

    @Option(names = { "-j", "--json" }, description = "{\"coders\": [...], \"units\": \"characters\", \"types\": "
            + "{ID: {\"percent\", \"kappa\", \"alpha\", \"alphaU\"}}, \"overall\": {...}}; kappa only for two coders")
    boolean json;

    @Option(names = "--report", paramLabel = "OUT", description = "also write a report for a methods appendix, HTML or "
            + "CSV by OUT's extension: the scope, then each section under it (or each article of a case), per type; "
            + "never over an article or sidecar")
    String reportFile;

    @Option(names = "--force", description = "replace an existing report OUT")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        PrintStream err = err();
        List<String> with = items(withSidecars);
        List<String> branchList = items(branches);
        Path input = input(file);
        List<String> coders = coders(coderList);
        if (!branchList.isEmpty() && (!with.isEmpty() || coders != null)) {
            throw new UsageException("--branch is not combined with --with or --coders");
        }
        List<Path> protectedFiles = new ArrayList<>();
        AgreementStudy study;
        AgreementReport report;
        if (Files.isDirectory(input)) {
            if (section != null || !with.isEmpty() || !branchList.isEmpty()) {
                throw new UsageException("--section, --with and --branch need an article, not a case folder");
            }
            Path root = CaseCommand.directory(file);
            CaseArticles.Loaded loaded = CaseCommand.load(root);
            for (CaseArticles.Problem problem : loaded.problems()) {
                err.println("glossa: skipped " + root.relativize(problem.article()) + ": "
                        + CliArticles.oneLine(problem.message()));
            }
            List<ArticleCoding> articles = loaded.articles().stream().map(ArticleCoding::of).toList();
            checkCoders(coders, AgreementStudies.coders(articles));
            study = AgreementStudies.ofArticles(articles, coders);
            report = AgreementReport.forCase(CaseCommand.caseName(root), articles, coders);
            protectedFiles.addAll(CaseArticles.find(root));
            protectedFiles.add(CaseCodebook.fileOf(root));
        } else {
            AnnotatedArticle article = CliArticles.open(file, err);
            ArticleCoding coding = !branchList.isEmpty() ? branchesCoding(article, branchList)
                    : with.isEmpty() ? branchCoding(article, coders) : null;
            if (!branchList.isEmpty()) {
                coders = inGivenOrder(branchList, coding.coders());
            }
            if (coding == null) {
                coding = coding(article, file, with);
            }
            checkCoders(coders, coding.coders());
            List<Scope> scopes = List.of();
            if (section != null) {
                scopes = Scope.of(ListCommand.sections(section, article.document()));
            }
            study = scopes.isEmpty() ? AgreementStudies.ofArticle(coding, coders)
                    : AgreementStudies.ofScopes(coding, coders, scopes);
            report = AgreementReport.forArticle(coding, coders, scopes);
            protectedFiles.add(article.articlePath());
            with.forEach(w -> protectedFiles.add(Path.of(w)));
        }
        AgreementResult result = Agreement.compute(study);
        if (reportFile != null) {
            writeReport(reportFile, report, protectedFiles, force);
        }
        if (json) {
            out.println(Json.write(AgreementJson.of(result)));
        } else {
            print(result, out);
        }
        return GlossaCli.OK;
    }

    private static Path input(String file) throws UsageException {
        try {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + file);
            }
            return path;
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + file);
        }
    }

    private static List<String> coders(String spec) throws UsageException {
        if (spec == null) {
            return null;
        }
        List<String> coders = items(List.of(spec));
        if (coders.isEmpty()) {
            throw new UsageException("--coders needs at least one name");
        }
        return coders;
    }

    private static void checkCoders(List<String> wanted, List<String> present) throws UsageException {
        if (wanted == null) {
            return;
        }
        for (String coder : wanted) {
            if (!present.contains(coder)) {
                throw new UsageException("no annotations by coder '" + coder + "' (coders: "
                        + (present.isEmpty() ? "none" : String.join(", ", present)) + ")");
            }
        }
    }

    /** The coding when a coder is NAME@BRANCH (the article's sidecar on that branch), else null. */
    private static ArticleCoding branchCoding(AnnotatedArticle article, List<String> coders) throws UsageException {
        try {
            return BranchCoders.coding(article, coders);
        } catch (SidecarException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException(CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The branches that took part, in the order given (the working sidecar first when it is compared). */
    private static List<String> inGivenOrder(List<String> branches, List<String> present) {
        List<String> order = new ArrayList<>();
        if (branches.size() == 1) {
            order.add(BranchCoders.WORKING);
        }
        order.addAll(branches);
        order.retainAll(present);
        return order;
    }

    /** The coding with one coder per branch (--branch). */
    private static ArticleCoding branchesCoding(AnnotatedArticle article, List<String> branches)
            throws UsageException {
        try {
            return BranchCoders.branches(article, branches);
        } catch (SidecarException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException(CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The article's coding: by author, or (with --with) one coder per sidecar. */
    private static ArticleCoding coding(AnnotatedArticle article, String file, List<String> with)
            throws UsageException {
        if (with.isEmpty()) {
            return ArticleCoding.of(article);
        }
        List<Path> others = new ArrayList<>();
        for (String w : with) {
            others.add(CliArticles.path(w));
        }
        try {
            return SidecarCoders.load(article, file + AnnotatedArticle.SIDECAR_SUFFIX, others, with);
        } catch (SidecarException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException("cannot read " + FileErrors.reason(e));
        }
    }

    private static void writeReport(String output, AgreementReport report, List<Path> protectedFiles, boolean force)
            throws UsageException {
        Path target;
        try {
            target = Path.of(output).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + output);
        }
        AgreementReportFormat format = AgreementReportFormat.of(target);
        if (format == null) {
            throw new UsageException("--report writes .html or .csv, not " + output);
        }
        try {
            ExportDestination.check(target, protectedFiles, force);
            ExportFiles.write(target, stream -> format.write(report, LocalDate.now(), stream));
        } catch (ExportDestination.Refused | ExportFiles.TooLarge e) {
            throw new UsageException(e.getMessage().replace(target.toString(), output));
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + FileErrors.reason(e));
        }
    }

    private static void print(AgreementResult result, PrintStream out) {
        out.println("coders: " + (result.coders().isEmpty() ? "none" : String.join(", ", result.coders()))
                + "; units: characters; compared: " + String.format(Locale.ROOT, "%,d", result.characters()));
        boolean kappa = result.hasKappa();
        TextTable table = kappa ? new TextTable(false, true, true, true, true) : new TextTable(false, true, true, true);
        table.row(kappa ? new Object[] { "TYPE", "PERCENT", "KAPPA", "ALPHA", "ALPHA_U" }
                : new Object[] { "TYPE", "PERCENT", "ALPHA", "ALPHA_U" });
        for (AgreementResult.TypeResult type : result.types()) {
            table.row(row(type.id(), type.coefficients(), kappa));
        }
        table.row(row("overall", result.overall(), kappa));
        table.print(out);
    }

    private static Object[] row(String label, Coefficients c, boolean kappa) {
        List<Object> cells = new ArrayList<>(List.of(label, percent(c.percent())));
        if (kappa) {
            cells.add(figure(c.kappa()));
        }
        cells.add(figure(c.alpha()));
        cells.add(figure(c.alphaU()));
        return cells.toArray();
    }

    private static String percent(double value) {
        return Coefficients.defined(value) ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : "-";
    }

    private static String figure(double value) {
        return Coefficients.defined(value) ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }
}
