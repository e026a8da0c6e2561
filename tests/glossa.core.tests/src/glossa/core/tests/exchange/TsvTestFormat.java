package glossa.core.tests.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.Exporter;
import glossa.model.Annotation;

/**
 * A format contributed the way any bundle or jar contributes one: this class, plus its name in this bundle's
 * {@code META-INF/services/glossa.exchange.ExportFormat}. {@link FormatRegistryTest} checks that the command line
 * and the registry offer it with nothing else changed.
 */
public final class TsvTestFormat implements ExportFormat {

    @Override
    public String id() {
        return "tsv-test";
    }

    @Override
    public String extension() {
        return "tsv";
    }

    @Override
    public String label() {
        return "TSV (test contribution)";
    }

    @Override
    public Exporter newExporter() {
        return (article, options, out, monitor) -> write(ExportModel.of(article, options), out);
    }

    private static void write(ExportModel model, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder("type\tquote\n");
        for (Annotation a : model.annotations()) {
            sb.append(a.getType().getId()).append('\t').append(a.getQuote().replace('\t', ' ')).append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
