package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import glossa.core.AnnotatedArticle;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.core.tests.export.RoundTripTest.Format;
import glossa.model.Annotation;

/** Importing annotations the article already holds adds nothing and says so; anything that differs is imported. */
class ImportDuplicatesTest {

    private static ImportResult read(byte[] bytes, AnnotatedArticle into, Format format) throws IOException {
        return format.importer.read(into, new ByteArrayInputStream(bytes), new NullProgressMonitor());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void reimportingTheSameExportAddsNothing(Format format) throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        byte[] export = ExportFixtures.bytes(article, format.export, ExportFixtures.OPTIONS);
        List<Annotation> before = List.copyOf(article.document().getAnnotations());
        int relationsBefore = article.document().getRelations().size();

        ImportResult result = read(export, article, format);

        assertTrue(result.annotations().isEmpty(), result.report().toString());
        assertTrue(result.relations().isEmpty(), result.report().toString());
        ImportReport report = result.report();
        assertTrue(report.errors().isEmpty(), report.toString());
        assertEquals(0, report.imported());
        int expected = before.size() + (format == Format.JSONLD ? relationsBefore : 0);
        assertEquals(expected, report.alreadyPresent(), report.toString());
        assertEquals(expected, report.problems().size(), report.toString());
        for (ImportReport.Problem problem : report.problems()) {
            assertEquals(ImportReport.Severity.INFO, problem.severity(), problem.toString());
            assertTrue(problem.message().startsWith("already present"), problem.toString());
        }
        result.applyTo(article.document());
        assertEquals(before, article.document().getAnnotations(), "same annotations, same ids");
        assertEquals(relationsBefore, article.document().getRelations().size());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aSecondImportIntoAFreshArticleAddsNothing(Format format) throws IOException {
        AnnotatedArticle source = ExportFixtures.small();
        byte[] export = ExportFixtures.bytes(source, format.export, ExportFixtures.OPTIONS);
        AnnotatedArticle target = ExportFixtures.fresh(source);
        ImportResult first = read(export, target, format);
        first.applyTo(target.document());
        assertEquals(source.document().getAnnotations().size(), target.document().getAnnotations().size());

        ImportResult second = read(export, target, format);

        assertEquals(0, second.annotations().size(), second.report().toString());
        assertEquals(first.annotations().size(), second.report().alreadyPresent()
                - (format == Format.JSONLD ? first.relations().size() : 0));
        second.applyTo(target.document());
        assertEquals(source.document().getAnnotations().size(), target.document().getAnnotations().size());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anAnnotationThatDiffersInMemoOrAttributesIsImported(Format format) throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        byte[] export = ExportFixtures.bytes(article, format.export, ExportFixtures.OPTIONS);
        // The article changed after the export: one memo edited, one annotation's attributes removed.
        Annotation memo = ExportFixtures.claim;
        memo.setMemo("edited after the export");
        Annotation attributes = ExportFixtures.measure;
        attributes.getAttributes().clear();
        int total = article.document().getAnnotations().size();

        ImportResult result = read(export, article, format);

        ImportReport report = result.report();
        assertEquals(2, result.annotations().size(), report.toString());
        assertEquals(total - 2, report.alreadyPresent(), report.toString());
        assertTrue(result.annotations().stream().anyMatch(a -> a.getBegin() == memo.getBegin()
                && a.getEnd() == memo.getEnd() && !"edited after the export".equals(a.getMemo())));
        assertTrue(result.annotations().stream().anyMatch(a -> a.getBegin() == attributes.getBegin()
                && !a.getAttributes().isEmpty()));
    }

    @Test
    void aJsonLdRelationToAnAnnotationAlreadyPresentConnectsTheExistingOne() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        byte[] export = ExportFixtures.bytes(article, Format.JSONLD.export, ExportFixtures.OPTIONS);
        article.document().getRelations().clear();

        ImportResult result = read(export, article, Format.JSONLD);

        assertTrue(result.annotations().isEmpty(), result.report().toString());
        assertEquals(1, result.relations().size(), result.report().toString());
        assertSame(ExportFixtures.openSource, result.relations().get(0).getSource());
        assertSame(ExportFixtures.measure, result.relations().get(0).getTarget());
    }
}
