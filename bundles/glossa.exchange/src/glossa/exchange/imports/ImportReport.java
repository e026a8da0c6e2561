package glossa.exchange.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an import could not do exactly as written: each problem names the record (and line, for CSV) it concerns. */
public final class ImportReport {

    public enum Severity {
        /** Nothing wrong: the record was not needed (e.g. the article already holds the very same annotation). */
        INFO,
        /** The annotation was imported, but not exactly as written (e.g. found at another position). */
        WARNING,
        /** The record was not imported. */
        ERROR
    }

    /**
     * @param record  1-based number of the annotation record in the input (0 for the file as a whole)
     * @param line    1-based line where the record starts, or 0 when the format has no useful line numbers
     */
    public record Problem(Severity severity, int record, int line, String message) {
        @Override
        public String toString() {
            return severity.name().toLowerCase(java.util.Locale.ROOT) + ": record " + record
                    + (line > 0 ? " (line " + line + ")" : "") + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private int records;
    private int imported;
    private int alreadyPresent;

    void info(int record, int line, String message) {
        problems.add(new Problem(Severity.INFO, record, line, capped(message)));
    }

    /** Messages quote the input; a hostile record must not make a megabyte line. */
    private static String capped(String message) {
        int max = ImportFormatException.MAX_QUOTE + 120;
        return message.length() <= max ? message : message.substring(0, max) + "… (" + message.length() + " characters)";
    }

    /** Reports a record skipped because the article already holds exactly what it describes. */
    void alreadyPresent(int record, int line, String message) {
        alreadyPresent++;
        info(record, line, message);
    }

    void warning(int record, int line, String message) {
        problems.add(new Problem(Severity.WARNING, record, line, capped(message)));
    }

    void error(int record, int line, String message) {
        problems.add(new Problem(Severity.ERROR, record, line, capped(message)));
    }

    void counted(int records, int imported) {
        this.records = records;
        this.imported = imported;
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /** Annotation records read (relations included for JSON-LD). */
    public int records() {
        return records;
    }

    public int imported() {
        return imported;
    }

    /** Records left out because the article already holds the same annotation (or relation). */
    public int alreadyPresent() {
        return alreadyPresent;
    }

    /** Records that were neither imported nor already present (each has an error). */
    public int skipped() {
        return Math.max(0, records - imported - alreadyPresent);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(imported + " of " + records + " records imported");
        for (Problem p : problems) {
            sb.append('\n').append(p);
        }
        return sb.toString();
    }
}
