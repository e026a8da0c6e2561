package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.tests.cli.CliRun;

/** The command line end to end, in process, on a temporary copy of the shared sample. */
class GlossaCliTest {

    @TempDir
    Path dir;

    private Path article;

    @BeforeEach
    void copySample() throws Exception {
        article = dir.resolve("article.txt");
        Files.copy(TestFiles.sample(), article);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sectionsAsJsonNestChildren() {
        Map<String, Object> json = CliRun.of("sections", article.toString(), "--json").json();
        assertEquals("article.txt", json.get("file"));
        List<Map<String, Object>> sections = (List<Map<String, Object>>) json.get("sections");
        assertEquals(List.of("", "一", "二", "三", "四", "五", "", ""), sections.stream().map(s -> s.get("number")).toList());
        Map<String, Object> two = sections.get(2);
        assertEquals("提案内容:15页文件中的“技术杀招”", two.get("title"));
        assertEquals(1L, two.get("level"));
        assertEquals("body", two.get("kind"));
        List<Map<String, Object>> points = (List<Map<String, Object>>) two.get("children");
        assertEquals(List.of("技术出口管制升级", "人才流动限制", "国际标准制定权争夺"), points.stream().map(p -> p.get("title")).toList());
        assertEquals(2L, points.get(0).get("level"));
        assertEquals("closing", sections.get(6).get("kind"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void importingTheSidecarsOwnExportAgainAddsNothing() throws Exception {
        assertEquals(0, CliRun.of("annotate", article.toString(), "--type", "policy-measure", "--quote",
                "限制其申请联邦科研基金", "--attr", "actor=美国政府", "--memo", "备注").code());
        assertEquals(0, CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek",
                "--occurrence", "3").code());
        for (String format : List.of("jsonld", "csv")) {
            Path exported = dir.resolve("annotations." + format);
            assertEquals(0, CliRun.of("export", article.toString(), "--format", format, "-o",
                    exported.toString()).code());
            List<Map<String, Object>> before = (List<Map<String, Object>>) ((Map<String, Object>)
                    CliRun.of("list", article.toString(), "--json").json()).get("annotations");

            CliRun imported = CliRun.of("import", article.toString(), "--from", format, exported.toString());

            assertEquals(0, imported.code(), imported.err());
            assertTrue(imported.out().startsWith("imported 0 of 2 annotations"), imported.out());
            assertTrue(imported.out().contains("(2 already present)"), imported.out());
            assertEquals(2, imported.err().lines().filter(l -> l.contains("info: ") && l.contains("already present"))
                    .count(), imported.err());
            List<Map<String, Object>> after = (List<Map<String, Object>>) ((Map<String, Object>)
                    CliRun.of("list", article.toString(), "--json").json()).get("annotations");
            assertEquals(before, after, format + ": the same annotations, ids included");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void annotateByQuoteThenListAndStatsShowIt() throws Exception {
        CliRun added = CliRun.of("annotate", article.toString(), "--type", "policy-measure", "--quote",
                "限制其申请联邦科研基金", "--attr", "instrument=visa rule", "--attr", "actor=美国政府", "--memo", "备注",
                "--author", "分析员", "--json");
        Map<String, Object> row = added.json();
        assertEquals("policy-measure", row.get("type"));
        assertEquals("二", row.get("section"));
        assertEquals("二 › 2.", row.get("sectionPath"));
        assertEquals("限制其申请联邦科研基金", row.get("quote"));
        assertTrue(Files.exists(AnnotatedArticle.sidecarOf(article)));
        String text = Files.readString(article);
        assertEquals(text.indexOf("限制其申请联邦科研基金"), ((Long) row.get("begin")).intValue());

        assertEquals(0, CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek",
                "--occurrence", "3").code());

        Map<String, Object> list = CliRun.of("list", article.toString(), "--json").json();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) list.get("annotations");
        assertEquals(2, rows.size());
        assertEquals("claim", rows.get(0).get("type"), "text order: the third DeepSeek comes first");
        assertEquals("confirmed", rows.get(1).get("status"));
        assertEquals(Map.of("instrument", "visa rule", "actor", "美国政府"), rows.get(1).get("attributes"));
        assertEquals("分析员", rows.get(1).get("author"));

        List<?> onlyTwo = (List<?>) ((Map<String, Object>)
                CliRun.of("list", article.toString(), "--section", "二", "--json").json()).get("annotations");
        assertEquals(1, onlyTwo.size());
        List<?> onlyClaims = (List<?>) ((Map<String, Object>)
                CliRun.of("list", article.toString(), "--types", "claim", "--json").json()).get("annotations");
        assertEquals(1, onlyClaims.size());

        Map<String, Object> stats = CliRun.of("stats", article.toString(), "--json").json();
        assertEquals(Map.of("claim", 1L, "policy-measure", 1L, "counter-strategy", 0L), stats.get("totals"));
        assertEquals(2L, stats.get("total"));
        Map<String, Object> sectionTwo = ((List<Map<String, Object>>) stats.get("sections")).get(2);
        assertEquals(1L, ((Map<String, Object>) sectionTwo.get("counts")).get("policy-measure"));
        assertEquals(1L, sectionTwo.get("total"));
        Map<String, Object> pointTwo = ((List<Map<String, Object>>) sectionTwo.get("children")).get(1);
        assertEquals(1L, pointTwo.get("total"));

        CliRun human = CliRun.of("list", article.toString());
        assertTrue(human.out().contains("限制其申请联邦科研基金"), human.out());
        assertTrue(human.out().lines().count() == 3, "header and two rows");
    }

    @Test
    void annotateByOffsets() throws Exception {
        String text = Files.readString(article);
        int begin = text.indexOf("实体清单");
        Map<String, Object> row = CliRun.of("annotate", article.toString(), "--type", "claim", "--begin",
                String.valueOf(begin), "--end", String.valueOf(begin + 4), "--json").json();
        assertEquals("实体清单", row.get("quote"));
        assertEquals("一", row.get("section"));
    }

    @Test
    void typesListsTheCodebook() {
        Map<String, Object> json = CliRun.of("types", article.toString(), "--json").json();
        List<?> types = (List<?>) json.get("types");
        assertEquals(3, types.size());
        assertTrue(CliRun.of("types", article.toString()).out().contains("counter-strategy"));
    }

    @Test
    void badInputGivesExitTwoAndOneLine() throws Exception {
        assertBad(List.of("annotate", article.toString(), "--type", "nope", "--quote", "DeepSeek"), "unknown type 'nope'");
        assertBad(List.of("annotate", article.toString(), "--type", "claim", "--quote", "不存在的引文"), "quote not found");
        assertBad(List.of("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek", "--occurrence", "99"),
                "out of range");
        assertBad(List.of("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek"), "--occurrence");
        assertBad(List.of("annotate", article.toString(), "--type", "claim", "--quote", "实体清单", "--attr", "stance=angry"),
                "supportive");
        assertBad(List.of("annotate", article.toString(), "--type", "claim", "--begin", "5", "--end", "999999"), "not inside");
        assertBad(List.of("sections", dir.resolve("missing.txt").toString()), "no such file");
        assertBad(List.of("list", article.toString(), "--section", "九"), "no section '九'");
        assertBad(List.of("list", article.toString(), "--types", "claim,bogus"), "unknown type 'bogus'");
        assertBad(List.of("stats", article.toString(), "--frobnicate"), "unknown option --frobnicate");
        assertBad(List.of("frobnicate"), "unknown command");
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(article)), "no failed command wrote a sidecar");

        Path sidecar = AnnotatedArticle.sidecarOf(article);
        byte[] broken = "<?xml version=\"1.0\"?>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\">\n<oops"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(sidecar, broken);
        CliRun r = assertBad(List.of("annotate", article.toString(), "--type", "claim", "--quote", "实体清单"),
                sidecar + ":3:");
        assertArrayEquals(broken, Files.readAllBytes(sidecar), "a bad sidecar is never overwritten: " + r.err());
    }

    @Test
    void helpForEveryCommand() {
        CliRun overview = CliRun.of("--help");
        assertEquals(0, overview.code());
        for (String command : List.of("sections", "annotate", "list", "stats", "types")) {
            assertTrue(overview.out().contains(command), command);
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().startsWith("usage: glossa-cli " + command), help.out());
        }
        assertEquals(2, CliRun.of().code());
    }

    private CliRun assertBad(List<String> args, String expected) {
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.code(), args + " → " + r.err());
        assertTrue(r.err().startsWith("glossa: "), r.err());
        assertTrue(r.err().contains(expected), args + " → " + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertEquals("", r.out());
        return r;
    }
}
