package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.suggest.CaseLearning;

/**
 * Annotate &gt; Suggest in an article of a case learns from the decisions saved in the case's other articles: B has
 * none of its own, so a suggestion of the learning recommender can only come from A's sidecar.
 */
class CaseLearningEditorTest {

    private static final String A_TEXT = "政府宣布出口禁令。天气很好。政府宣布进口禁令。午饭吃面。政府宣布技术禁令。"
            + "公司加快自主研发。公园有花。公司加快国产替代。";
    private static final String B_TEXT = "政府宣布芯片禁令。今天下雨。公司加快芯片研发。";

    private IProject project;

    @BeforeEach
    void createCase() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("learning-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws Exception {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        project.delete(true, true, null);
    }

    @Test
    void suggestLearnsFromTheDecisionsSavedInTheOtherArticlesOfTheCase() throws Exception {
        Path root = project.getLocation().toFile().toPath();
        Path a = root.resolve("a.txt");
        Files.writeString(a, A_TEXT, StandardCharsets.UTF_8);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle saved = store.open(a, null);
        confirm(saved, "policy-measure", "政府宣布出口禁令。", "政府宣布进口禁令。", "政府宣布技术禁令。");
        confirm(saved, "counter-strategy", "公司加快自主研发。", "公司加快国产替代。");
        store.save(saved, false, null);
        Files.writeString(root.resolve("b.txt"), B_TEXT, StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile b = project.getFile("b.txt");

        GlossaEditor editor = (GlossaEditor) IDE.openEditor(EditorTestSupport.page(), b, "glossa.ui.editor");
        EditorTestSupport.settle();
        Document document = EditorTestSupport.context(editor).article().document();
        EditorTestSupport.focus(editor);
        EditorTestSupport.executeCommand("glossa.ui.suggest");
        int begin = B_TEXT.indexOf("政府宣布芯片禁令。");
        assertTrue(TestSupport.waitUntil(() -> learned(document).stream()
                .anyMatch(s -> s.getBegin() == begin && "policy-measure".equals(s.getType().getId())), 30_000),
                () -> "the learner proposes in B what was confirmed in A: " + document.getAnnotations());

        assertTrue(CaseLearning.isKept(root), "the case's decisions are kept for the next suggestion");
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        project.close(null);
        assertFalse(CaseLearning.isKept(root), "and dropped when the project closes");
        project.open(null);
    }

    private static List<Annotation> learned(Document document) {
        return List.copyOf(document.getAnnotations()).stream()
                .filter(x -> x.getStatus() == AnnotationStatus.SUGGESTED && "learned".equals(x.getRecommender()))
                .toList();
    }

    private static void confirm(AnnotatedArticle article, String typeId, String... quotes) {
        AnnotationType type = Codebooks.find(article.document().getCodebook(), typeId).orElseThrow();
        for (String quote : quotes) {
            int begin = article.text().indexOf(quote);
            article.document().getAnnotations().add(AnnotationFactory.create(article.text(), type, begin,
                    begin + quote.length(), "analyst"));
        }
    }
}
