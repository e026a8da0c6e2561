package glossa.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.CsvExporter;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.HtmlReportExporter;
import glossa.core.text.ArticleText;
import glossa.model.Document;

/**
 * Export of all annotations: Glossa's HTML report (full text with highlights) and CSV, and as the CSV peer a plain
 * CSV dump of the UIMA CAS — what an analyst using UIMA would write: same rows, RFC 4180 quoting, no section columns.
 */
public final class Exports {

    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(Instant.parse("2025-10-01T00:00:00Z"));
    private static final List<String> ATTRIBUTES = List.of("actor", "stance", "instrument", "domain", "confidence");

    private Exports() {
    }

    public static AnnotatedArticle article(BenchDataset data, Document document) {
        return new AnnotatedArticle(null, ArticleText.of(data.text()), document);
    }

    public static int html(AnnotatedArticle article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);
        try {
            new HtmlReportExporter().export(article, OPTIONS, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    public static int csv(AnnotatedArticle article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);
        try {
            new CsvExporter().export(article, OPTIONS, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    public static int uimaCsv(CAS cas, UimaMirror.Features f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);
        try {
            writeUimaCsv(cas, f, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static void writeUimaCsv(CAS cas, UimaMirror.Features f, OutputStream stream) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        w.write("type,quote,begin,end,actor,stance,instrument,domain,confidence,memo,author,status,id\r\n");
        String[] values = new String[ATTRIBUTES.size()];
        for (AnnotationFS a : cas.<AnnotationFS> getAnnotationIndex(f.annotation)) {
            java.util.Arrays.fill(values, null);
            @SuppressWarnings("unchecked")
            ArrayFS<FeatureStructure> attributes = (ArrayFS<FeatureStructure>) a.getFeatureValue(f.attributes);
            for (int i = 0; attributes != null && i < attributes.size(); i++) {
                int column = ATTRIBUTES.indexOf(attributes.get(i).getStringValue(f.name));
                if (column >= 0) {
                    values[column] = attributes.get(i).getStringValue(f.value);
                }
            }
            field(w, a.getStringValue(f.type), false);
            field(w, a.getCoveredText(), false);
            field(w, Integer.toString(a.getBegin()), false);
            field(w, Integer.toString(a.getEnd()), false);
            for (String value : values) {
                field(w, value, false);
            }
            field(w, a.getStringValue(f.memo), false);
            field(w, a.getStringValue(f.author), false);
            field(w, a.getStringValue(f.status), false);
            field(w, a.getStringValue(f.id), true);
        }
        w.flush();
    }

    private static void field(Writer w, String value, boolean last) throws IOException {
        if (value != null) {
            if (value.indexOf('"') >= 0 || value.indexOf(',') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                w.write('"');
                w.write(value.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(value);
            }
        }
        w.write(last ? "\r\n" : ",");
    }
}
