package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import glossa.core.AnnotatedArticle;
import glossa.exchange.ExportFormat;
import glossa.exchange.imports.CsvImporter;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.imports.Importer;
import glossa.exchange.imports.WebAnnotationImporter;
import glossa.exchange.json.Json;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Relation;

class RoundTripTest {

    enum Format {
        JSONLD(ExportFixtures.format("jsonld"), new WebAnnotationImporter()),
        CSV(ExportFixtures.format("csv"), new CsvImporter());

        final ExportFormat export;
        final Importer importer;

        Format(ExportFormat export, Importer importer) {
            this.export = export;
            this.importer = importer;
        }
    }

    private static ImportResult roundTrip(AnnotatedArticle from, AnnotatedArticle into, Format format)
            throws IOException {
        byte[] bytes = ExportFixtures.bytes(from, format.export, ExportFixtures.OPTIONS);
        return format.importer.read(into, new ByteArrayInputStream(bytes), new NullProgressMonitor());
    }

    /** What must survive: type, offsets, quote, context, attributes, memo, author, dates, status. */
    private static String describe(Annotation a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.getType().getId()).append(' ').append(a.getBegin()).append('-').append(a.getEnd()).append(" [")
                .append(a.getQuote()).append("] <").append(a.getPrefix()).append("|").append(a.getSuffix())
                .append("> ");
        for (AttributeValue v : a.getAttributes()) {
            sb.append(v.getName()).append('=').append(v.getValue()).append(';');
        }
        sb.append(" memo=").append(a.getMemo()).append(" by ").append(a.getAuthor()).append(' ')
                .append(a.getCreated() == null ? null : a.getCreated().getTime()).append(' ')
                .append(a.getModified() == null ? null : a.getModified().getTime()).append(' ').append(a.getStatus())
                .append(' ').append(a.getId());
        return sb.toString();
    }

    private static List<String> describeAll(List<Annotation> annotations) {
        return annotations.stream().sorted(Comparator.comparingInt(Annotation::getBegin)
                .thenComparingInt(Annotation::getEnd).thenComparing(a -> a.getType().getId()))
                .map(RoundTripTest::describe).toList();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportThenImportIntoAFreshDocumentGivesTheSameAnnotations(Format format) throws IOException {
        for (AnnotatedArticle article : List.of(ExportFixtures.small(), ExportFixtures.sample())) {
            AnnotatedArticle fresh = ExportFixtures.fresh(article);
            ImportResult result = roundTrip(article, fresh, format);
            assertTrue(result.report().isClean(), result.report().toString());
            result.applyTo(fresh.document());
            assertEquals(describeAll(article.document().getAnnotations()), describeAll(fresh.document().getAnnotations()));
            assertTrue(fresh.document().getAnnotations().stream().allMatch(a -> a.getAnchor() == AnchorState.EXACT));
        }
    }

    @org.junit.jupiter.api.Test
    void relationsSurviveTheJsonLdRoundTrip() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        AnnotatedArticle fresh = ExportFixtures.fresh(article);
        ImportResult result = roundTrip(article, fresh, Format.JSONLD);
        result.applyTo(fresh.document());
        assertEquals(1, fresh.document().getRelations().size());
        Relation relation = fresh.document().getRelations().get(0);
        assertEquals("counters", relation.getKind());
        assertEquals("r-1", relation.getId());
        assertEquals(ExportFixtures.openSource.getId(), relation.getSource().getId());
        assertEquals(ExportFixtures.measure.getId(), relation.getTarget().getId());
        assertTrue(fresh.document().getAnnotations().contains(relation.getSource()));
    }

    /** Files written before items inherited the collection's context repeat it in every item: they import the same. */
    @SuppressWarnings("unchecked")
    @org.junit.jupiter.api.Test
    void olderJsonLdWithAContextInEveryItemImportsTheSame() throws IOException {
        for (AnnotatedArticle article : List.of(ExportFixtures.small(), ExportFixtures.sample())) {
            String json = ExportFixtures.export(article, ExportFixtures.format("jsonld"), ExportFixtures.OPTIONS);
            Map<String, Object> collection = (Map<String, Object>) Json.parse(json);
            List<Object> items = (List<Object>) ((Map<String, Object>) collection.get("first")).get("items");
            List<Object> older = new ArrayList<>();
            for (Object item : items) {
                Map<String, Object> withContext = new LinkedHashMap<>();
                withContext.put("@context", collection.get("@context"));
                withContext.putAll((Map<String, Object>) item);
                older.add(withContext);
            }
            ((Map<String, Object>) collection.get("first")).put("items", older);
            byte[] olderBytes = Json.write(collection).getBytes(StandardCharsets.UTF_8);
            String olderJson = new String(olderBytes, StandardCharsets.UTF_8);
            assertEquals(items.size() + 1, olderJson.split("\"@context\"", -1).length - 1, "a context per item");

            AnnotatedArticle fromOlder = ExportFixtures.fresh(article);
            ImportResult result = new WebAnnotationImporter().read(fromOlder, new ByteArrayInputStream(olderBytes),
                    new NullProgressMonitor());
            assertTrue(result.report().isClean(), result.report().toString());
            result.applyTo(fromOlder.document());
            AnnotatedArticle fromNewer = ExportFixtures.fresh(article);
            roundTrip(article, fromNewer, Format.JSONLD).applyTo(fromNewer.document());
            assertEquals(article.document().getAnnotations().size(), fromOlder.document().getAnnotations().size());
            assertEquals(describeAll(fromNewer.document().getAnnotations()),
                    describeAll(fromOlder.document().getAnnotations()));
            assertEquals(fromNewer.document().getRelations().size(), fromOlder.document().getRelations().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void movedQuotesAreFoundAgainAndMissingOnesReportedNotPlaced(Format format) throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        // The text changed: a line inserted before everything (all quotes move), and "模型生态" reworded away.
        String edited = "新增的一行。\n" + ExportFixtures.TEXT.replace("开源模型生态", "开源模型体系");
        AnnotatedArticle target = ExportFixtures.fresh(article);
        target.setArticleText(target.articleText().withText(edited));
        ImportResult result = roundTrip(article, target, format);
        List<ImportReport.Problem> errors = result.report().errors();
        assertEquals(1, errors.size(), result.report().toString());
        assertTrue(errors.get(0).message().contains("模型生态"), errors.get(0).toString());
        assertEquals(4, errors.get(0).record(), "the fourth record holds 模型生态");
        if (format == Format.CSV) {
            assertEquals(6, errors.get(0).line(), "header + three rows, the first with a two-line memo");
        }
        assertEquals(3, result.annotations().size());
        for (Annotation a : result.annotations()) {
            assertEquals(a.getQuote(), edited.substring(a.getBegin(), a.getEnd()));
            assertEquals(AnchorState.MOVED, a.getAnchor());
        }
        assertEquals(3, result.report().problems().size() - errors.size(), "one warning per moved annotation");
        int shift = "新增的一行。\n".length();
        assertEquals(ExportFixtures.claim.getBegin() + shift, result.annotations().get(0).getBegin());
    }

    @org.junit.jupiter.api.Test
    void unknownTypesAreReportedAndBrokenInputIsNotReadAtAll() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        String csv = "\uFEFFtype,quote,begin,end\r\nNo such type,技术,0,2\r\n";
        ImportResult result = new CsvImporter().read(ExportFixtures.fresh(article),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new NullProgressMonitor());
        assertEquals(0, result.annotations().size());
        assertEquals(1, result.report().errors().size(), result.report().toString());
        assertTrue(result.report().errors().get(0).message().contains("No such type"));
        ImportFormatException broken = org.junit.jupiter.api.Assertions.assertThrows(ImportFormatException.class,
                () -> new CsvImporter().read(ExportFixtures.fresh(article), new ByteArrayInputStream(
                        (csv + "Claim,\"unterminated").getBytes(StandardCharsets.UTF_8)), new NullProgressMonitor()));
        assertEquals(List.of(3, 7), List.of(broken.line(), broken.column()), broken.getMessage());
        ImportFormatException truncated = org.junit.jupiter.api.Assertions.assertThrows(ImportFormatException.class,
                () -> new WebAnnotationImporter().read(ExportFixtures.fresh(article),
                        new ByteArrayInputStream("{\"type\": \"Annotation\", ".getBytes(StandardCharsets.UTF_8)),
                        new NullProgressMonitor()));
        assertEquals(List.of(1, 24), List.of(truncated.line(), truncated.column()), truncated.getMessage());
    }
}
