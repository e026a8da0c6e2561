package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

import glossa.cli.GlossaCli;
import glossa.exchange.json.Json;

/**
 * {@code list --types} and {@code list --section} as a table: which annotations come back, in which order, with the
 * annotations placed on the boundaries of section 二 (its first character, its last, the first one of 三 after it).
 */
class ListFiltersTest {

    @TempDir
    static Path dir;

    private static Path article;
    /** The annotations by name, as their ids. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    private static List<String> run(List<String> args, int expectedCode, StringBuilder err) {
        CliRun run = CliRun.of(args);
        err.append(run.err());
        assertEquals(expectedCode, run.code(), run.err());
        return List.of(run.out());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        return (Map<String, Object>) Json.parse(run(List.of(args), 0, new StringBuilder()).get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(String number) {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) json("sections", article.toString(), "--json")
                .get("sections");
        return sections.stream().filter(s -> number.equals(s.get("number"))).findFirst().orElseThrow();
    }

    private static int number(Object value) {
        return ((Long) value).intValue();
    }

    private static void annotate(String name, String type, int begin, int end) {
        Map<String, Object> row = json("annotate", article.toString(), "--type", type, "--begin",
                String.valueOf(begin), "--end", String.valueOf(end), "--json");
        IDS.put(name, (String) row.get("id"));
    }

    @BeforeAll
    static void annotateAroundSectionTwo() throws Exception {
        article = dir.resolve("article.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), article);
        Map<String, Object> one = section("一");
        Map<String, Object> two = section("二");
        Map<String, Object> three = section("三");
        int twoBegin = number(two.get("begin"));
        int twoEnd = number(two.get("end"));
        assertEquals(twoEnd, number(three.get("begin")), "三 follows 二 directly");
        annotate("in一", "counter-strategy", number(one.get("begin")) + 3, number(one.get("begin")) + 6);
        annotate("first二", "claim", twoBegin, twoBegin + 2);
        annotate("first二Longer", "policy-measure", twoBegin, twoBegin + 5);
        // 二's last character that is not white space (annotate trims the blanks around a range).
        String text = Files.readString(article);
        int last = twoEnd - 1;
        while (Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        annotate("last二", "policy-measure", last, last + 1);
        annotate("first三", "claim", twoEnd, twoEnd + 2);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // --types, --section (null: not given) -> the annotations, in text order (same begin: longer first)
                Arguments.of(null, null, List.of("in一", "first二Longer", "first二", "last二", "first三")),
                Arguments.of("claim", null, List.of("first二", "first三")),
                Arguments.of("policy-measure", null, List.of("first二Longer", "last二")),
                Arguments.of("claim,counter-strategy", null, List.of("in一", "first二", "first三")),
                Arguments.of(" claim ,,", null, List.of("first二", "first三")),
                Arguments.of(null, "二", List.of("first二Longer", "first二", "last二")),
                Arguments.of(null, "三", List.of("first三")),
                Arguments.of(null, "一", List.of("in一")),
                Arguments.of("claim", "二", List.of("first二")),
                Arguments.of("counter-strategy", "二", List.of()),
                Arguments.of("policy-measure", "三", List.of()));
    }

    @ParameterizedTest(name = "--types {0} --section {1}")
    @MethodSource("table")
    @SuppressWarnings("unchecked")
    void listsWhatTheFiltersSelectInTextOrder(String types, String section, List<String> expected) {
        List<String> args = new ArrayList<>(List.of("list", article.toString(), "--json"));
        if (types != null) {
            args.addAll(List.of("--types", types));
        }
        if (section != null) {
            args.addAll(List.of("--section", section));
        }
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json(args.toArray(String[]::new))
                .get("annotations");
        assertEquals(expected.stream().map(IDS::get).toList(), rows.stream().map(r -> r.get("id")).toList());
    }

    @Test
    void theHumanTableHasTheSameRows() {
        String table = run(List.of("list", article.toString(), "--types", "claim", "--section", "三"), 0,
                new StringBuilder()).get(0);
        List<String> lines = table.lines().toList();
        assertEquals(2, lines.size(), table);
        assertTrue(lines.get(1).startsWith(IDS.get("first三")), table);
    }

    @Test
    void unknownTypesAndSectionsAreBadInput() {
        StringBuilder err = new StringBuilder();
        run(List.of("list", article.toString(), "--types", "claim,bogus"), GlossaCli.BAD_INPUT, err);
        assertTrue(err.toString().contains("unknown type 'bogus'"), err.toString());
        err.setLength(0);
        run(List.of("list", article.toString(), "--section", "九"), GlossaCli.BAD_INPUT, err);
        assertTrue(err.toString().contains("no section '九' (top-level sections: "), err.toString());
        assertTrue(err.toString().contains("一, 二, 三"), err.toString());
    }
}
