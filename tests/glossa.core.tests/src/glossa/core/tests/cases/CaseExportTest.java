package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import glossa.exchange.FormatRegistry;
import glossa.core.cases.CaseArticles;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.ExportFormat;
import glossa.exchange.export.ExportOptions;

class CaseExportTest {

    // Articles come in path order: follow-up.txt, proposal.txt, responses/reply.md.
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(Instant.parse("2025-09-26T12:00:00Z"));

    @TempDir
    Path root;

    private CaseArticles.Loaded loaded;
    private int total;

    @BeforeEach
    void writeCase() throws IOException {
        total = sum(CaseFixtures.article(root, "proposal.txt", 1, 2, 1, 0).values());
        total += sum(CaseFixtures.article(root, "responses/reply.md", 2, 1, 0, 3).values());
        total += sum(CaseFixtures.article(root, "follow-up.txt", 3, 0, 0, 0).values());
        loaded = CaseArticles.load(root, null);
    }

    private static int sum(Iterable<Integer> values) {
        int n = 0;
        for (int v : values) {
            n += v;
        }
        return n;
    }

    private byte[] export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseExporter(root, "DeepSeek case", loaded.articles(), loaded.codebook().codebook())
                .export(format.caseWriter(), OPTIONS, out, null);
        return out.toByteArray();
    }

    @Test
    void htmlHasOneContentsTableLinkingEveryArticleAndUniqueIds() throws IOException {
        org.jsoup.nodes.Document html = Jsoup.parse(new String(export(FormatRegistry.instance().exportFormat("html")),
                StandardCharsets.UTF_8));
        assertEquals("DeepSeek case", html.title());
        List<Element> rows = html.select("nav#toc tbody tr");
        assertEquals(3, rows.size());
        assertEquals(3, html.select("article.case-article").size());
        Set<String> ids = new HashSet<>();
        for (Element element : html.select("[id]")) {
            assertTrue(ids.add(element.id()), "duplicate id " + element.id());
        }
        for (Element link : html.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            assertTrue(ids.contains(target), "dangling link #" + target);
        }
        assertEquals(Integer.toString(total), html.selectFirst("nav#toc tfoot td.total").text());
        assertEquals(Integer.toString(total), html.getElementById("meta-count").text());
        assertEquals("3", html.getElementById("meta-articles").text());
        assertEquals(total, html.select("article.case-article li.entry").size());
        // Each article's type colours are scoped to it.
        assertTrue(html.select("article.case-article style").first().data().contains("#a1 .t0 .swatch"));
        // Document text stays escaped: the title line holds "<b>" and quotes.
        assertTrue(html.select("b").isEmpty());
        assertTrue(html.select("article#a1 .text").first().text().contains("\"文章\" <b>"));
        assertEquals("responses/reply.md", html.select("article.case-article").get(2).attr("data-source"));
    }

    @Test
    void csvHasOneHeaderAndOneRowPerAnnotationWithRelativePaths() throws IOException {
        String csv = new String(export(FormatRegistry.instance().exportFormat("csv")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFdocument,section number,section title,type,quote"));
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(total + 1, lines.length);
        assertEquals(1, csv.split("document,section number").length - 1, "one header");
        assertEquals(4, List.of(lines).stream().filter(l -> l.startsWith("responses/reply.md,")).count(), "1 claim + 3 counter-strategies");
        assertTrue(List.of(lines).stream().noneMatch(l -> l.startsWith(root.toString())), "no absolute paths");
    }

    @Test
    void jsonLdIsOneCollectionOverAllArticles() throws IOException {
        JsonNode json = new ObjectMapper().readTree(export(FormatRegistry.instance().exportFormat("jsonld")));
        assertEquals("AnnotationCollection", json.get("type").asText());
        assertEquals("http://www.w3.org/ns/anno.jsonld", json.get("@context").get(0).asText());
        assertEquals(total, json.get("total").asInt());
        JsonNode items = json.get("first").get("items");
        assertEquals(total, items.size());
        List<String> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            sources.add(item.get("target").get("source").asText());
            assertTrue(ids.add(item.get("id").asText()));
            assertFalse(item.has("@context"), "items inherit the collection's context");
        }
        assertEquals(Set.of("urn:glossa:article:proposal.txt", "urn:glossa:article:responses%2Freply.md"),
                new HashSet<>(sources));
    }

    @Test
    void commandLineCaseAndCaseExport() throws IOException {
        CliRun run = CliRun.of("case", root.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(total, json.get("total").asInt());
        assertEquals(3, json.get("articles").size());
        assertEquals("responses/reply.md", json.get("articles").get(2).get("path").asText());
        assertEquals(3, json.get("articles").get(2).get("counts").get("counter-strategy").asInt());
        assertFalse(Files.exists(root.resolve(".glossa-codebook.xmi")), "case reads only");

        Path target = root.resolve("case.csv");
        run = CliRun.of("case-export", root.toString(), "--format", "csv", "-o", target.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(total + 1, Files.readString(target).split("\r\n").length);

        // Markdown is no case format: bad input, a message naming the option and the case formats, nothing written.
        Path markdown = root.resolve("case.md");
        run = CliRun.of("case-export", root.toString(), "--format", "md", "-o", markdown.toString());
        assertEquals(2, run.code());
        String message = run.err();
        assertTrue(message.contains("invalid value for option '--format'") && message.contains("a case exports as"),
                message);
        assertFalse(Files.exists(markdown), "nothing written on bad input");
    }
}
