package glossa.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold file: UTF-8, a header line, then {@code type<TAB>begin<TAB>end<TAB>quote} in UTF-16 offsets. A row
 * whose span lies outside the text, or whose quote differs from the text there, is an error naming the line.
 */
public final class GoldFile {

    private static final int MAX_ROWS = 1_000_000;

    private GoldFile() {
    }

    public static List<GoldSpan> read(Path file, String text) throws IOException, GoldException {
        List<GoldSpan> gold = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new GoldException(file + ": empty (expected a header, then type<TAB>begin<TAB>end<TAB>quote)");
            }
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (gold.size() == MAX_ROWS) {
                    throw new GoldException(file + ":" + number + ": more than " + MAX_ROWS + " rows");
                }
                gold.add(row(file, number, line, text));
            }
        }
        return gold;
    }

    private static GoldSpan row(Path file, int number, String line, String text) throws GoldException {
        String[] cells = line.split("\t", 4);
        if (cells.length < 3) {
            throw new GoldException(file + ":" + number + ": expected type<TAB>begin<TAB>end<TAB>quote");
        }
        int begin;
        int end;
        try {
            begin = Integer.parseInt(cells[1].strip());
            end = Integer.parseInt(cells[2].strip());
        } catch (NumberFormatException e) {
            throw new GoldException(file + ":" + number + ": begin and end must be whole numbers");
        }
        if (begin < 0 || end <= begin || end > text.length()) {
            throw new GoldException(file + ":" + number + ": span " + begin + ".." + end
                    + " is not inside the text (0.." + text.length() + ")");
        }
        String quote = cells.length == 4 ? cells[3] : null;
        if (quote != null && !quote.isEmpty() && !quote.equals(text.substring(begin, end))) {
            throw new GoldException(file + ":" + number + ": the quote differs from the text at " + begin + ".." + end);
        }
        return new GoldSpan(cells[0].strip(), begin, end, quote);
    }

    /** A gold file that cannot be used: the message names the file and line. */
    public static final class GoldException extends Exception {
        private static final long serialVersionUID = 1L;

        public GoldException(String message) {
            super(message);
        }
    }
}
