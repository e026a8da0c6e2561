package glossa.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import glossa.core.contrib.Contributions;

/**
 * The one list of import and export formats. The command line, the export and import wizards and the case export ask
 * it, so a format contributed once (see {@link ExportFormat}) shows up everywhere. Formats are found through
 * {@code META-INF/services} ({@link Contributions}) and kept until bundles or services change under OSGi. When two
 * contributions use the same id, the first one found (this bundle's own formats first) wins.
 */
public final class FormatRegistry {

    private static final FormatRegistry INSTANCE = new FormatRegistry();

    private volatile List<ExportFormat> exportFormats;
    private volatile List<ImportFormat> importFormats;
    private volatile List<CodebookFormat> codebookFormats;

    private FormatRegistry() {
    }

    public static FormatRegistry instance() {
        return INSTANCE;
    }

    /** The export formats, in the order the wizard and the help list them. */
    public List<ExportFormat> exportFormats() {
        List<ExportFormat> formats = exportFormats;
        if (formats == null) {
            formats = unique(Contributions.load(ExportFormat.class, FormatRegistry.class, () -> exportFormats = null),
                    ExportFormat::id);
            exportFormats = formats;
        }
        return formats;
    }

    /** The import formats, in the order the wizard and the help list them. */
    public List<ImportFormat> importFormats() {
        List<ImportFormat> formats = importFormats;
        if (formats == null) {
            formats = unique(Contributions.load(ImportFormat.class, FormatRegistry.class, () -> importFormats = null),
                    ImportFormat::id);
            importFormats = formats;
        }
        return formats;
    }

    /** The codebook formats ({@link CodebookFormat}), in the order the help and the file dialogs list them. */
    public List<CodebookFormat> codebookFormats() {
        List<CodebookFormat> formats = codebookFormats;
        if (formats == null) {
            formats = unique(Contributions.load(CodebookFormat.class, FormatRegistry.class,
                    () -> codebookFormats = null), CodebookFormat::id);
            codebookFormats = formats;
        }
        return formats;
    }

    /**
     * The codebook format with this id (case does not matter).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public CodebookFormat codebookFormat(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (CodebookFormat format : codebookFormats()) {
            if (format.id().equals(n)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown codebook format '" + name + "' ("
                + String.join(", ", codebookFormats().stream().map(CodebookFormat::id).toList()) + ")");
    }

    /** The codebook format whose extension the file name ends with. */
    public Optional<CodebookFormat> codebookFormatForFile(String fileName) {
        String extension = extension(fileName);
        return codebookFormats().stream().filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** The export formats that can write a whole case as one file. */
    public List<ExportFormat> caseExportFormats() {
        return exportFormats().stream().filter(f -> f.caseWriter() != null).toList();
    }

    /**
     * The export format with this id or alias (case does not matter).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public ExportFormat exportFormat(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat format : exportFormats()) {
            if (format.id().equals(n) || format.aliases().contains(n)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' ("
                + String.join(", ", exportFormats().stream().map(ExportFormat::id).toList()) + ")");
    }

    /**
     * The export format with this id or alias, when it has a case export.
     *
     * @throws IllegalArgumentException when there is no such format, or it cannot export a case
     */
    public ExportFormat caseExportFormat(String name) {
        ExportFormat format = exportFormat(name);
        if (format.caseWriter() == null) {
            throw new IllegalArgumentException("a case exports as "
                    + enumerate(caseExportFormats().stream().map(ExportFormat::id).toList()));
        }
        return format;
    }

    /**
     * The import format with this id (case does not matter).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public ImportFormat importFormat(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ImportFormat format : importFormats()) {
            if (format.id().equals(n)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown import format '" + name + "' ("
                + String.join(", ", importFormats().stream().map(ImportFormat::id).toList()) + ")");
    }

    /** The export format whose extension (or id or alias) the file name ends with, among {@code formats}. */
    public static Optional<ExportFormat> byFileName(List<ExportFormat> formats, String fileName) {
        String extension = extension(fileName);
        return formats.stream().filter(f -> f.extension().equals(extension) || f.id().equals(extension)
                || f.aliases().contains(extension)).findFirst();
    }

    /** The import format that reads files with this name's extension. */
    public Optional<ImportFormat> importFormatForFile(String fileName) {
        String extension = extension(fileName);
        return importFormats().stream().filter(f -> f.extensions().contains(extension)).findFirst();
    }

    /** "a", "a or b", "a, b or c": names for a message. */
    public static String enumerate(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> unique(List<T> found, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T format : found) {
            byId.putIfAbsent(id.apply(format), format);
        }
        return List.copyOf(new ArrayList<>(byId.values()));
    }
}
