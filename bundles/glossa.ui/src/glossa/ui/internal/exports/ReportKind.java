package glossa.ui.internal.exports;

import java.util.ArrayList;
import java.util.List;

import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.ui.internal.nls.Labels;

/**
 * A choice of the export wizard's format page: a registered format, and whether the report shows the article text
 * (for formats that offer the choice, {@link ExportFormat#labelWithoutText()}).
 */
public record ReportKind(ExportFormat format, boolean fullText) {

    /** The choices, in the registry's order: one per format, two for a format that can leave the text out. */
    public static List<ReportKind> all() {
        List<ReportKind> kinds = new ArrayList<>();
        for (ExportFormat format : FormatRegistry.instance().exportFormats()) {
            kinds.add(new ReportKind(format, true));
            if (format.labelWithoutText() != null) {
                kinds.add(new ReportKind(format, false));
            }
        }
        return kinds;
    }

    /** The choice for a format id (with the full text where there is a choice), e.g. {@code of("csv")}. */
    public static ReportKind of(String formatId) {
        return new ReportKind(FormatRegistry.instance().exportFormat(formatId), true);
    }

    /** The first choice: the first registered format, with the full text. */
    public static ReportKind first() {
        return all().get(0);
    }

    public String label() {
        return Labels.exportFormat(format, fullText || !offersTextChoice());
    }

    /** Whether the analyst can choose to leave the article text out of this format. */
    public boolean offersTextChoice() {
        return format.labelWithoutText() != null;
    }

    public String extension() {
        return format.extension();
    }

    /** This format with or without the full text; unchanged for formats without the choice. */
    public ReportKind withFullText(boolean full) {
        return offersTextChoice() ? new ReportKind(format, full) : this;
    }

    /** How the choice is remembered in the dialog settings, e.g. {@code html} or {@code html:no-text}. */
    public String key() {
        return format.id() + (fullText || !offersTextChoice() ? "" : ":no-text");
    }

    static ReportKind fromKey(String key, ReportKind fallback) {
        if (key != null) {
            for (ReportKind kind : all()) {
                if (kind.key().equals(key)) {
                    return kind;
                }
            }
        }
        return fallback;
    }

    /** Records compare their formats by identity; the registry keeps one instance per format. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportKind other && other.format.id().equals(format.id()) && other.fullText == fullText;
    }

    @Override
    public int hashCode() {
        return format.id().hashCode() * 31 + Boolean.hashCode(fullText);
    }
}
