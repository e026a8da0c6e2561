package glossa.ui.internal.search;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import glossa.core.io.AtomicFileWriter;
import glossa.exchange.export.internal.CsvWriter;
import glossa.search.SearchHit;

/**
 * The KWIC table as CSV (UTF-8 with BOM, so that spreadsheets read Chinese): article, section, begin, end, left, hit,
 * right. Cells go through the exports' {@link CsvWriter}, which defuses text a spreadsheet would run as a formula.
 */
public final class HitsCsv {

    static final List<String> HEADER = List.of("article", "section", "begin", "end", "left", "hit", "right");
    private static final boolean[] NUMERIC = { false, false, true, true, false, false, false };

    private HitsCsv() {
    }

    public static String text(List<SearchHit> hits) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.record(HEADER);
        for (SearchHit hit : hits) {
            csv.record(List.of(hit.article(), hit.section(), String.valueOf(hit.begin()), String.valueOf(hit.end()),
                    hit.left(), hit.hit(), hit.right()), NUMERIC);
        }
        return "\uFEFF" + out;
    }

    /** Writes atomically: a failed export leaves no partial file. */
    public static void write(List<SearchHit> hits, Path file) throws IOException {
        new AtomicFileWriter().write(file, text(hits).getBytes(StandardCharsets.UTF_8));
    }
}
