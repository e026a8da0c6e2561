package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.app.internal.ArticleDropAdapter;
import glossa.ui.internal.editor.GlossaEditor;

/** Articles dropped on the editor area open in the Glossa editor, through Glossa's own drop adapter. */
class ArticleDropTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void droppedArticlesOpenInTheGlossaEditor() throws Exception {
        EditorTestSupport.page().closeAllEditors(false);
        Path article = EditorTestSupport.copySample(dir);
        new ArticleDropAdapter(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
                .open(new String[] { article.toString() });
        EditorTestSupport.settle();
        IEditorReference[] editors = EditorTestSupport.page().getEditorReferences();
        assertEquals(1, editors.length, "one editor opened");
        assertEquals(GlossaEditor.ID, editors[0].getId());
        assertTrue(Arrays.stream(editors).anyMatch(e -> e.getTitle().equals(article.getFileName().toString())),
                "on the dropped file");
    }
}
