package glossa.core.tests.agreement;

import static glossa.core.tests.cli.CliRun.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.tests.cli.CliRun;

/** {@code glossa-cli agreement}: the JSON shape, coders, a section, sidecars as coders, a case and the report. */
class AgreementCliTest {

    /** A hostile title line (the report's title), then sections 一 and 二. */
    private static final String HEAD = "=1+2 <script>alert('x')</script>\n";
    private static final String TEXT = HEAD + "一、背景\n" + "a".repeat(80) + "\n" + "二、内容\n" + "b".repeat(80)
            + "\n";
    private static final int H = HEAD.length();
    private static final int L = TEXT.length();
    private static final int TWO = TEXT.indexOf("二、");

    @TempDir
    Path dir;
    private Path article;

    private static void annotate(Path file, String author, String type, int begin, int end) {
        CliRun r = CliRun.of("annotate", file.toString(), "--type", type, "--begin", "" + begin, "--end", "" + end,
                "--author", author);
        assertEquals(0, r.code(), r.err());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @BeforeEach
    void article() throws IOException {
        article = Files.writeString(dir.resolve("article.txt"), TEXT);
        annotate(article, "ana", "claim", H + 5, H + 35);
        annotate(article, "bo", "claim", H + 15, H + 35); // they differ on 10 characters
        annotate(article, "ana", "policy-measure", TWO + 10, TWO + 40);
        annotate(article, "bo", "policy-measure", TWO + 10, TWO + 40);
    }

    @Test
    void printsTheFiguresAsJsonInTheAgreedShape() {
        Map<String, Object> json = jsonOf("agreement", article.toString(), "--json");
        assertEquals(List.of("coders", "units", "types", "overall"), List.copyOf(json.keySet()));
        assertEquals(List.of("ana", "bo"), json.get("coders"));
        assertEquals("characters", json.get("units"));
        Map<String, Object> types = map(json.get("types"));
        assertEquals(List.of("claim", "policy-measure"), List.copyOf(types.keySet()));
        Map<String, Object> claim = map(types.get("claim"));
        assertEquals(List.of("percent", "kappa", "alpha", "alphaU"), List.copyOf(claim.keySet()));
        // 10 of L characters differ for claim; the coders mark 30 and 20 of them.
        double observed = 1 - 10.0 / L;
        assertEquals(observed, (Double) claim.get("percent"), 1e-12);
        double pa = 30.0 / L;
        double pb = 20.0 / L;
        double chance = pa * pb + (1 - pa) * (1 - pb);
        assertEquals((observed - chance) / (1 - chance), (Double) claim.get("kappa"), 1e-12);
        Map<String, Object> measure = map(types.get("policy-measure"));
        assertEquals(1.0, (Double) measure.get("alpha"), 1e-12);
        assertEquals(1.0, (Double) measure.get("alphaU"), 1e-12);
        Map<String, Object> overall = map(json.get("overall"));
        assertEquals(List.of("percent", "kappa", "alpha", "alphaU"), List.copyOf(overall.keySet()));
        assertEquals(observed, (Double) overall.get("percent"), 1e-12);
    }

    @Test
    void kappaOnlyForExactlyTwoCoders() {
        annotate(article, "cy", "claim", H + 5, H + 35);
        Map<String, Object> json = jsonOf("agreement", article.toString(), "--json");
        assertEquals(List.of("ana", "bo", "cy"), json.get("coders"));
        assertFalse(map(json.get("overall")).containsKey("kappa"));
        assertFalse(map(map(json.get("types")).get("claim")).containsKey("kappa"));
        Map<String, Object> two = jsonOf("agreement", article.toString(), "--coders", "cy,ana", "--json");
        assertEquals(List.of("cy", "ana"), two.get("coders"));
        assertEquals(1.0, (Double) map(map(two.get("types")).get("claim")).get("kappa"), 1e-12);
        // cy never marks a measure where ana does: agreement on it is no better than chance.
        Map<String, Object> measure = map(map(two.get("types")).get("policy-measure"));
        assertEquals(1 - 30.0 / L, (Double) measure.get("percent"), 1e-12);
        assertEquals(0.0, (Double) measure.get("kappa"), 1e-12);
    }

    @Test
    void aSectionComparesOnlyItsCharacters() {
        Map<String, Object> json = jsonOf("agreement", article.toString(), "--section", "二", "--json");
        assertEquals(List.of("policy-measure"), List.copyOf(map(json.get("types")).keySet()));
        assertEquals(1.0, (Double) map(json.get("overall")).get("percent"), 1e-12);
        CliRun missing = CliRun.of("agreement", article.toString(), "--section", "九");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("glossa: no section '九'"), missing.err());
    }

    @Test
    void unknownCodersAndOptionsAreBadInput() {
        CliRun r = CliRun.of("agreement", article.toString(), "--coders", "ana,zoe");
        assertEquals(2, r.code());
        assertEquals("glossa: no annotations by coder 'zoe' (coders: ana, bo)\n", r.err());
        assertEquals(2, CliRun.of("agreement", dir.resolve("nothing.txt").toString()).code());
        assertEquals(2, CliRun.of("agreement", article.toString(), "--report", dir.resolve("r.pdf").toString()).code());
        assertEquals(2, CliRun.of("agreement", dir.toString(), "--section", "一").code());
    }

    @Test
    void printsATableForPeople() {
        CliRun r = CliRun.of("agreement", article.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("coders: ana, bo; units: characters; compared: " + L, lines.get(0));
        assertTrue(lines.get(1).matches("TYPE\\s+PERCENT\\s+KAPPA\\s+ALPHA\\s+ALPHA_U"), lines.get(1));
        String percent = String.format(java.util.Locale.ROOT, "%.1f%%", 100 - 1000.0 / L).replace(".", "\\.");
        assertTrue(lines.get(2).matches("claim\\s+" + percent + "\\s+[-0-9.]+\\s+[-0-9.]+\\s+[-0-9.]+"), lines.get(2));
        assertTrue(lines.get(4).startsWith("overall"), lines.get(4));
    }

    @Test
    void sidecarsAsCoders() throws IOException {
        Path other = Files.createDirectories(dir.resolve("colleague")).resolve("article.txt");
        Files.writeString(other, TEXT);
        annotate(other, "somebody", "claim", H + 5, H + 35);
        Path theirs = dir.resolve("colleague/article.txt.glossa");
        Map<String, Object> json = jsonOf("agreement", article.toString(), "--with", theirs.toString(), "--json");
        assertEquals(List.of(article + ".glossa", theirs.toString()), json.get("coders"));
        // Their claim equals ana's; our sidecar holds ana's and bo's claims, one coder now: the union 10..40.
        assertEquals(1.0, (Double) map(map(json.get("types")).get("claim")).get("alpha"), 1e-12);
    }

    @Test
    void aCaseFolderComparesEveryArticle() throws IOException {
        Path second = Files.writeString(dir.resolve("second.txt"), TEXT);
        annotate(second, "ana", "claim", H, H + 10);
        annotate(second, "bo", "claim", H, H + 10);
        Map<String, Object> json = jsonOf("agreement", dir.toString(), "--json");
        assertEquals(List.of("ana", "bo"), json.get("coders"));
        // Two articles, 10 characters differing in the first.
        assertEquals(1 - 10.0 / (2 * L), (Double) map(json.get("overall")).get("percent"), 1e-12);
    }

    @Test
    void writesAnEscapedHtmlReportAndADefusedCsvReport() throws IOException {
        annotate(article, "<b>bold</b>", "claim", H + 50, H + 60);
        Path html = dir.resolve("agreement.html");
        CliRun r = CliRun.of("agreement", article.toString(), "--report", html.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("&lt;b&gt;bold&lt;/b&gt;"), "the coder's name is escaped");
        assertTrue(page.contains("=1+2 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the title is escaped");
        assertFalse(page.contains("<script>") || page.contains("<b>bold"));
        assertTrue(page.contains("一 背景") && page.contains("二 内容"), "a row per section");
        Path csv = dir.resolve("agreement.csv");
        assertEquals(0, CliRun.of("agreement", article.toString(), "--coders", "ana,bo", "--report", csv.toString())
                .code());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFscope,depth,type,type_name,coders,characters,percent,kappa,alpha,alpha_u", rows.get(0));
        String percent = String.format(java.util.Locale.ROOT, "%.6f", 1 - 10.0 / L);
        assertTrue(rows.get(1).startsWith("'=1+2 <script>alert('x')</script>,0,,(all types),ana; bo," + L + ","
                + percent + ","), "the title cell is defused: " + rows.get(1));
        assertTrue(rows.stream().skip(1).allMatch(row -> row.startsWith("'=1+2") || !row.startsWith("=")));
        // Never over the article; an existing report only with --force.
        CliRun refused = CliRun.of("agreement", article.toString(), "--report", article.toString());
        assertEquals(2, refused.code());
        assertEquals(TEXT, Files.readString(article));
        assertEquals(2, CliRun.of("agreement", article.toString(), "--report", csv.toString()).code());
        assertEquals(0, CliRun.of("agreement", article.toString(), "--report", csv.toString(), "--force").code());
    }
}
