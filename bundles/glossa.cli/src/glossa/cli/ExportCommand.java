package glossa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.io.FileErrors;
import glossa.exchange.ExportFormat;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export FILE --format FORMAT [--types a,b] [--sections 1,3] [--no-text] -o OUT [--force] [--json]}: a report
 * of an article's annotations. Without {@code --types} the document's saved filter applies.
 */
@Command(name = "export", description = {
        "Write an annotated report or exchange file (HTML, PDF, Markdown, CSV, JSON-LD, REFI-QDA, UIMA XMI).", "",
        "Writes a report of FILE's annotations to OUT, atomically: a failed export leaves OUT as it was. With "
                + "-o - the report goes to standard output instead (there a failure can leave part of it written; "
                + "the exit code says so)." })
public final class ExportCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article (its sidecar FILE.glossa is read)")
    String file;

    @Option(names = { "-f", "--format" }, required = true, converter = FormatChoices.ToExportFormat.class,
            completionCandidates = FormatChoices.Export.class, description = "the report's format")
    ExportFormat format;

    @Option(names = { "-t", "--types" }, paramLabel = "ID,ID",
            description = "only these annotation types (repeatable; ids as listed by `types`)")
    List<String> typeIds;

    @Option(names = { "-s", "--sections" }, paramLabel = "N,N",
            description = "only these top-level sections (number as written, e.g. 三, or position 1..n; repeatable)")
    List<String> sectionIds;

    @Option(names = { "-l", "--levels" }, paramLabel = "N|all", converter = LevelsConverter.class,
            description = "the depth of the summaries: 1 = chapters only (their totals include their points), up to "
                    + "9, or all (default)")
    int levels = ExportOptions.ALL_LEVELS;

    @Option(names = "--boilerplate", description = "also report page furniture (sections of kind boilerplate: "
            + "navigation, bylines, footers) and the annotations in it; left out by default")
    boolean boilerplate;

    @Option(names = "--no-text",
            description = "HTML/Markdown: list the quotes per section and type, without the article text")
    boolean noText;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", required = true, description = "the file to write, or "
            + "- for standard output; never the article or its sidecar (symbolic links followed)")
    String output;

    @Option(names = "--force", description = "replace OUT when it exists (without it an existing OUT is refused)")
    boolean force;

    @Option(names = { "-j", "--json" }, description = "print {\"written\": OUT, \"format\": ID, \"bytes\": N, "
            + "\"annotations\": N} (the annotations exported) instead of the line 'wrote OUT'; not with -o -")
    boolean json;

    public ExportFormat format() {
        return format;
    }

    /** The {@code --types} given; empty: the document's saved filter. */
    public Set<String> types() {
        return new LinkedHashSet<>(items(typeIds));
    }

    public Set<String> sections() {
        return new LinkedHashSet<>(items(sectionIds));
    }

    public boolean fullText() {
        return !noText;
    }

    public Path output() {
        return Path.of(output);
    }

    @Override
    public Integer call() throws Exception {
        boolean toStandardOutput = CliArticles.STANDARD_STREAM.equals(output);
        if (toStandardOutput && json) {
            throw new UsageException("--json and -o - both write to standard output; choose one");
        }
        AnnotatedArticle article = CliArticles.open(file, err());
        int annotations = 0;
        try {
            ExportOptions options = options(article);
            if (json) {
                annotations = ExportModel.of(article, options).annotations().size();
            }
            if (toStandardOutput) {
                Exporter exporter = format.newExporter();
                ExportFiles.stream(out(), "standard output", stream -> exporter.export(article, options, stream, null));
                return GlossaCli.OK;
            }
            run(article, null);
        } catch (IllegalArgumentException | ExportDestination.Refused | ExportFiles.TooLarge e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + FileErrors.reason(e));
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("written", output);
            tree.put("format", format.id());
            tree.put("bytes", Files.size(output()));
            tree.put("annotations", annotations);
            Json.print(tree, out());
        } else {
            out().println("wrote " + output);
        }
        return GlossaCli.OK;
    }

    /** The options for an article: its saved filter, or only {@code --types} when given (unknown ids are errors). */
    public ExportOptions options(AnnotatedArticle annotated) {
        AnnotationFilter filter = AnnotationFilter.of(annotated.document().getActiveFilter());
        Set<String> types = types();
        if (!types.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (AnnotationType type : Codebooks.allTypes(annotated.document().getCodebook())) {
                all.add(type.getId());
            }
            for (String type : types) {
                if (!all.contains(type)) {
                    throw new IllegalArgumentException("unknown type '" + type + "'; types: " + String.join(", ", all));
                }
            }
            filter = AnnotationFilter.onlyTypes(types, all);
        }
        Set<String> sections = sections();
        checkSections(sections, annotated.document().getSections());
        return new ExportOptions(filter, sections, fullText(), null).withLevels(levels).withBoilerplate(boilerplate);
    }

    /** Each {@code --sections} item names a top-level section by its number or its position, as the export reads it. */
    private static void checkSections(Set<String> wanted, List<Section> roots) {
        for (String spec : wanted) {
            boolean known = false;
            for (int i = 0; i < roots.size() && !known; i++) {
                known = ExportModel.names(spec, roots.get(i), i + 1);
            }
            if (!known) {
                throw new IllegalArgumentException("no section '" + spec + "' (top-level sections: "
                        + String.join(", ", roots.stream().map(CliRows::label).toList()) + "; or positions 1 to "
                        + roots.size() + ")");
            }
        }
    }

    /**
     * Exports to {@link #output()} atomically, so a cancelled or failed export never leaves half a report. The output
     * is checked first ({@link ExportDestination}): never the article or its sidecar, another existing file only with
     * {@code --force}.
     *
     * @throws ExportDestination.Refused when the output may not be written (nothing is written)
     * @throws IllegalArgumentException for an unknown type in {@code --types}
     */
    public void run(AnnotatedArticle annotated, IProgressMonitor monitor) throws IOException {
        ExportOptions options = options(annotated);
        ExportDestination.check(output(), Arrays.asList(Path.of(file), annotated.articlePath()), force);
        Exporter exporter = format.newExporter();
        // Streamed into the writer's temporary file: a large report never sits in memory whole.
        ExportFiles.write(output().toAbsolutePath(), out -> exporter.export(annotated, options, out, monitor));
        ExportFiles.writeCompanions(format, output(), Arrays.asList(Path.of(file), annotated.articlePath()), force);
    }

    /** The depth of {@code --levels}: "1" (chapters only) to "9", or "all". */
    static final class LevelsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.equalsIgnoreCase("all")) {
                return ExportOptions.ALL_LEVELS;
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1 && n <= 9) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("--levels takes 1 to 9 or 'all', not '" + value + "'");
        }
    }
}
