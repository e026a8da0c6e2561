package glossa.ui.internal.exports;

import glossa.core.export.ExportFormat;

/** The choices of the export wizard's format page: a core format, and for HTML whether the full text is shown. */
public enum ReportKind {
    HTML_REPORT(ExportFormat.HTML, true, "HTML report (article text with highlights)"),
    HTML_ANNOTATIONS(ExportFormat.HTML, false, "HTML, annotations only (quotes per section and type)"),
    MARKDOWN(ExportFormat.MARKDOWN, false, "Markdown"),
    CSV(ExportFormat.CSV, false, "CSV, one row per annotation (spreadsheets)"),
    JSONLD(ExportFormat.JSONLD, false, "W3C Web Annotation (JSON-LD)");

    private final ExportFormat format;
    private final boolean fullText;
    private final String label;

    ReportKind(ExportFormat format, boolean fullText, String label) {
        this.format = format;
        this.fullText = fullText;
        this.label = label;
    }

    public ExportFormat format() {
        return format;
    }

    /** Whether the report shows the article text (only HTML has a choice). */
    public boolean fullText() {
        return fullText;
    }

    public String label() {
        return label;
    }

    public boolean isHtml() {
        return format == ExportFormat.HTML;
    }

    public String extension() {
        return format.extension();
    }

    /** The HTML kind with or without the full text; other kinds are returned unchanged. */
    public ReportKind withFullText(boolean full) {
        return isHtml() ? (full ? HTML_REPORT : HTML_ANNOTATIONS) : this;
    }

    static ReportKind fromName(String name, ReportKind fallback) {
        if (name != null) {
            for (ReportKind kind : values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
        }
        return fallback;
    }
}
