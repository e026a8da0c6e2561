package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.cli.ExportCommand;
import glossa.cli.GlossaCli;
import glossa.cli.ImportCommand;
import glossa.core.AnnotatedArticle;
import glossa.exchange.json.Json;

/**
 * The picocli command line: every subcommand's options, usage errors (exit 2, one line), {@code -} for standard input
 * and output, {@code --version}, the {@code --json} shapes of export, import and case-export, and the completion
 * script. In process, on copies of the shared sample.
 */
class CliParsingTest {

    /** Every subcommand, as the overview lists them. */
    private static final List<String> COMMANDS = List.of("sections", "annotate", "list", "stats", "types", "export",
            "import", "reanchor", "merge", "case", "case-export", "completion");

    @TempDir
    Path dir;

    private Path article;

    record Result(int code, String out, String err, byte[] bytes) {
    }

    @BeforeEach
    void copySample() throws Exception {
        String sample = System.getProperty("glossa.sample");
        assertNotNull(sample, "system property glossa.sample is not set");
        article = dir.resolve("article.txt");
        Files.copy(Path.of(sample), article);
    }

    private static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    private static Result runWithInput(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(input);
        int code = GlossaCli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Result result) {
        assertEquals(0, result.code(), result.err());
        return (Map<String, Object>) Json.parse(result.out());
    }

    private Result ok(String... args) {
        Result result = run(args);
        assertEquals(0, result.code(), String.join(" ", args) + ": " + result.err());
        return result;
    }

    private void annotateTwo() {
        ok("annotate", article.toString(), "-t", "claim", "-q", "DeepSeek", "-n", "1");
        ok("annotate", article.toString(), "--type=policy-measure", "--quote=技术出口管制", "--occurrence=1");
    }

    @Test
    void everySubcommandHasItsHelpAndTheOverviewListsThemAll() {
        Result overview = ok("--help");
        for (String command : COMMANDS) {
            assertTrue(overview.out().contains("\n  " + command + " "), command + " in: " + overview.out());
            Result help = ok(command, "--help");
            assertTrue(help.out().startsWith("usage: glossa-cli " + command + " "), help.out());
            assertTrue(help.out().contains("-h, --help"), help.out());
            assertEquals(help.out(), ok("help", command).out(), "help COMMAND is COMMAND --help");
            assertEquals(help.out(), ok(command, "-h").out());
            if (!command.equals("completion")) {
                assertTrue(help.out().contains("-j, --json"), command + " has --json: " + help.out());
            }
        }
        Result none = run();
        assertEquals(2, none.code());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("usage: glossa-cli"), none.err());
        assertTrue(none.err().contains("Exit codes: 0 ok, 1 internal error, 2 bad input"), none.err());
    }

    @Test
    void versionComesFromTheBundle() {
        Result version = ok("--version");
        assertTrue(Pattern.compile("^glossa-cli \\d+\\.\\d+\\.\\d+").matcher(version.out()).find(), version.out());
        assertEquals(version.out(), ok("-V").out());
        assertEquals("", version.err());
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("sections"), "missing required parameter: 'FILE'"),
                Arguments.of(List.of("sections", "A", "B"), "unexpected argument 'B'"),
                Arguments.of(List.of("list", "A", "--frobnicate"), "unknown option --frobnicate"),
                Arguments.of(List.of("annotate", "A", "-q", "x"), "missing required option: '--type=ID'"),
                Arguments.of(List.of("annotate", "A", "-t", "claim", "-q", "x", "-n", "two"),
                        "invalid value for option '--occurrence': 'two' is not an int"),
                Arguments.of(List.of("annotate", "A", "-t", "claim", "-t", "policy-measure", "-q", "x"),
                        "should be specified only once"),
                Arguments.of(List.of("export", "A", "-f", "pptx", "-o", "x"), "unknown export format 'pptx'"),
                Arguments.of(List.of("export", "A", "-f", "csv"), "missing required option: '--output=OUT'"),
                Arguments.of(List.of("import", "A", "-f", "xml", "IN"), "unknown import format 'xml'"),
                Arguments.of(List.of("import", "A", "-f", "csv"), "missing required parameter: 'IN'"),
                Arguments.of(List.of("merge", "B", "O"), "missing required parameter: 'THEIRS'"),
                Arguments.of(List.of("case-export", "D", "-f", "md", "-o", "x"), "a case exports as"),
                Arguments.of(List.of("completion", "x"), "unexpected argument 'x'"),
                Arguments.of(List.of("frobnicate"), "unknown command 'frobnicate' (commands: sections, annotate"),
                Arguments.of(List.of("--frobnicate"), "unknown option --frobnicate"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitTwoWithOneLineNamingTheProblem(List<String> args, String expected) {
        Result result = run(args.toArray(String[]::new));
        assertEquals(2, result.code(), args + " → " + result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("glossa: "), result.err());
        assertTrue(result.err().contains(expected), args + " → " + result.err());
        assertEquals("", result.out());
    }

    @Test
    void shortAndLongOptionsMeanTheSame() {
        ExportCommand longForm = (ExportCommand) GlossaCli.parse("export", "a.txt", "--format", "md", "--types",
                "claim", "--types", "policy-measure", "--sections=1,3", "--no-text", "--output", "out.md");
        ExportCommand shortForm = (ExportCommand) GlossaCli.parse("export", "a.txt", "-f", "md", "-t",
                "claim, policy-measure,", "-s", "1", "-s", "3", "--no-text", "-o", "out.md");
        for (ExportCommand c : List.of(longForm, shortForm)) {
            assertEquals("md", c.format().id());
            assertEquals(List.of("claim", "policy-measure"), List.copyOf(c.types()));
            assertEquals(List.of("1", "3"), List.copyOf(c.sections()));
            assertFalse(c.fullText());
            assertEquals(Path.of("out.md"), c.output());
        }
        for (String from : List.of("-f", "--from", "--format")) {
            assertTrue(GlossaCli.parse("import", "a.txt", from, "jsonld", "in.jsonld") instanceof ImportCommand, from);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlossaCli.parse("export", "a.txt", "-f", "md", "-o"));
        assertTrue(e.getMessage().contains("missing required parameter for option '--output'"), e.getMessage());
    }

    @Test
    void dashAsOutputWritesToStandardOutputAndNoFileNamedDash() throws Exception {
        annotateTwo();
        for (String format : List.of("html", "md", "csv", "jsonld")) {
            Path file = dir.resolve("report." + format);
            ok("export", article.toString(), "-f", format, "-o", file.toString());
            Result piped = ok("export", article.toString(), "-f", format, "-o", "-");
            assertEquals("", piped.err());
            assertEquals(withoutTimes(Files.readAllBytes(file)), withoutTimes(piped.bytes()),
                    format + ": the same report as the file");
        }
        Path caseFile = dir.resolve("case.csv");
        Path caseDir = Files.createDirectory(dir.resolve("case"));
        Files.copy(article, caseDir.resolve("a.txt"));
        Files.copy(AnnotatedArticle.sidecarOf(article), AnnotatedArticle.sidecarOf(caseDir.resolve("a.txt")));
        ok("case-export", caseDir.toString(), "-f", "csv", "-o", caseFile.toString());
        assertEquals(withoutTimes(Files.readAllBytes(caseFile)),
                withoutTimes(ok("case-export", caseDir.toString(), "-f", "csv", "-o", "-").bytes()));

        Path empty = Files.writeString(dir.resolve("empty.glossa"), "");
        Path ours = AnnotatedArticle.sidecarOf(article);
        byte[] oursBefore = Files.readAllBytes(ours);
        Result merged = ok("merge", empty.toString(), ours.toString(), ours.toString(), "-o", "-");
        assertTrue(merged.out().startsWith("<?xml"), merged.out());
        assertTrue(merged.err().startsWith("merged into standard output: "), merged.err());
        assertArrayEquals(oursBefore, Files.readAllBytes(ours), "-o - leaves OURS alone");

        assertFalse(Files.exists(Path.of("-")), "no file named '-' in the working directory");
        assertFalse(Files.exists(dir.resolve("-")));
        Result both = run("export", article.toString(), "-f", "csv", "-o", "-", "--json");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--json and -o - both write to standard output"), both.err());
    }

    /**
     * A report's text with its export time masked: two exports a moment apart differ only there (and in the JSON-LD
     * collection's and page's ids, which are made from it; the items' ids are written compact, without the space).
     */
    private static String withoutTimes(byte[] report) {
        return new String(report, StandardCharsets.UTF_8)
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d[0-9:.]*Z", "TIME")
                .replaceAll("\"id\": \"urn:uuid:[0-9a-f-]{36}\"", "ID");
    }

    @Test
    void dashAsInputReadsStandardInput() throws Exception {
        annotateTwo();
        Path exported = dir.resolve("x.jsonld");
        ok("export", article.toString(), "-f", "jsonld", "-o", exported.toString());
        Path fresh = dir.resolve("fresh.txt");
        Files.copy(article, fresh);
        Result imported = runWithInput(Files.readAllBytes(exported), "import", fresh.toString(), "-f", "jsonld", "-");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 2 of 2 annotations"), imported.out());

        Result broken = runWithInput("{".getBytes(StandardCharsets.UTF_8), "import", fresh.toString(), "-f", "jsonld",
                "-");
        assertEquals(2, broken.code());
        assertTrue(broken.err().startsWith("glossa: standard input:1:"), broken.err());

        Map<String, Object> fromFile = json(run("sections", article.toString(), "--json"));
        Map<String, Object> fromStdin = json(runWithInput(Files.readAllBytes(article), "sections", "-", "-j"));
        assertEquals("-", fromStdin.get("file"));
        assertEquals(fromFile.get("sections"), fromStdin.get("sections"));

        Result annotate = runWithInput(Files.readAllBytes(article), "annotate", "-", "-t", "claim", "-q", "DeepSeek");
        assertEquals(2, annotate.code());
        assertTrue(annotate.err().contains("FILE cannot be - here"), annotate.err());
    }

    @Test
    void exportImportAndCaseExportPrintTheirJsonShapes() throws Exception {
        annotateTwo();
        Path out = dir.resolve("out.csv");
        Map<String, Object> export = json(run("export", article.toString(), "-f", "csv", "-o", out.toString(), "-j",
                "-t", "claim"));
        assertEquals(List.of("written", "format", "bytes", "annotations"), List.copyOf(export.keySet()));
        assertEquals(out.toString(), export.get("written"));
        assertEquals("csv", export.get("format"));
        assertEquals(Files.size(out), export.get("bytes"));
        assertEquals(1L, export.get("annotations"), "only the claim");

        Path fresh = dir.resolve("fresh.txt");
        Files.copy(article, fresh);
        Path partly = dir.resolve("partly.csv");
        Files.writeString(partly, "type,quote\nclaim,DeepSeek\nclaim,这句话不在文章里\n", StandardCharsets.UTF_8);
        Result skipped = run("import", fresh.toString(), "--from", "csv", partly.toString(), "--json");
        assertEquals(3, skipped.code(), "some records skipped: " + skipped.err());
        assertTrue(skipped.err().contains("glossa: " + partly + ": 1 of 2 records skipped"), skipped.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(skipped.out());
        assertEquals(List.of("sidecar", "records", "imported", "alreadyPresent", "skipped", "saved", "problems"),
                List.copyOf(report.keySet()));
        assertEquals(AnnotatedArticle.sidecarOf(fresh).toString(), report.get("sidecar"));
        assertEquals(2L, report.get("records"));
        assertEquals(1L, report.get("imported"));
        assertEquals(1L, report.get("skipped"));
        assertEquals(true, report.get("saved"));
        List<?> problems = (List<?>) report.get("problems");
        List<Object> severities = new ArrayList<>();
        problems.forEach(p -> severities.add(((Map<?, ?>) p).get("severity")));
        assertTrue(severities.contains("error"), problems.toString());
        Map<?, ?> error = (Map<?, ?>) problems.get(severities.indexOf("error"));
        assertEquals(2L, error.get("record"));
        assertEquals(3L, error.get("line"));

        Path caseDir = Files.createDirectory(dir.resolve("case"));
        Files.copy(article, caseDir.resolve("a.txt"));
        Files.copy(AnnotatedArticle.sidecarOf(article), AnnotatedArticle.sidecarOf(caseDir.resolve("a.txt")));
        Files.write(caseDir.resolve("broken.txt"), new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) 0xD8 });
        Files.writeString(caseDir.resolve("broken.txt.glossa"), "<not a sidecar");
        Path caseOut = dir.resolve("case.jsonld");
        Result caseResult = run("case-export", caseDir.toString(), "-f", "jsonld", "-o", caseOut.toString(), "-j");
        Map<String, Object> caseExport = json(caseResult);
        assertEquals(List.of("written", "format", "bytes", "articles", "annotations", "skipped"),
                List.copyOf(caseExport.keySet()));
        assertEquals(Files.size(caseOut), caseExport.get("bytes"));
        assertEquals(1L, caseExport.get("articles"));
        assertEquals(2L, caseExport.get("annotations"));
        List<?> skippedArticles = (List<?>) caseExport.get("skipped");
        assertEquals(1, skippedArticles.size(), caseExport.toString());
        assertEquals(List.of("path", "message"), List.copyOf(((Map<?, ?>) skippedArticles.get(0)).keySet()));
        assertEquals("broken.txt", ((Map<?, ?>) skippedArticles.get(0)).get("path"));
    }

    @Test
    void completionScriptNamesEverySubcommandAndTheFormats() throws Exception {
        Result completion = ok("completion");
        String script = completion.out();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 40));
        assertTrue(script.contains("complete -F _complete_glossa-cli"), "registers the completion function");
        assertTrue(script.contains("ZSH_VERSION"), "zsh through bashcompinit");
        for (String command : COMMANDS) {
            assertTrue(script.contains(command), command);
        }
        assertTrue(script.contains("(\"html\" \"md\" \"csv\" \"jsonld\""), "export formats complete");
        Path bash = Path.of("/bin/bash");
        if (Files.isExecutable(bash)) {
            Path file = Files.writeString(dir.resolve("glossa-cli.bash"), script);
            Process check = new ProcessBuilder(bash.toString(), "-n", file.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, check.waitFor(), "bash -n: " + output);
        }
    }
}
