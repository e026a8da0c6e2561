package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

import glossa.cli.GlossaCli;
import glossa.core.AnnotatedArticle;
import glossa.core.io.SidecarStore;
import glossa.exchange.json.Json;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.MergeConflict;

/**
 * How {@code list --section SPEC} names a section in a nested article: a number as written or without its trailing
 * "、" or ".", a title, or a path ("二/（一）", "二 › （一）"); a top-level match wins, else every section at any depth
 * that matches; a path descends one level per part. And the {@code conflict} flag of {@code list --json}: true
 * exactly for the annotations a merge recorded a conflict on.
 */
class SectionSpecTest {

    @TempDir
    static Path dir;

    private static Path article;
    /** Annotation ids by the line they annotate. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    private static final String TEXT = String.join("\n", "政策文件", "", "一、总体要求", "（一）目标", "1. 目标一",
            "2. 目标二", "（二）原则", "1. 原则一", "二、主要措施", "（一）措施", "1. 措施一", "结语", "结束的话。", "");

    @BeforeAll
    static void annotateEveryLine() throws Exception {
        article = dir.resolve("nested.txt");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        for (String line : List.of("目标一", "目标二", "原则一", "措施一", "结束的话")) {
            Map<?, ?> row = (Map<?, ?>) Json.parse(CliRun.of("annotate", article.toString(), "--type", "claim",
                    "--quote", line, "--json").ok().out());
            IDS.put(line, (String) row.get("id"));
        }
    }

    private static List<String> listed(String spec) {
        Map<?, ?> json = (Map<?, ?>) Json.parse(CliRun.of("list", article.toString(), "--section", spec, "--json")
                .ok().out());
        return ((List<?>) json.get("annotations")).stream().map(r -> (String) ((Map<?, ?>) r).get("id")).toList();
    }

    private static List<String> ids(String... lines) {
        return Stream.of(lines).map(IDS::get).toList();
    }

    static Stream<Arguments> specs() {
        return Stream.of(
                // a top-level number, as written and trimmed
                Arguments.of("一", List.of("目标一", "目标二", "原则一")),
                Arguments.of("一、", List.of("目标一", "目标二", "原则一")),
                Arguments.of("二", List.of("措施一")),
                // a top-level title
                Arguments.of("主要措施", List.of("措施一")),
                // a path: one level per part, either separator, spaces around it
                Arguments.of("二/（一）", List.of("措施一")),
                Arguments.of("二 › （一）", List.of("措施一")),
                Arguments.of("一/（二）/1.", List.of("原则一")),
                Arguments.of("一/（一）/2", List.of("目标二")),
                // no top-level match: every section that matches, at any depth
                Arguments.of("（一）", List.of("目标一", "目标二", "措施一")),
                Arguments.of("（二）", List.of("原则一")),
                Arguments.of("1.", List.of("目标一", "原则一", "措施一")),
                Arguments.of("原则", List.of("原则一")),
                // the closing section, by its title
                Arguments.of("结语", List.of("结束的话")));
    }

    @ParameterizedTest(name = "--section {0}")
    @MethodSource("specs")
    void aSpecSelectsTheAnnotationsOfTheSectionsItNames(String spec, List<String> lines) {
        assertEquals(ids(lines.toArray(String[]::new)), listed(spec));
    }

    @Test
    void aPathDoesNotFallBackToDeeperSections() {
        // "（一）" alone is found at any depth, but as the second part of a path only among the first part's children.
        CliRun run = CliRun.of("list", article.toString(), "--section", "结语/（一）", "--json");
        assertEquals(GlossaCli.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("no section '结语/（一）' (top-level sections: "), run.err());
    }

    @Test
    void anUnknownSectionListsTheTopLevelOnes() {
        CliRun run = CliRun.of("list", article.toString(), "--section", "三");
        assertEquals(GlossaCli.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("no section '三' (top-level sections: "), run.err());
        assertTrue(run.err().contains("一、, 二、") || run.err().contains("一, 二"), run.err());
    }

    @Test
    void conflictIsTrueExactlyForAnnotationsWithARecordedConflict() throws Exception {
        Path copy = dir.resolve("conflicted.txt");
        Files.writeString(copy, TEXT, StandardCharsets.UTF_8);
        Files.copy(AnnotatedArticle.sidecarOf(article), AnnotatedArticle.sidecarOf(copy));
        SidecarStore store = new SidecarStore();
        Document document = store.load(AnnotatedArticle.sidecarOf(copy));
        document.getConflicts().add(conflict("annotation", IDS.get("目标二")));
        document.getConflicts().add(conflict("relation", IDS.get("原则一"))); // another kind of object, same id
        store.save(document, AnnotatedArticle.sidecarOf(copy));

        Map<?, ?> json = (Map<?, ?>) Json.parse(CliRun.of("list", copy.toString(), "--json").ok().out());
        Map<String, Object> conflict = new LinkedHashMap<>();
        for (Object row : (List<?>) json.get("annotations")) {
            conflict.put((String) ((Map<?, ?>) row).get("id"), ((Map<?, ?>) row).get("conflict"));
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        IDS.forEach((line, id) -> expected.put(id, line.equals("目标二")));
        assertEquals(expected, conflict);
    }

    private static MergeConflict conflict(String kind, String id) {
        MergeConflict c = GlossaFactory.eINSTANCE.createMergeConflict();
        c.setObjectKind(kind);
        c.setObjectId(id);
        c.setFeature("memo");
        return c;
    }
}
