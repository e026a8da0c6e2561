package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.export.HtmlReportExporter;
import glossa.exchange.export.WebAnnotation;
import glossa.exchange.export.internal.Html;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.exchange.json.Json;
import glossa.core.text.ArticleText;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.model.SectionKind;

/** The pieces that make large exports fast keep the output exact: UTF-8 encoding, escaping, JSON lines, layering. */
class ExportStreamingTest {

    @Test
    void utf8WriterWritesTheSameBytesAsTheJdkEncoder() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 100 ? 40 : 20_000);
            for (int i = 0; i < length; i++) {
                text.append(switch (random.nextInt(8)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) (0x80 + random.nextInt(0x780));
                    case 2 -> "😀"; // a surrogate pair
                    case 3 -> (char) (0xD800 + random.nextInt(0x800)); // a surrogate, mostly unpaired
                    default -> (char) (0x4E00 + random.nextInt(0x5000)); // CJK
                });
            }
            String s = text.toString();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(out, 64); // a tiny buffer: many flushes in the middle of characters
            // Cut into pieces written in different ways, so pairs get split between writes.
            int at = 0;
            while (at < s.length()) {
                int end = Math.min(s.length(), at + 1 + random.nextInt(5000));
                switch (random.nextInt(4)) {
                    case 0 -> w.write(s, at, end - at);
                    case 1 -> w.append(new StringBuilder(s.substring(at, end)));
                    case 2 -> w.write(s.substring(at, end).toCharArray());
                    default -> {
                        for (int i = at; i < end; i++) {
                            w.write(s.charAt(i));
                        }
                    }
                }
                at = end;
            }
            w.finish();
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), "round " + round);
        }
    }

    /** Tricky characters for escaping and encoding, each drawn as often as the rest together. */
    private static String randomText(Random random, int length) {
        String tricky = "\"\\\n\r\t\b\f\u0000\u0001\u001F\u007F&<>'\u2028\u2029\u00E9\u07FF\u0800\uFFFD\uFFFF";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(8)) {
                case 0, 1 -> tricky.charAt(random.nextInt(tricky.length()));
                case 2 -> "😀"; // a pair
                case 3 -> (char) (0xD800 + random.nextInt(0x800)); // a surrogate, mostly unpaired
                case 4 -> (char) (0x20 + random.nextInt(0x60));
                default -> (char) (0x4E00 + random.nextInt(0x5000));
            });
        }
        return text.toString();
    }

    /**
     * Direct JSON strings, ASCII and numbers give the bytes jackson-core writes for the strings ({@link
     * Json#writeCompact}, Glossa's escaping) and of the text, encoded by the JDK.
     */
    @Test
    void directJsonWritesEqualQuotingThenEncoding() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(out, 16 + random.nextInt(100)); // small buffers: flushes everywhere
            StringBuilder expected = new StringBuilder();
            for (int piece = 0; piece < 20; piece++) {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        String s = randomText(random, random.nextInt(round < 150 ? 10 : 400));
                        w.writeJsonString(s);
                        expected.append(Json.writeCompact(s));
                    }
                    case 1 -> {
                        String ascii = ",\"key\":{[".substring(random.nextInt(8)).repeat(random.nextInt(40));
                        w.writeBytes(Utf8Writer.utf8(ascii));
                        expected.append(ascii);
                    }
                    default -> {
                        int n = switch (random.nextInt(4)) {
                            case 0 -> Integer.MIN_VALUE;
                            case 1 -> Integer.MAX_VALUE;
                            case 2 -> random.nextInt(20) - 10;
                            default -> random.nextInt();
                        };
                        w.writeInt(n);
                        expected.append(n);
                    }
                }
            }
            w.finish();
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(), "round " + round);
        }
    }

    /**
     * Direct HTML escaping writes the bytes of escaping into a builder and writing that, surrogates included: a pair
     * split between two text writes is joined, one split by markup or left alone becomes '?'.
     */
    @Test
    void directHtmlWritesEqualEscapingIntoABuilder() throws IOException {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            ByteArrayOutputStream viaBuilder = new ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(direct, 16 + random.nextInt(100));
            Utf8Writer reference = new Utf8Writer(viaBuilder, 16 + random.nextInt(100));
            for (int piece = 0; piece < 20; piece++) {
                if (random.nextInt(3) == 0) {
                    w.writeBytes(Utf8Writer.utf8("<mark class=\"t1\">"));
                    reference.append(new StringBuilder("<mark class=\"t1\">"));
                } else {
                    String s = randomText(random, random.nextInt(round < 150 ? 10 : 400));
                    int begin = s.isEmpty() ? 0 : random.nextInt(s.length());
                    int end = begin + random.nextInt(s.length() - begin + 1);
                    w.writeHtml(s, begin, end);
                    StringBuilder sb = new StringBuilder();
                    Html.escape(s, begin, end, sb);
                    reference.append(sb);
                }
            }
            w.finish();
            reference.finish();
            assertArrayEquals(viaBuilder.toByteArray(), direct.toByteArray(), "round " + round);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(out);
        w.writeHtml("a\uD83D", 0, 2);
        w.writeHtml("\uDE00b", 0, 2);
        w.writeHtml("\uD83D");
        w.writeBytes(Utf8Writer.utf8("<br>"));
        w.writeHtml("\uDE00<\u0001");
        w.finish();
        assertEquals("a😀b?<br>?&lt;\uFFFD", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void htmlEscapingOfARangeEqualsEscapingTheSubstring() {
        String s = "a<b>&\"c'd\u0001e\u007F中\tf\n";
        for (int begin = 0; begin <= s.length(); begin++) {
            for (int end = begin; end <= s.length(); end++) {
                StringBuilder sb = new StringBuilder("x");
                Html.escape(s, begin, end, sb);
                assertEquals("x" + Html.escape(s.substring(begin, end)), sb.toString());
            }
        }
        assertEquals("a&lt;b&gt;&amp;&quot;c&#39;d\uFFFDe\uFFFD中\tf\n", Html.escape(s));
        String clean = "技术出口管制 and plain text";
        assertSame(clean, Html.escape(clean), "nothing to escape: no copy");
    }

    @Test
    void jsonLdWritesEveryItemOnItsOwnLineAndEscapesExactly() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        String memo = "tab\t quote\" back\\ nl\n ctl\u0001 del\u007F ls\u2028 lone\uD800 pair😀 中文";
        ExportFixtures.claim.setMemo(memo);
        String json = ExportFixtures.export(article, ExportFixtures.format("jsonld"), ExportFixtures.OPTIONS);
        @SuppressWarnings("unchecked")
        Map<String, Object> collection = (Map<String, Object>) Json.parse(json);
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) ((Map<String, Object>) collection.get("first")).get("items");
        assertEquals(5, items.size(), "four annotations and one relation");
        List<String> lines = json.lines().filter(l -> l.startsWith("      {")).toList();
        assertEquals(items.size(), lines.size(), "one line per item");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            line = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
            assertEquals(items.get(i), Json.parse(line), "item " + i + " is complete on its line");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bodies = (List<Map<String, Object>>) ((Map<String, Object>) items.get(0)).get("body");
        assertEquals(memo, bodies.get(1).get("value"));
        assertFalse(json.contains("\u2028"), "U+2028 is escaped");
        assertTrue(json.contains("\\u0001") && json.contains("\\u007f") && json.contains("\\ud800"), json);
        assertTrue(json.contains("pair😀"), "a surrogate pair is written as it is");
        assertEquals(List.of("http://www.w3.org/ns/anno.jsonld", Map.of("glossa", "http://glossa.dev/model/1#")),
                collection.get("@context"), "one context, the collection's");
        assertTrue(items.stream().noneMatch(item -> ((Map<?, ?>) item).containsKey("@context")),
                "items, relations included, inherit it");
    }

    /** The single-scan CSV writer quotes exactly as RFC 4180 and the rules before it did, and reads back. */
    @Test
    void csvWriterQuotesLikeTheReferenceRulesAndReadsBack() throws IOException {
        Random random = new Random(11);
        String alphabet = "ab,\"\r\n \t中\u3000x='-";
        for (int round = 0; round < 2000; round++) {
            List<String> fields = new ArrayList<>();
            StringBuilder expected = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int f = 0; f < count; f++) {
                StringBuilder v = new StringBuilder();
                int length = random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    v.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String value = random.nextInt(10) == 0 ? null : v.toString();
                fields.add(value);
                expected.append(f == 0 ? "" : ",").append(referenceField(value));
            }
            expected.append("\r\n");
            java.io.StringWriter out = new java.io.StringWriter();
            new glossa.exchange.export.internal.CsvWriter(out).record(fields);
            assertEquals(expected.toString(), out.toString(), fields.toString());
            glossa.exchange.export.internal.CsvReader reader = new glossa.exchange.export.internal.CsvReader(
                    new java.io.StringReader(out.toString()));
            assertEquals(fields.stream().map(x -> x == null ? "" : x).toList(), reader.next(), out.toString());
            assertEquals(null, reader.next());
        }
    }

    /**
     * The quoting rule as it was written before the single-scan writer, after the OWASP rule: a value that would start
     * a formula once its leading apostrophes are skipped gets one apostrophe more.
     */
    private static String referenceField(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String rest = value.replaceFirst("^'*", "");
        if (!rest.isEmpty() && "=+-@\t\r".indexOf(rest.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Test
    void isoFormatWritesWhatInstantToStringWrites() {
        Random random = new Random(3);
        List<Long> millis = new ArrayList<>(List.of(0L, 1L, 999L, 1000L, -1L, -86_400_000L, 951_782_400_000L,
                253_402_300_799_999L, 253_402_300_800_000L, Long.MIN_VALUE / 2));
        for (int i = 0; i < 20_000; i++) {
            long ms = random.nextLong(-100_000_000_000_000L, 300_000_000_000_000L);
            millis.add(i % 3 == 0 ? ms / 1000 * 1000 : ms); // a third on whole seconds
        }
        for (long ms : millis) {
            java.util.Date date = new java.util.Date(ms);
            assertEquals(date.toInstant().toString(), glossa.exchange.export.internal.Iso.format(date), Long.toString(ms));
        }
        assertEquals("", glossa.exchange.export.internal.Iso.format(null));
    }

    @Test
    void iriRecognisesUuidIdsWithoutARegex() {
        assertEquals("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
                WebAnnotation.iri("a-0F8FAD5B-d9cb-469f-a165-70867728950e"));
        for (String other : List.of("a-0f8fad5b-d9cb-469f-a165-70867728950", "a-0f8fad5b-d9cb-469f-a165-70867728950g",
                "a-0f8fad5bxd9cb-469f-a165-70867728950e", "b-0f8fad5b-d9cb-469f-a165-70867728950e",
                "a-0f8fad5b-d9cb-469f-a165-7086772895０e", "my id")) {
            assertTrue(WebAnnotation.iri(other).startsWith("urn:glossa:id:"), other);
            assertEquals(other, WebAnnotation.glossaId(WebAnnotation.iri(other)));
        }
    }

    /** The JSON-LD export writes every id, relation ends included, as {@link WebAnnotation#iri} gives it. */
    @Test
    void jsonLdIdsAreTheIrisOfTheGlossaIds() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        List<Annotation> annotations = article.document().getAnnotations();
        annotations.get(0).setId("a-0F8FAD5B-D9CB-469F-A165-70867728950E"); // a UUID in upper case
        annotations.get(1).setId("my id/2 \"中\""); // not a UUID
        String json = ExportFixtures.export(article, ExportFixtures.format("jsonld"), ExportFixtures.OPTIONS);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) Json
                .parse(json)).get("first")).get("items");
        List<String> expected = new ArrayList<>();
        for (Annotation a : annotations) {
            expected.add(WebAnnotation.iri(a.getId()));
        }
        List<Object> written = items.stream().limit(annotations.size()).map(item -> item.get("id")).toList();
        assertEquals(new HashSet<>(expected), new HashSet<>(written));
        assertTrue(written.contains("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"), written.toString());
        Relation relation = article.document().getRelations().get(0);
        Map<String, Object> link = items.get(items.size() - 1);
        assertEquals(WebAnnotation.iri(relation.getSource().getId()), link.get("target"));
        assertEquals(WebAnnotation.iri(relation.getTarget().getId()), ((List<?>) link.get("body")).get(1));
    }

    /**
     * Many random overlapping annotations: every highlighted piece lists exactly the annotations covering it,
     * outermost (lowest number) first, and the pieces put together give back the section text.
     */
    @Test
    void htmlSegmentsListExactlyTheAnnotationsCoveringThem() throws IOException {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        String text = (sample + "\n" + sample).substring(0, 3000);
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        document.getSections().add(ExportFixtures.section("一", "甲", 0, 1200, SectionKind.BODY));
        document.getSections().add(ExportFixtures.section("二", "乙", 1200, 3000, SectionKind.BODY));
        List<AnnotationType> types = Codebooks.activeTypes(document.getCodebook());
        Random random = new Random(7);
        for (int i = 0; i < 600; i++) {
            int begin = random.nextInt(text.length() - 1);
            int end = Math.min(text.length(), begin + 1 + random.nextInt(i % 10 == 0 ? 400 : 40));
            try {
                document.getAnnotations().add(AnnotationFactory.create(text, types.get(i % types.size()), begin, end, "x"));
            } catch (IllegalArgumentException blank) {
                // a span of white space only: not an annotation
            }
        }
        AnnotatedArticle article = new AnnotatedArticle(Path.of("random.txt"), ArticleText.of(text), document);
        org.jsoup.nodes.Document html = Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"),
                ExportFixtures.OPTIONS));
        // Number -> span and colour as the report numbers them; each entry must be of its annotation's type.
        glossa.exchange.export.ExportModel model = glossa.exchange.export.ExportModel.of(article, ExportFixtures.OPTIONS);
        Map<Integer, int[]> spans = new TreeMap<>();
        Map<Integer, String> colours = new TreeMap<>();
        for (Annotation a : document.getAnnotations()) {
            int number = model.number(a);
            spans.put(number, new int[] { a.getBegin(), a.getEnd() });
            colours.put(number, a.getType().getColor().toUpperCase(java.util.Locale.ROOT));
            assertEquals(a.getType().getId(), HtmlReportExporterTest.typeOf(html, html.getElementById("ann-" + number)));
        }
        assertEquals(document.getAnnotations().size(), html.select("li.entry").size());
        ReportCss css = new ReportCss(html);
        assertEquals(document.getAnnotations().size(), spans.size(), "every annotation numbered once");
        int[][] sections = { { 0, 1200 }, { 1200, 3000 } };
        int checked = 0;
        int deepest = 0;
        for (int s = 0; s < 2; s++) {
            Element div = html.selectFirst("#sec-" + (s + 1) + " div.text");
            int offset = sections[s][0];
            StringBuilder seen = new StringBuilder();
            for (Node node : div.childNodes()) {
                if (node instanceof TextNode t) {
                    assertEquals(List.of(), covering(spans, sections[s][0], offset, sections[s][1]), "plain text at " + offset);
                    seen.append(t.getWholeText());
                    offset += t.getWholeText().length();
                } else if (node instanceof Element e && e.tagName().equals("mark")) {
                    List<Integer> expected = covering(spans, sections[s][0], offset, sections[s][1]);
                    List<Integer> listed = expected.subList(0, Math.min(expected.size(), HtmlReportExporter.MAX_REFS));
                    assertEquals(String.join(" ", listed.stream().map(String::valueOf).toList()), e.attr("data-refs"),
                            "piece at " + offset);
                    // As the page draws it: the outermost's colour as background, one bar per further layer, in order.
                    Map<String, String> style = css.styleOf(e);
                    assertEquals(colours.get(expected.get(0)) + "55", style.get("background-color"), "piece at " + offset);
                    List<String> bars = new ArrayList<>();
                    for (int layer = 1; layer < Math.min(expected.size(), HtmlReportExporter.MAX_LAYERS); layer++) {
                        bars.add("inset 0 -" + 3 * layer + "px 0 " + colours.get(expected.get(layer)));
                    }
                    assertEquals(bars.isEmpty() ? null : String.join(",", bars), style.get("box-shadow"),
                            "piece at " + offset);
                    deepest = Math.max(deepest, expected.size());
                    seen.append(e.wholeText());
                    offset += e.wholeText().length();
                    checked++;
                }
            }
            assertEquals(text.substring(sections[s][0], sections[s][1]), seen.toString());
        }
        assertTrue(checked > 500, "many highlighted pieces: " + checked);
        assertTrue(deepest >= 4, "deep overlaps: " + deepest);
    }

    /** Numbers of the section's annotations covering {@code offset} (clamped to the section), ascending. */
    private static List<Integer> covering(Map<Integer, int[]> spans, int sectionBegin, int offset, int sectionEnd) {
        List<Integer> numbers = new ArrayList<>();
        spans.forEach((n, span) -> {
            if (span[0] >= sectionBegin && span[0] <= offset && Math.min(span[1], sectionEnd) > offset) {
                numbers.add(n);
            }
        });
        return numbers;
    }
}
