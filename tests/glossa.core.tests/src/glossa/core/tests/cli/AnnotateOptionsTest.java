package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.cli.GlossaCli;
import glossa.core.AnnotatedArticle;
import glossa.exchange.FormatRegistry;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/**
 * {@code annotate}'s options as a table on a text of 22 characters ("一、总则\n\n人工智能的发展需要规范。人工智能", 人工智能
 * twice, 规范 once): which span each choice of --quote/--occurrence/--begin/--end selects, at the edges of the text,
 * which attribute values the schema takes (numbers 0 to 1 inclusive), and the one line of each refusal, after which no
 * sidecar exists.
 */
class AnnotateOptionsTest {

    private static final String TEXT = "一、总则\n\n人工智能的发展需要规范。人工智能";

    @TempDir
    Path dir;

    private Path article;

    private static CliRun run(List<String> args) {
        return CliRun.of(args);
    }

    private List<String> annotate(String... options) {
        List<String> args = new ArrayList<>(List.of("annotate", article.toString(), "--type", "claim"));
        args.addAll(List.of(options));
        return args;
    }

    @BeforeEach
    void article() throws Exception {
        assertEquals(22, TEXT.length());
        article = Files.writeString(dir.resolve("article.txt"), TEXT);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                // options after "annotate FILE --type claim" -> begin, end, attributes of the new annotation
                Arguments.of(List.of("--begin", "0", "--end", "1"), 0, 1, Map.of()),
                Arguments.of(List.of("--begin", "18", "--end", "22"), 18, 22, Map.of()),
                Arguments.of(List.of("-b", "15", "-e", "17"), 15, 17, Map.of()),
                Arguments.of(List.of("--quote", "规范"), 15, 17, Map.of()),
                Arguments.of(List.of("--quote", "规范", "--occurrence", "1"), 15, 17, Map.of()),
                Arguments.of(List.of("--quote", "人工智能", "--occurrence", "1"), 6, 10, Map.of()),
                Arguments.of(List.of("--quote", "人工智能", "--occurrence", "2"), 18, 22, Map.of()),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence=0"), 15, 17, Map.of("confidence", "0")),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence=1"), 15, 17, Map.of("confidence", "1")),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence= 0.5 "), 15, 17, Map.of("confidence", " 0.5 ")),
                Arguments.of(List.of("-q", "规范", "--attr", "stance=critical", "--attr", "actor="), 15, 17,
                        Map.of("stance", "critical", "actor", "")),
                Arguments.of(List.of("-q", "规范", "--attr", " actor =美国"), 15, 17, Map.of("actor", "美国")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    @SuppressWarnings("unchecked")
    void acceptedOptionsSelectThisSpan(List<String> options, int begin, int end, Map<String, String> attributes) {
        List<String> args = annotate(options.toArray(String[]::new));
        args.add("--json");
        CliRun result = run(args);
        assertEquals(GlossaCli.OK, result.code(), result.err());
        assertEquals("", result.err(), "an unchanged text: no warning");
        Map<String, Object> row = (Map<String, Object>) Json.parse(result.out());
        assertEquals(List.of((long) begin, (long) end), List.of(row.get("begin"), row.get("end")));
        assertEquals(TEXT.substring(begin, end), row.get("quote"));
        assertEquals(attributes, row.get("attributes"));
        assertTrue(Files.exists(AnnotatedArticle.sidecarOf(article)));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // options after "annotate FILE --type claim" -> the one line after "glossa: "
                Arguments.of(List.of("--begin", "0", "--end", "0"), "span 0..0 is not inside the text (0..22)"),
                Arguments.of(List.of("--begin", "3", "--end", "2"), "span 3..2 is not inside the text (0..22)"),
                Arguments.of(List.of("--begin", "-1", "--end", "2"), "span -1..2 is not inside the text (0..22)"),
                Arguments.of(List.of("--begin", "18", "--end", "23"), "span 18..23 is not inside the text (0..22)"),
                Arguments.of(List.of("--begin", "1"), "give --quote TEXT or both --begin and --end"),
                Arguments.of(List.of("--end", "2"), "give --quote TEXT or both --begin and --end"),
                Arguments.of(List.of(), "give --quote TEXT or both --begin and --end"),
                Arguments.of(List.of("--quote", "规范", "--begin", "1"), "give either --quote or --begin/--end, not both"),
                Arguments.of(List.of("--quote", "规范", "--end", "2"), "give either --quote or --begin/--end, not both"),
                Arguments.of(List.of("--quote", ""), "--quote is empty"),
                Arguments.of(List.of("--quote", " \n "), "--quote is empty"),
                Arguments.of(List.of("--quote", "\n\n"), "--quote is empty"), // blanks that the text holds
                Arguments.of(List.of("--occurrence", "1", "--begin", "0", "--end", "1"), "--occurrence goes with --quote"),
                Arguments.of(List.of("--quote", "人工智能"), "the quote occurs 2 times; choose one with --occurrence 1..2"),
                Arguments.of(List.of("--quote", "人工智能", "-n", "0"),
                        "--occurrence 0 is out of range: the quote occurs 2 times"),
                Arguments.of(List.of("--quote", "人工智能", "-n", "3"),
                        "--occurrence 3 is out of range: the quote occurs 2 times"),
                Arguments.of(List.of("--quote", "规范", "-n", "2"), "--occurrence 2 is out of range: the quote occurs 1 time"),
                Arguments.of(List.of("--quote", "这一句引文并不在文章里面而且它比四十个单元格还要长得多"),
                        "quote not found: 这一句引文并不在文章里面而且它比四十个…"),
                Arguments.of(List.of("-q", "规范", "--attr", "=x"), "--attr needs NAME=VALUE, not '=x'"),
                Arguments.of(List.of("-q", "规范", "--attr", "stance"), "--attr needs NAME=VALUE, not 'stance'"),
                Arguments.of(List.of("-q", "规范", "--attr", "colour=red"),
                        "type 'claim' has no attribute 'colour' (attributes: actor, stance, confidence)"),
                Arguments.of(List.of("-q", "规范", "--attr", "stance=angry"),
                        "attribute 'stance' takes one of: supportive, critical, neutral"),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence=1.01"),
                        "attribute 'confidence' takes a number from 0 to 1, not '1.01'"),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence=-0.01"),
                        "attribute 'confidence' takes a number from 0 to 1, not '-0.01'"),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence=NaN"),
                        "attribute 'confidence' takes a number from 0 to 1, not 'NaN'"),
                Arguments.of(List.of("-q", "规范", "--attr", "confidence=high"),
                        "attribute 'confidence' takes a number from 0 to 1, not 'high'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedOptionsSayWhyAndWriteNothing(List<String> options, String expected) {
        CliRun result = run(annotate(options.toArray(String[]::new)));
        assertEquals(GlossaCli.BAD_INPUT, result.code(), result.err());
        assertEquals("glossa: " + expected + "\n", result.err().replace("\r\n", "\n"));
        assertEquals("", result.out());
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(article)), "nothing written");
    }

    @Test
    void theHumanLineNamesIdTypeSectionSpanAndQuote() {
        CliRun result = run(annotate("--quote", "人工智能", "--occurrence", "2", "--memo", "备注", "--author", "ann"));
        assertEquals(GlossaCli.OK, result.code(), result.err());
        assertTrue(result.out().matches("added a-[0-9a-f-]{36} claim 一 18\\.\\.22 “人工智能”\\R"), result.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) ((Map<String, Object>) Json.parse(
                run(List.of("list", article.toString(), "--json")).out())).get("annotations")).get(0);
        assertEquals("ann", row.get("author"));
        assertEquals("备注", row.get("memo"));
    }

    @Test
    void unknownAndRetiredTypesTakeNoAnnotations() throws Exception {
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        AnnotationType old = GlossaFactory.eINSTANCE.createAnnotationType();
        old.setId("old-code");
        old.setName("Old code");
        old.setColor("#999999");
        old.setRetired(true);
        codebook.getTypes().add(old);
        Path file = dir.resolve("codes.xmi");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormatRegistry.instance().codebookFormat("glossa").write(codebook, out);
        }
        assertEquals(GlossaCli.OK, run(List.of("codebook", "import", article.toString(), file.toString(), "--format", "glossa")).code());
        byte[] sidecar = Files.readAllBytes(AnnotatedArticle.sidecarOf(article));

        CliRun retired = run(List.of("annotate", article.toString(), "--type", "old-code", "--quote", "规范"));
        assertEquals(GlossaCli.BAD_INPUT, retired.code());
        assertEquals("glossa: type 'old-code' is retired; it takes no new annotations\n", retired.err());
        CliRun unknown = run(List.of("annotate", article.toString(), "--type", "nope", "--quote", "规范"));
        assertEquals(GlossaCli.BAD_INPUT, unknown.code());
        assertEquals("glossa: unknown type 'nope' (types: claim, policy-measure, counter-strategy)\n", unknown.err(),
                "the retired type is not offered");
        assertTrue(java.util.Arrays.equals(sidecar, Files.readAllBytes(AnnotatedArticle.sidecarOf(article))),
                "the sidecar is untouched");
    }
}
