package glossa.core.export;

import java.util.Locale;
import java.util.function.Supplier;

/** The export formats, with the names the command line and the wizard use. */
public enum ExportFormat {
    HTML("html", "html", "HTML report", HtmlReportExporter::new),
    MARKDOWN("md", "md", "Markdown", MarkdownExporter::new),
    CSV("csv", "csv", "CSV (one row per annotation)", CsvExporter::new),
    JSONLD("jsonld", "jsonld", "W3C Web Annotation (JSON-LD)", WebAnnotationExporter::new);

    private final String cliName;
    private final String extension;
    private final String label;
    private final Supplier<Exporter> factory;

    ExportFormat(String cliName, String extension, String label, Supplier<Exporter> factory) {
        this.cliName = cliName;
        this.extension = extension;
        this.label = label;
        this.factory = factory;
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public Exporter newExporter() {
        return factory.get();
    }

    /** Parses a command-line name: html, md (or markdown), csv, jsonld (or json-ld). */
    public static ExportFormat fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.cliName.equals(n)) {
                return format;
            }
        }
        return switch (n) {
            case "markdown" -> MARKDOWN;
            case "json-ld", "json" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown export format '" + name + "' (html, md, csv, jsonld)");
        };
    }
}
