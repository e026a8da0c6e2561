package glossa.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.FileErrors;
import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.imports.CodebookImport;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.json.Json;
import glossa.model.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code codebook export|import TARGET FILE [--format F] [--json]}: a codebook alone to or from a file of a codebook
 * format of the registry ({@link FormatRegistry#codebookFormats()}). TARGET is a case folder (its shared codebook)
 * or an article (the codebook in its sidecar).
 */
@Command(name = "codebook", description = { "Export a codebook to a file, or import one into a case or an article.",
        "",
        "export writes the codebook of TARGET (a case folder: its shared codebook; an article: its sidecar's) to FILE. "
                + "import adds the types of FILE that TARGET's codebook lacks (same id or name: already present), "
                + "under their parents; nothing is changed or removed. The format comes from --format or FILE's "
                + "extension." })
final class CodebookCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "export or import")
    String action;

    @Parameters(index = "1", paramLabel = "TARGET", description = "a case folder or an article")
    String target;

    @Parameters(index = "2", paramLabel = "FILE", description = "the codebook file to write or read")
    String file;

    @Option(names = { "-f", "--format" }, paramLabel = "F", completionCandidates = FormatChoices.Codebook.class,
            description = "the codebook format: ${COMPLETION-CANDIDATES} (default: from FILE's extension)")
    String format;

    @Option(names = { "-j", "--json" }, description = "import: {\"added\": N, \"alreadyPresent\": N, \"types\": [id]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CodebookFormat codebookFormat = format();
        Path path = plainPath(file);
        return switch (action) {
        case "export" -> export(codebookFormat, path);
        case "import" -> importInto(codebookFormat, path);
        default -> throw new UsageException("codebook: ACTION is export or import, not " + action);
        };
    }

    private CodebookFormat format() throws UsageException {
        try {
            if (format != null) {
                return FormatRegistry.instance().codebookFormat(format);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return FormatRegistry.instance().codebookFormatForFile(file).orElseThrow(() -> new UsageException(
                "codebook: name the format with --format (" + String.join(", ", FormatRegistry.instance()
                        .codebookFormats().stream().map(CodebookFormat::id).toList()) + "); " + file
                        + " has no known extension"));
    }

    private int export(CodebookFormat codebookFormat, Path out) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codebookFormat.write(codebook(false).codebook(), bytes);
        try {
            new AtomicFileWriter().write(out, bytes.toByteArray());
        } catch (IOException e) {
            throw new UsageException("cannot write " + FileErrors.describe(out, e));
        }
        return GlossaCli.OK;
    }

    private int importInto(CodebookFormat codebookFormat, Path in) throws Exception {
        Codebook read;
        try {
            if (Files.size(in) > MAX_BYTES) {
                throw new UsageException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB; not a codebook");
            }
            read = codebookFormat.read(Files.readAllBytes(in));
        } catch (ImportFormatException e) {
            throw new UsageException(file + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (IOException e) {
            throw new UsageException("cannot read " + FileErrors.describe(in, e));
        }
        Target into = codebook(true);
        ImportResult result = CodebookImport.additions(into.codebook(), read);
        CodebookImport.applyTo(into.codebook(), result.types());
        if (!result.types().isEmpty()) {
            into.save();
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("added", result.report().imported());
            tree.put("alreadyPresent", result.report().alreadyPresent());
            tree.put("types", result.types().stream().map(t -> t.type().getId()).toList());
            Json.print(tree, out());
        } else {
            out().println("imported " + result.report().imported() + " types into " + target + " ("
                    + result.report().alreadyPresent() + " already present)");
        }
        return GlossaCli.OK;
    }

    /** The largest codebook file read (a codebook of 10,000 codes is about 2 MB). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A codebook and how to save it. */
    private interface Target {
        Codebook codebook();

        void save() throws UsageException;
    }

    private static Path plainPath(String name) throws UsageException {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("not a valid path: " + name);
        }
    }

    private Target codebook(boolean forWriting) throws UsageException {
        if (Files.isDirectory(plainPath(target))) {
            Path root = CaseCommand.directory(target);
            CaseCodebook caseCodebook;
            try {
                caseCodebook = CaseCodebook.load(root);
            } catch (IOException e) {
                throw new UsageException(CliArticles.oneLine(String.valueOf(e.getMessage())));
            }
            return new Target() {
                @Override
                public Codebook codebook() {
                    return caseCodebook.codebook();
                }

                @Override
                public void save() throws UsageException {
                    try {
                        caseCodebook.save();
                    } catch (IOException e) {
                        throw new UsageException("cannot save " + FileErrors.describe(caseCodebook.file(), e));
                    }
                }
            };
        }
        AnnotatedArticle article = forWriting ? CliArticles.open(target, err())
                : CliArticles.openReadOnly(target, in(), err());
        return new Target() {
            @Override
            public Codebook codebook() {
                return article.document().getCodebook();
            }

            @Override
            public void save() throws UsageException {
                CliArticles.saveSidecar(article);
            }
        };
    }
}
