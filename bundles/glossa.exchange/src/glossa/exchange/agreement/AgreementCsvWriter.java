package glossa.exchange.agreement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import glossa.core.agreement.AgreementReport;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.Coefficients;
import glossa.exchange.export.internal.CsvWriter;

/**
 * An agreement report as CSV (UTF-8 with a byte order mark, so that spreadsheets read Chinese names right; RFC
 * 4180): one row per scope and type, plus a row per scope with an empty type for all types together. Columns:
 * {@code scope, depth, type, type_name, coders, characters, percent, kappa, alpha, alpha_u}; figures with six
 * decimals, written as numbers (negative ones too), undefined ones empty; text cells that would start a formula are
 * defused by {@link CsvWriter}.
 */
public final class AgreementCsvWriter {

    static final List<String> HEADER = List.of("scope", "depth", "type", "type_name", "coders", "characters",
            "percent", "kappa", "alpha", "alpha_u");
    /** The columns holding numbers ({@link CsvWriter#record(List, boolean[])}). */
    private static final boolean[] NUMERIC = { false, true, false, false, false, true, true, true, true, true };

    private AgreementCsvWriter() {
    }

    public static void write(AgreementReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CsvWriter csv = new CsvWriter(writer);
        csv.record(HEADER);
        String coders = String.join("; ", report.coders());
        for (AgreementReport.Row row : report.rows()) {
            AgreementResult result = row.result();
            csv.record(record(row, "", "(all types)", coders, result.characters(), result.overall(),
                    result.hasKappa()), NUMERIC);
            for (AgreementResult.TypeResult type : result.types()) {
                csv.record(record(row, type.id(), type.name(), coders, result.characters(), type.coefficients(),
                        result.hasKappa()), NUMERIC);
            }
        }
        writer.flush();
    }

    private static List<String> record(AgreementReport.Row row, String type, String name, String coders,
            long characters, Coefficients c, boolean kappa) {
        List<String> fields = new ArrayList<>();
        fields.add(row.scope());
        fields.add(Integer.toString(row.depth()));
        fields.add(type);
        fields.add(name);
        fields.add(coders);
        fields.add(Long.toString(characters));
        fields.add(figure(c.percent()));
        fields.add(kappa ? figure(c.kappa()) : "");
        fields.add(figure(c.alpha()));
        fields.add(figure(c.alphaU()));
        return fields;
    }

    private static String figure(double value) {
        return Coefficients.defined(value) ? String.format(Locale.ROOT, "%.6f", value) : "";
    }
}
