package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.exchange.json.Json;

/**
 * The human-readable tables of {@code list}, {@code sections} and {@code stats} (without {@code --json}): columns
 * aligned by terminal cells (a Chinese or other wide character takes two, also outside the Basic Multilingual Plane),
 * numbers right-aligned (their header too when a number is wider), two blanks between columns, no trailing blanks,
 * and {@code list}'s quotes shortened to 40 cells with an ellipsis. The package-private {@code TextTable} that prints
 * them is reached through the commands: under OSGi a test in this fragment of glossa.core cannot see glossa.cli's
 * package-private classes.
 */
class HumanTablesTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN";
    private static final String REVERSED = new StringBuilder(LETTERS).reverse().toString();
    private static final String WIDE20 = "中文二十个字的引文正好四十个单元格宽度测";
    private static final String WIDE21 = "中文二十一个字的引文正好四十二个单元格宽度";
    /** U+20000, a wide character outside the BMP (two UTF-16 units, two cells). */
    private static final String ASTRAL = new String(Character.toChars(0x20000));

    /** The quotes annotated, by name, in text order: the text of each is a paragraph of its own. */
    private static final Map<String, String> QUOTES = new LinkedHashMap<>();
    static {
        QUOTES.put("wide15", "本法是为了规范人工智能的发展。");
        QUOTES.put("wide20", WIDE20);
        QUOTES.put("wide21", WIDE21);
        QUOTES.put("ascii40", LETTERS.substring(10, 50));
        QUOTES.put("ascii41", LETTERS.substring(0, 41));
        QUOTES.put("mixed38", LETTERS.substring(0, 38) + "中文");
        QUOTES.put("mixed37", REVERSED.substring(0, 37) + "中文");
        QUOTES.put("astral21", ASTRAL.repeat(21));
        QUOTES.put("twoLines", "Short.\nNext line.");
    }

    @TempDir
    static Path dir;

    private static Path article;
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    private static CliRun run(String... args) {
        return CliRun.of(args).ok();
    }

    private static List<String> lines(String... args) {
        return run(args).out().lines().toList();
    }

    /**
     * 一 (总则) holds 15 wide characters and the sub-section （一）, whose filler pushes the offsets past 1000 (four
     * digits: wider than the header END); the quotes sit on the boundaries of the 40 cells; 二 holds a quote over a
     * line break.
     */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void annotateQuotesAroundFortyCells() throws Exception {
        StringBuilder text = new StringBuilder("一、总则\n\n").append(QUOTES.get("wide15")).append("\n\n（一）适用范围\n\n")
                .append("这是一段用来占位的文字。".repeat(80)).append("\n\n");
        QUOTES.forEach((name, quote) -> {
            if (!name.equals("wide15") && !name.equals("twoLines")) {
                text.append(quote).append("\n\n");
            }
        });
        text.append("二、附则\n\n").append(QUOTES.get("twoLines")).append('\n');
        article = dir.resolve("article.txt");
        Files.writeString(article, text);
        for (Map.Entry<String, String> quote : QUOTES.entrySet()) {
            int begin = text.indexOf(quote.getValue());
            assertEquals(begin, text.lastIndexOf(quote.getValue()), "each quote once in the text");
            String type = quote.getKey().equals("twoLines") ? "policy-measure" : "claim";
            Map<String, Object> row = (Map<String, Object>) Json.parse(run("annotate", article.toString(), "--type",
                    type, "--begin", String.valueOf(begin), "--end", String.valueOf(begin + quote.getValue().length()),
                    "--json").out());
            IDS.put(quote.getKey(), (String) row.get("id"));
        }
    }

    @Test
    void sectionsAlignsWideNumbersAndRightAlignsOffsets() {
        assertEquals(List.of(
                "NUMBER    TITLE     KIND  BEGIN   END",
                "一        总则      body      0  1251",
                "  （一）  适用范围  body     23  1251",
                "二        附则      body   1251  1275"), lines("sections", article.toString()));
    }

    @Test
    void listAlignsEveryColumnByTerminalCells() {
        List<String> expected = List.of(
                "ID                                      TYPE            SECTION      BEGIN   END  STATUS     ANCHOR  QUOTE",
                "wide15    claim           一               6    21  confirmed  exact   本法是为了规范人工智能的发展。",
                "wide20    claim           一 › （一）    994  1014  confirmed  exact   " + WIDE20,
                "wide21    claim           一 › （一）   1016  1037  confirmed  exact   中文二十一个字的引文正好四十二个单元格…",
                "ascii40   claim           一 › （一）   1039  1079  confirmed  exact   " + LETTERS.substring(10, 50),
                "ascii41   claim           一 › （一）   1081  1122  confirmed  exact   abcdefghijklmnopqrstuvwxyz0123456789ABC…",
                "mixed38   claim           一 › （一）   1124  1164  confirmed  exact   abcdefghijklmnopqrstuvwxyz0123456789AB…",
                "mixed37   claim           一 › （一）   1166  1205  confirmed  exact   " + REVERSED.substring(0, 37) + "中…",
                "astral21  claim           一 › （一）   1207  1249  confirmed  exact   " + ASTRAL.repeat(19) + "…",
                "twoLines  policy-measure  二            1257  1274  confirmed  exact   Short. Next line.");
        assertEquals(expected.stream().map(HumanTablesTest::withId).toList(), lines("list", article.toString()));
    }

    /** A row of {@link #listAlignsEveryColumnByTerminalCells} with its name replaced by the annotation's id. */
    private static String withId(String line) {
        String name = line.substring(0, line.indexOf(' '));
        if (!IDS.containsKey(name)) {
            return line;
        }
        String id = IDS.get(name);
        assertEquals(38, id.length(), "ids are a- and a UUID: the ID column is as wide as they are");
        return id + line.substring(name.length()).replaceFirst("^ +", "  ");
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // name -> the QUOTE cell: at most 40 cells; a longer quote keeps what fits in 39 and gets "…"
                Arguments.of("wide15", "本法是为了规范人工智能的发展。"), // 30 cells
                Arguments.of("wide20", WIDE20), // exactly 40 cells: kept whole
                Arguments.of("wide21", "中文二十一个字的引文正好四十二个单元格…"), // 19 wide + …
                Arguments.of("ascii40", LETTERS.substring(10, 50)), // 40 cells: kept
                Arguments.of("ascii41", LETTERS.substring(0, 39) + "…"), // 41 cells: 39 + …
                Arguments.of("mixed38", LETTERS.substring(0, 38) + "…"), // a wide 39th+40th cell does not fit
                Arguments.of("mixed37", REVERSED.substring(0, 37) + "中…"), // 37 + 2 = 39 cells fit exactly
                Arguments.of("astral21", ASTRAL.repeat(19) + "…"), // surrogate pairs kept whole
                Arguments.of("twoLines", "Short. Next line.")); // a line break becomes one blank
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void listShortensQuotesToFortyCells(String name, String expected) {
        String row = lines("list", article.toString()).stream().filter(line -> line.startsWith(IDS.get(name)))
                .findFirst().orElseThrow();
        String anchor = "  exact   ";
        assertEquals(expected, row.substring(row.indexOf(anchor) + anchor.length()));
    }

    @Test
    void statsIndentsSubSectionsAndRightAlignsCounts() {
        assertEquals(List.of(
                "SECTION            claim  policy-measure  counter-strategy  total",
                "一 总则                8               0                 0      8",
                "  （一） 适用范围      7               0                 0      7",
                "二 附则                0               1                 0      1",
                "total                  8               1                 0      9"), lines("stats", article.toString()));
    }

    @Test
    void anEmptySelectionPrintsTheHeaderAlone() {
        assertEquals(List.of("ID  TYPE  SECTION  BEGIN  END  STATUS  ANCHOR  QUOTE"),
                lines("list", article.toString(), "--types", "counter-strategy"));
    }
}
