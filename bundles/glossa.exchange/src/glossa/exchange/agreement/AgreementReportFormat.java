package glossa.exchange.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import glossa.core.agreement.AgreementReport;

/** The formats of an agreement report, chosen by the file's extension. */
public enum AgreementReportFormat {

    /** A page for a methods appendix ({@link AgreementHtmlWriter}). */
    HTML,
    /** One row per scope and type, for a spreadsheet ({@link AgreementCsvWriter}). */
    CSV;

    /** The format of {@code file} by its extension ({@code .html}, {@code .htm}, {@code .csv}), or null. */
    public static AgreementReportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return name.endsWith(".csv") ? CSV : null;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public void write(AgreementReport report, LocalDate date, OutputStream out) throws IOException {
        switch (this) {
            case HTML -> AgreementHtmlWriter.write(report, date, out);
            case CSV -> AgreementCsvWriter.write(report, out);
        }
    }
}
