package glossa.core.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.export.CsvExporter;
import glossa.core.export.internal.CsvReader;
import glossa.model.Annotation;

/**
 * Reads the CSV that {@link CsvExporter} writes (UTF-8, with or without a byte order mark). Columns are found by
 * their header names, so reordered or extra columns are fine; every column that is not a known fixed one is an
 * attribute. Record numbers in the report count data rows from 1; line numbers are those of the file.
 */
public final class CsvImporter implements Importer {

    private static final Set<String> KNOWN = Set.of("document", "section number", "section title", "type", "quote",
            "begin", "end", "memo", "author", "created", "modified", "status", "type id", "id", "prefix", "suffix");

    @Override
    public ImportResult read(AnnotatedArticle article, InputStream in, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing CSV", IProgressMonitor.UNKNOWN);
        ImportReport report = new ImportReport();
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.unread(first);
        }
        CsvReader csv = new CsvReader(reader);
        List<String> header = csv.next();
        List<Annotation> annotations = new ArrayList<>();
        if (header == null) {
            report.error(0, 1, "the file is empty");
            report.counted(0, 0);
            return new ImportResult(annotations, List.of(), report);
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip(), i);
        }
        if (!column.containsKey("quote") || !column.containsKey("type") && !column.containsKey("type id")) {
            report.error(0, 1, "the header needs the columns 'type' (or 'type id') and 'quote'; found " + header);
            report.counted(0, 0);
            return new ImportResult(annotations, List.of(), report);
        }
        RecordPlacer placer = new RecordPlacer(article, report);
        int record = 0;
        for (List<String> row = nextRow(csv, report, record); row != null; row = nextRow(csv, report, record)) {
            record++;
            if (row.size() == 1 && row.get(0).isEmpty()) {
                record--;
                continue; // a blank line
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int line = csv.recordLine();
            if (row.size() != header.size()) {
                report.warning(record, line, "has " + row.size() + " fields, the header " + header.size());
            }
            RecordPlacer.Fields f = new RecordPlacer.Fields();
            f.id = get(row, column, "id");
            f.typeId = get(row, column, "type id");
            f.typeName = get(row, column, "type");
            f.quote = get(row, column, "quote");
            f.prefix = get(row, column, "prefix");
            f.suffix = get(row, column, "suffix");
            f.begin = integer(get(row, column, "begin"));
            f.end = integer(get(row, column, "end"));
            f.memo = get(row, column, "memo");
            f.author = get(row, column, "author");
            f.created = get(row, column, "created");
            f.modified = get(row, column, "modified");
            f.status = get(row, column, "status");
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                if (!KNOWN.contains(name) && !name.isEmpty() && i < row.size()) {
                    f.attributes.put(name, row.get(i));
                }
            }
            placer.place(f, record, line).filter(RecordPlacer::isNew).ifPresent(annotations::add);
            progress.worked(1);
        }
        report.counted(record, annotations.size());
        return new ImportResult(annotations, List.of(), report);
    }

    private static List<String> nextRow(CsvReader csv, ImportReport report, int record) throws IOException {
        try {
            return csv.next();
        } catch (IOException e) {
            report.error(record + 1, 0, e.getMessage());
            return null;
        }
    }

    private static String get(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.size() ? null : row.get(i);
    }

    private static int integer(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
