package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;

/**
 * Validates the JSON-LD export against every "must" assertion of the W3C Web Annotation test suite
 * (resources/w3c-web-annotation-tests, draft-04 JSON Schemas; see its SOURCE.txt): each annotation, with the
 * {@code @context} it inherits from the collection, against the annotation assertions, the collection and its
 * embedded page against theirs.
 */
class WebAnnotationSchemaTest {

    private static final String BASE = "https://w3c-web-annotation-tests.invalid/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SchemaRegistry registry;
    private static final Map<String, List<Path>> MUSTS = new HashMap<>();
    private static Path ROOT;

    @BeforeAll
    static void loadSchemas() throws IOException {
        Path root = Path.of(System.getProperty("glossa.repo"), "tests/glossa.core.tests/resources/w3c-web-annotation-tests");
        Map<String, String> byIri = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        List<Path> definitions = files.stream().filter(p -> p.getParent().getFileName().toString().equals("definitions"))
                .toList();
        for (Path file : files) {
            // Schemas name themselves and their references by bare file name, relative to their own folder: serve
            // each folder under its own base, with the shared definitions beside every assertion.
            String folder = BASE + root.relativize(file.getParent()).toString().replace('\\', '/') + "/";
            byIri.put(folder + file.getFileName(), Files.readString(file));
            for (Path definition : definitions) {
                byIri.putIfAbsent(folder + definition.getFileName(), Files.readString(definition));
            }
            JsonNode schema = MAPPER.readTree(file.toFile());
            if ("must".equals(schema.path("assertionType").asText())) {
                String group = root.relativize(file).toString().startsWith("collections/pages/") ? "page"
                        : root.relativize(file).toString().startsWith("collections/") ? "collection" : "annotation";
                MUSTS.computeIfAbsent(group, g -> new ArrayList<>()).add(file);
            }
        }
        ROOT = root;
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(byIri));
        // The copied suite holds 54 annotation, 10 collection and 15 page "must" assertions: none may go missing.
        assertEquals(54, MUSTS.get("annotation").size(), "annotation musts");
        assertEquals(10, MUSTS.get("collection").size(), "collection musts");
        assertEquals(15, MUSTS.get("page").size(), "page musts");
    }

    private static List<String> violations(JsonNode node, String group) {
        List<String> problems = new ArrayList<>();
        for (Path file : MUSTS.get(group)) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + ROOT.relativize(file).toString().replace('\\', '/')));
            List<Error> errors = schema.validate(node);
            if (!errors.isEmpty()) {
                problems.add(file.getFileName() + ": " + errors);
            }
        }
        return problems;
    }

    private static JsonNode export(AnnotatedArticle article) throws IOException {
        return MAPPER.readTree(ExportFixtures.export(article, ExportFixtures.format("jsonld"), ExportFixtures.OPTIONS));
    }

    @Test
    void everyAnnotationPageAndTheCollectionPassEveryMustAssertion() throws IOException {
        for (AnnotatedArticle article : List.of(ExportFixtures.small(), ExportFixtures.sample(),
                ExportFixtures.smallWithMemos())) {
            JsonNode collection = export(article);
            assertEquals(List.of(), violations(collection, "collection"));
            JsonNode page = ((ObjectNode) collection.get("first").deepCopy()).put("@context",
                    "http://www.w3.org/ns/anno.jsonld"); // the page as it would be served on its own
            assertEquals(List.of(), violations(page, "page"));
            JsonNode items = collection.get("first").get("items");
            assertTrue(items.size() > 3);
            for (JsonNode item : items) {
                assertEquals(List.of(), violations(standalone(collection, item), "annotation"), item.toString());
            }
        }
    }

    /**
     * An item as it would be served on its own: with the {@code @context} it inherits from the collection (JSON-LD
     * scoping). An item's own {@code @context}, as files written before carried, stays and is checked instead.
     */
    private static ObjectNode standalone(JsonNode collection, JsonNode item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("@context", collection.get("@context").deepCopy());
        node.setAll((ObjectNode) item.deepCopy());
        return node;
    }

    @Test
    void itemsInheritTheCollectionsContextInsteadOfRepeatingIt() throws IOException {
        JsonNode collection = export(ExportFixtures.small());
        JsonNode context = collection.get("@context");
        assertEquals("http://www.w3.org/ns/anno.jsonld", context.get(0).asText());
        assertEquals("http://glossa.dev/model/1#", context.get(1).get("glossa").asText(),
                "the collection declares the glossa: prefix its items use");
        for (JsonNode item : collection.get("first").get("items")) {
            assertFalse(item.has("@context"), item.toString());
        }
        // Without the inherited context an item is not a valid annotation: the standalone view is what passes.
        JsonNode item = collection.get("first").get("items").get(0);
        assertFalse(violations(item, "annotation").isEmpty());
        assertEquals(List.of(), violations(standalone(collection, item), "annotation"));
    }

    @Test
    void theValidatorRejectsBrokenAnnotations() throws IOException {
        JsonNode collection = export(ExportFixtures.small());
        ObjectNode good = standalone(collection, collection.get("first").get("items").get(0));
        assertEquals(List.of(), violations(good, "annotation"));
        ObjectNode noContext = good.deepCopy();
        noContext.remove("@context");
        assertFalse(violations(noContext, "annotation").isEmpty(), "missing @context");
        ObjectNode badDate = good.deepCopy();
        badDate.put("created", "26 September 2025");
        assertFalse(violations(badDate, "annotation").isEmpty(), "created is not xsd:dateTime");
        ObjectNode noTarget = good.deepCopy();
        noTarget.remove("target");
        assertFalse(violations(noTarget, "annotation").isEmpty(), "missing target");
        ObjectNode badCollection = (ObjectNode) export(ExportFixtures.small());
        badCollection.put("total", -1);
        assertFalse(violations(badCollection, "collection").isEmpty(), "negative total");
    }

    @Test
    void annotationsCarryTheRequiredPieces() throws IOException {
        JsonNode collection = export(ExportFixtures.small());
        assertEquals("AnnotationCollection", collection.get("type").asText());
        assertEquals("技术封锁 test", collection.get("label").asText());
        assertEquals(5, collection.get("total").asInt(), "4 annotations + 1 linking annotation");
        assertEquals("AnnotationPage", collection.get("first").get("type").asText());
        ArrayNode items = (ArrayNode) collection.get("first").get("items");
        assertEquals(5, items.size());
        JsonNode claim = items.get(0);
        assertEquals("classifying", claim.get("motivation").asText());
        assertTrue(claim.get("id").asText().startsWith("urn:uuid:"));
        assertEquals("classifying", claim.get("body").get(0).get("purpose").asText());
        assertEquals("Claim", claim.get("body").get(0).get("value").asText());
        assertEquals("claim", claim.get("body").get(0).get("glossa:typeId").asText());
        assertEquals("commenting", claim.get("body").get(1).get("purpose").asText());
        assertEquals("主张, with \"quotes\", commas\nand a new line", claim.get("body").get(1).get("value").asText());
        JsonNode selectors = claim.get("target").get("selector");
        assertEquals("TextQuoteSelector", selectors.get(0).get("type").asText());
        assertEquals("技术出口管制", selectors.get(0).get("exact").asText());
        assertTrue(selectors.get(0).get("prefix").asText().endsWith("美国政府讨论"));
        assertEquals("TextPositionSelector", selectors.get(1).get("type").asText());
        assertEquals("ana", claim.get("creator").get("name").asText());
        assertEquals("2025-09-20T08:15:30.123Z", claim.get("created").asText());
        JsonNode link = items.get(4);
        assertEquals("linking", link.get("motivation").asText());
        assertEquals(items.get(2).get("id").asText(), link.get("target").asText());
        assertEquals(items.get(1).get("id").asText(), link.get("body").get(1).asText());
    }

    @Test
    void textPositionsCountCodePointsNotUtf16Units() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        String text = "\uD83D\uDE00\uD83D\uDE00 emoji 𠀀汉字 here";
        article.setArticleText(article.articleText().withText(text));
        article.document().getSections().clear();
        article.document().getAnnotations().clear();
        article.document().getRelations().clear();
        int begin = text.indexOf("𠀀");
        Annotation a = AnnotationFactory.create(text, article.document().getCodebook().getTypes().get(0), begin,
                begin + 4, "t");
        article.document().getAnnotations().add(a);
        JsonNode position = export(article).get("first").get("items").get(0).get("target").get("selector").get(1);
        int start = text.codePointCount(0, begin);
        assertEquals(begin - 2, start, "two emoji before: two fewer code points than UTF-16 units");
        assertEquals(start, position.get("start").asInt());
        assertEquals(start + 3, position.get("end").asInt(), "𠀀汉字 is three code points, four UTF-16 units");
    }
}
