package glossa.core.tests.sections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import glossa.core.sections.SectionDetector;
import glossa.core.text.TextDecoder;
import glossa.model.Section;

/**
 * The section corpus under tests/fixtures/sections: each document beside its hand-written {@code .expected.tsv}
 * (level, kind, number, title prefix; "*" for any title). Scores the detector: documents detected exactly, and
 * per-level precision and recall. Shared by the test and the {@code scripts/sections-corpus} report.
 */
final class SectionCorpus {

    /** One row of a tree: what is compared. */
    record Row(int level, String kind, String number, String title) {

        boolean matches(Row detected) {
            return level == detected.level && kind.equals(detected.kind) && number.equals(detected.number)
                    && (title.equals("*") || normalise(detected.title).startsWith(normalise(title)));
        }

        @Override
        public String toString() {
            return level + "\t" + kind + "\t" + number + "\t" + title;
        }
    }

    record Result(String name, List<Row> expected, List<Row> detected, int matched) {
        boolean exact() {
            return matched == expected.size() && matched == detected.size();
        }
    }

    private SectionCorpus() {
    }

    static List<Path> documents(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".tsv")
                    && !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    static Result score(Path document) throws IOException {
        String text = TextDecoder.decode(document).text(); // as Glossa opens it: byte order mark dropped
        List<Row> detected = new ArrayList<>();
        flatten(SectionDetector.detect(text), detected);
        Path tsv = document.resolveSibling(document.getFileName() + ".expected.tsv");
        List<Row> expected = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            expected.add(new Row(Integer.parseInt(cells[0].strip()), cells[1].strip(), cells[2].strip(),
                    cells.length > 3 ? cells[3].strip() : ""));
        }
        return new Result(document.getFileName().toString(), expected, detected, matched(expected, detected));
    }

    /** Rows matched in order (a longest common subsequence), so one missed heading does not shift the rest. */
    static int matched(List<Row> expected, List<Row> detected) {
        int[][] lcs = new int[expected.size() + 1][detected.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = detected.size() - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).matches(detected.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return lcs[0][0];
    }

    /** Per level: {expected, detected, matched}. */
    static Map<Integer, int[]> perLevel(List<Result> results) {
        Map<Integer, int[]> levels = new TreeMap<>();
        for (Result r : results) {
            for (int level = 1; level <= 6; level++) {
                final int l = level;
                List<Row> e = r.expected.stream().filter(x -> x.level == l).toList();
                List<Row> d = r.detected.stream().filter(x -> x.level == l).toList();
                if (e.isEmpty() && d.isEmpty()) {
                    continue;
                }
                int[] counts = levels.computeIfAbsent(level, k -> new int[3]);
                counts[0] += e.size();
                counts[1] += d.size();
                counts[2] += matched(e, d);
            }
        }
        return levels;
    }

    static String report(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        long exact = results.stream().filter(Result::exact).count();
        sb.append("documents exactly right: %d / %d (%.0f%%)%n".formatted(exact, results.size(),
                100.0 * exact / results.size()));
        for (Result r : results) {
            sb.append("  %-40s %s  expected %3d  detected %3d  matched %3d%n".formatted(r.name,
                    r.exact() ? "exact" : "DIFF ", r.expected.size(), r.detected.size(), r.matched));
        }
        sb.append("level  expected  detected  matched  precision  recall%n".formatted());
        perLevel(results).forEach((level, c) -> sb.append("  %d    %6d    %6d   %6d     %5.1f%%   %5.1f%%%n".formatted(
                level, c[0], c[1], c[2], c[1] == 0 ? 0.0 : 100.0 * c[2] / c[1], c[0] == 0 ? 0.0 : 100.0 * c[2] / c[0])));
        return sb.toString();
    }

    private static void flatten(List<Section> sections, List<Row> rows) {
        for (Section s : sections) {
            rows.add(new Row(s.getLevel(), s.getKind().getLiteral(), s.getNumber() == null ? "" : s.getNumber().strip(),
                    s.getTitle() == null ? "" : s.getTitle()));
            flatten(s.getChildren(), rows);
        }
    }

    /** Titles compare without white space and Markdown formatting (emphasis, link brackets and targets). */
    static String normalise(String title) {
        return title.replaceAll("\\]\\([^)\\s]*\\)?", "").replaceAll("[\\s\\u00a0\\u3000*…\\[\\]]", "");
    }
}
