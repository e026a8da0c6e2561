package glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;
import glossa.model.AnnotationType;

/**
 * The {@code export} command line, parsed: {@code export FILE --format FORMAT [--types a,b]
 * [--sections 1,3] [--no-text] -o OUT}. The CLI framework's subcommand loads the article and calls
 * {@link #run(AnnotatedArticle, IProgressMonitor)}; without {@code --types} the document's saved filter applies.
 */
public record ExportCommand(Path article, ExportFormat format, Set<String> types, Set<String> sections,
        boolean fullText, Path output, boolean force, int levels) {

    /** Without {@code --levels}: every level of the section tree. */
    public ExportCommand(Path article, ExportFormat format, Set<String> types, Set<String> sections, boolean fullText,
            Path output, boolean force) {
        this(article, format, types, sections, fullText, output, force, ExportOptions.ALL_LEVELS);
    }

    /** The usage line, with the registered formats. */
    public static String usage() {
        return "export FILE --format " + String.join("|", FormatRegistry.instance().exportFormats().stream()
                .map(ExportFormat::id).toList()) + " [--types a,b] [--sections 1,3] [--levels N|all] [--no-text] -o OUT [--force]";
    }

    /** @throws IllegalArgumentException with a message for the user when the arguments are wrong */
    public static ExportCommand parse(List<String> args) {
        Path article = null;
        ExportFormat format = null;
        Set<String> types = Set.of();
        Set<String> sections = Set.of();
        boolean fullText = true;
        boolean force = false;
        Path output = null;
        int levels = ExportOptions.ALL_LEVELS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format", "-f" -> format = FormatRegistry.instance().exportFormat(value(args, ++i, arg));
                case "--types" -> types = list(value(args, ++i, arg));
                case "--sections" -> sections = list(value(args, ++i, arg));
                case "--levels" -> levels = levels(value(args, ++i, arg));
                case "--no-text" -> fullText = false;
                case "--force" -> force = true;
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") || article != null) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'; usage: " + usage());
                    }
                    article = Path.of(arg);
                }
            }
        }
        if (article == null || format == null || output == null) {
            throw new IllegalArgumentException("FILE, --format and -o are required; usage: " + usage());
        }
        return new ExportCommand(article, format, types, sections, fullText, output, force, levels);
    }

    /** "1" (chapters only) … "9", or "all". */
    private static int levels(String value) {
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
        throw new IllegalArgumentException("--levels takes 1 to 9 or 'all', not '" + value + "'; usage: " + usage());
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value; usage: " + usage());
        }
        return args.get(i);
    }

    private static Set<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The options for an article: its saved filter, or only {@code --types} when given (unknown ids are errors). */
    public ExportOptions options(AnnotatedArticle annotated) {
        AnnotationFilter filter = AnnotationFilter.of(annotated.document().getActiveFilter());
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
        return new ExportOptions(filter, sections, fullText, null).withLevels(levels);
    }

    /**
     * Exports to {@link #output()} atomically, so a cancelled or failed export never leaves half a report. The output
     * is checked first ({@link ExportDestination}): never the article or its sidecar, another existing file only with
     * {@code --force}.
     *
     * @throws ExportDestination.Refused when the output may not be written (nothing is written)
     */
    public void run(AnnotatedArticle annotated, IProgressMonitor monitor) throws IOException {
        ExportOptions options = options(annotated);
        ExportDestination.check(output, Arrays.asList(article, annotated.articlePath()), force);
        Exporter exporter = format.newExporter();
        // Streamed into the writer's temporary file: a large report never sits in memory whole.
        ExportFiles.write(output.toAbsolutePath(), out -> exporter.export(annotated, options, out, monitor));
        writeCompanions(format, output, Arrays.asList(article, annotated.articlePath()), force);
    }

    /**
     * Writes the format's companion files beside {@code output} (UIMA's TypeSystem.xml), under the same rules as the
     * output; one that exists with the very same content is left as it is, so exporting twice needs no --force.
     */
    static void writeCompanions(ExportFormat format, Path output, java.util.List<Path> protectedFiles, boolean force)
            throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        for (java.util.Map.Entry<String, byte[]> companion : format.companionFiles().entrySet()) {
            Path file = folder.resolve(companion.getKey());
            if (java.nio.file.Files.isRegularFile(file)
                    && Arrays.equals(java.nio.file.Files.readAllBytes(file), companion.getValue())) {
                continue;
            }
            ExportDestination.check(file, protectedFiles, force);
            ExportFiles.write(file, out -> out.write(companion.getValue()));
        }
    }
}
