package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.core.title.TitleDetector;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.properties.DocumentPropertySource;

/** The article's title in the Properties view: detected, overridden by the analyst, undone, reset. */
class DocumentTitlePropertyTest {

    @TempDir
    Path temp;

    @Test
    void theAnalystOverridesTheDetectedTitleUndoablyAndCanGiveItBack() throws Exception {
        Path sample = temp.resolve("article.zh.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), sample);
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        AnnotatedArticle article = new AnnotatedArticle(sample, new ArticleText(text, StandardCharsets.UTF_8, false),
                document);
        FakeEditorContext context = new FakeEditorContext(article);
        CommandStack stack = context.editingDomain().getCommandStack();
        DocumentPropertySource source = new DocumentPropertySource(context);

        String detected = TitleDetector.title(article);
        assertTrue(detected.contains("DeepSeek"), detected); // the headline, not the stray "logo" line
        assertEquals(detected, source.getPropertyValue("title"));
        assertEquals(Messages.Property_titleDetected, source.getPropertyValue("detected"));
        assertFalse(source.isPropertySet("title"));

        source.setPropertyValue("title", detected); // confirming the detected title stores nothing
        assertFalse(stack.canUndo());

        source.setPropertyValue("title", "  技术封锁与突围  ");
        assertEquals("技术封锁与突围", document.getTitle());
        assertEquals("技术封锁与突围", TitleDetector.title(article));
        assertEquals(Messages.Property_titleSet, source.getPropertyValue("detected"));
        assertTrue(source.isPropertySet("title"));

        stack.undo();
        assertEquals(detected, TitleDetector.title(article));
        stack.redo();
        assertEquals("技术封锁与突围", TitleDetector.title(article));

        source.resetPropertyValue("title");
        assertEquals(detected, source.getPropertyValue("title"));
        assertFalse(source.isPropertySet("title"));
    }
}
