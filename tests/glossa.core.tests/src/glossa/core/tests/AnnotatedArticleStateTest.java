package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.Section;

/**
 * What an opened article tells about its annotations: whether the text changed under them, the sections they were
 * made on until re-anchored, the last re-anchoring, and what opening repaired.
 */
class AnnotatedArticleStateTest {

    private static final String OLD = "一、背景\n美国讨论出口管制。\n二、对策\n中国企业发展开源模型。\n";
    private static final String NEW = "前言\n一、背景\n美国讨论出口管制与签证。\n二、对策\n三、结语\n中国企业发展开源模型。\n";

    @TempDir
    Path dir;

    private final ArticleStore store = new ArticleStore();

    private AnnotatedArticle annotatedThenEdited() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), OLD, StandardCharsets.UTF_8);
        AnnotatedArticle article = store.open(file, null);
        int begin = OLD.indexOf("开源模型");
        article.document().getAnnotations().add(AnnotationFactory.create(OLD,
                article.document().getCodebook().getTypes().get(0), begin, begin + 4, "ana"));
        store.save(article, false, null);
        Files.writeString(file, NEW, StandardCharsets.UTF_8);
        return store.open(file, ArticleStore.ReanchorPolicy.DEFER, null);
    }

    @Test
    void theSectionsAnnotatedOnStayUntilTheAnnotationsAreReanchored() throws Exception {
        AnnotatedArticle article = annotatedThenEdited();
        assertTrue(article.textChangedSinceAnnotated());
        List<Section> old = article.sectionsAnnotatedOn();
        assertNotNull(old, "the old sections are kept while re-anchoring is pending");
        assertEquals(2, old.size());
        assertFalse(old.equals(article.document().getSections()), "the document now holds the new text's sections");

        article.setTextChangedSinceAnnotated(true);
        assertEquals(old, article.sectionsAnnotatedOn(), "still pending: the old sections stay");

        ReanchorReport report = article.reanchor(OLD, null);
        report.apply();
        article.reanchored(report);
        assertSame(report, article.reanchorReport());
        assertFalse(article.textChangedSinceAnnotated());
        assertNull(article.sectionsAnnotatedOn(), "re-anchored: the document's sections are the ones");
        Annotation moved = article.document().getAnnotations().get(0);
        assertEquals("开源模型", NEW.substring(moved.getBegin(), moved.getEnd()));
    }

    @Test
    void clearingTheChangeLetsTheOldSectionsGoAndNullClearsThem() throws Exception {
        AnnotatedArticle article = annotatedThenEdited();
        List<Section> old = article.sectionsAnnotatedOn();
        article.setTextChangedSinceAnnotated(false);
        assertNull(article.sectionsAnnotatedOn());
        article.setSectionsAnnotatedOn(old);
        assertEquals(old, article.sectionsAnnotatedOn());
        article.setSectionsAnnotatedOn(null);
        assertNull(article.sectionsAnnotatedOn());
    }

    @Test
    void anOffsetOutsideTheTextIsReportedAsALoadProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("b.txt"), OLD, StandardCharsets.UTF_8);
        AnnotatedArticle article = store.open(file, null);
        assertEquals(List.of(), article.loadProblems());
        int begin = OLD.indexOf("出口管制");
        Annotation a = AnnotationFactory.create(OLD, article.document().getCodebook().getTypes().get(0), begin,
                begin + 4, "ana");
        article.document().getAnnotations().add(a);
        store.save(article, false, null);
        String sidecar = Files.readString(AnnotatedArticle.sidecarOf(file));
        String broken = sidecar.replace("end=\"" + (begin + 4) + "\"", "end=\"" + (OLD.length() + 50) + "\"");
        assertFalse(broken.equals(sidecar), "the fixture moved the end past the text");
        Files.writeString(AnnotatedArticle.sidecarOf(file), broken);
        AnnotatedArticle reopened = store.open(file, null);
        assertEquals(1, reopened.loadProblems().size(), String.valueOf(reopened.loadProblems()));
        assertTrue(reopened.loadProblems().get(0).contains(a.getId()), reopened.loadProblems().get(0));
    }
}
