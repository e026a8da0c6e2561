package glossa.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.CsvExporter;
import glossa.exchange.export.internal.CsvReader;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;
import glossa.model.Annotation;

/**
 * Reads the CSV that {@link CsvExporter} writes (UTF-8, with or without a byte order mark; other encodings as the
 * article decoder detects them). A file without a usable header, or with a record that breaks the CSV rules, is not
 * read at all ({@link ImportFormatException}). Columns are found by
 * their header names, so reordered or extra columns are fine; every column that is not a known fixed one is an
 * attribute. Record numbers in the report count data rows from 1; line numbers are those of the file.
 */
public final class CsvImporter implements Importer {

    private static final Set<String> KNOWN = Set.of("document", "section number", "section title", "type", "quote",
            "begin", "end", "memo", "author", "created", "modified", "status", "type id", "id", "prefix", "suffix",
            "page");

    @Override
    public ImportResult read(AnnotatedArticle article, InputStream in, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing CSV", IProgressMonitor.UNKNOWN);
        ImportReport report = new ImportReport();
        CsvReader csv = new CsvReader(new StringReader(decode(in.readAllBytes())));
        List<String> header = next(csv);
        List<Annotation> annotations = new ArrayList<>();
        if (header == null || header.size() == 1 && header.get(0).isBlank()) {
            throw new ImportFormatException(1, 1, "the file is empty; expected a header line with the columns 'type' "
                    + "(or 'type id') and 'quote'");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip(), i);
        }
        if (!column.containsKey("quote") || !column.containsKey("type") && !column.containsKey("type id")) {
            throw new ImportFormatException(1, 1, "the first line is not a header with the columns 'type' (or "
                    + "'type id') and 'quote'; found " + header.size() + " columns: "
                    + ImportFormatException.excerpt(String.join(",", header)));
        }
        RecordPlacer placer = new RecordPlacer(article, report);
        int record = 0;
        for (List<String> row = next(csv); row != null; row = next(csv)) {
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

    /**
     * The text of the file: UTF-8 with or without a byte order mark, or what the article decoder recognises (e.g.
     * GB18030 saved by a spreadsheet), strictly decoded, so that no byte becomes U+FFFD unnoticed.
     */
    private static String decode(byte[] bytes) throws ImportFormatException {
        try {
            return TextDecoder.decode(bytes, "input").text();
        } catch (TextDecodingException e) {
            throw ImportFormatException.of(e);
        }
    }

    /** The next record; a record that breaks the CSV rules ends the import, as nothing after it can be trusted. */
    private static List<String> next(CsvReader csv) throws IOException {
        try {
            return csv.next();
        } catch (CsvReader.Malformed e) {
            throw new ImportFormatException(e.line(), e.column(), e.reason());
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
