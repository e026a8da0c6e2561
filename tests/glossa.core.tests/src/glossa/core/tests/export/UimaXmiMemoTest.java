package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.imports.UimaXmiImporter;
import glossa.exchange.uima.UimaXmiExporter;
import glossa.model.Section;

/**
 * The memos of the document and of its sections in UIMA CAS XMI: {@code glossa.DocumentMemo} over the whole text,
 * a {@code memo} feature on {@code glossa.Section}; read back onto the document and the section with the same span.
 */
class UimaXmiMemoTest {

    private static String xmi(AnnotatedArticle article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UimaXmiExporter().export(article, ExportFixtures.OPTIONS, out, new NullProgressMonitor());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ImportResult read(AnnotatedArticle into, String xmi) throws IOException {
        return new UimaXmiImporter().read(into, new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)),
                new NullProgressMonitor());
    }

    private static AnnotatedArticle freshWithSections(AnnotatedArticle like) {
        AnnotatedArticle fresh = ExportFixtures.fresh(like);
        for (Section s : like.document().getSections()) {
            Section copy = EcoreUtil.copy(s);
            EcoreUtil.getAllContents(List.of(copy)).forEachRemaining(o -> ((Section) o).setMemo(null));
            copy.setMemo(null);
            fresh.document().getSections().add(copy);
        }
        return fresh;
    }

    @Test
    void theMemosAreWrittenOnceEachAndComeBackOnTheirSections() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        String xmi = xmi(article);
        assertEquals(1, xmi.split("<glossa:DocumentMemo ", -1).length - 1);
        assertEquals(3, xmi.split(" memo=\"", -1).length - 1 - article.document().getAnnotations().stream()
                .filter(a -> a.getMemo() != null).count(), "the document's and two sections'");

        AnnotatedArticle fresh = freshWithSections(article);
        ImportResult result = read(fresh, xmi);
        assertTrue(result.report().errors().isEmpty(), result.report().toString());
        assertEquals(3, result.memos().size());
        result.applyTo(fresh.document());
        assertEquals(ExportFixtures.DOCUMENT_MEMO, fresh.document().getMemo());
        assertEquals(ExportFixtures.SECTION_MEMO, ExportFixtures.numbered(fresh.document(), "一").getMemo());
        assertEquals(ExportFixtures.SUBSECTION_MEMO,
                ExportFixtures.numbered(fresh.document(), "二").getChildren().get(0).getMemo());
        assertNull(ExportFixtures.numbered(fresh.document(), "二").getMemo());
    }

    @Test
    void theSameFileAgainAddsNothingAndASectionThatIsGoneIsAnErrorWithItsLine() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        String xmi = xmi(article);
        ImportResult again = read(article, xmi);
        assertEquals(List.of(), again.memos());
        assertEquals(again.report().records(), again.report().alreadyPresent(), again.report().toString());
        assertTrue(again.isEmpty(), "the same file again adds nothing: no second relation either");

        AnnotatedArticle noSections = ExportFixtures.fresh(article);
        ImportResult result = read(noSections, xmi);
        assertEquals(2, result.report().errors().size(), result.report().toString());
        assertTrue(result.report().errors().stream().allMatch(e -> e.line() > 1 && e.message().contains("no section at")),
                result.report().toString());
        result.applyTo(noSections.document());
        assertEquals(ExportFixtures.DOCUMENT_MEMO, noSections.document().getMemo());
    }
}
