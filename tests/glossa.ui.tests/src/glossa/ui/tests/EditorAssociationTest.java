package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorRegistry;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import glossa.ui.internal.editor.SidecarEditorAssociation;

/**
 * Who opens an article. In the product Glossa is the default editor of every article (glossa.app's preference
 * customization), although glossa.ui no longer declares itself the default; in an IDE it becomes the default only
 * for an article whose sidecar exists (SidecarEditorAssociation). The IDE side runs end to end in tests/glossa.ide.tests.
 */
class EditorAssociationTest {

    private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

    @TempDir
    Path dir;

    private final SidecarEditorAssociation association = new SidecarEditorAssociation();

    @ParameterizedTest
    @ValueSource(strings = { "article.txt", "article.md", "article.markdown" })
    void theProductOpensEveryArticleInGlossa(String name) {
        IEditorDescriptor editor = registry().getDefaultEditor(name);
        assertNotNull(editor, "a default editor for " + name);
        assertEquals(SidecarEditorAssociation.EDITOR_ID, editor.getId(), name);
    }

    @Test
    void anArticleWithASidecarOpensInGlossaOtherwiseTheChoiceStands() throws IOException {
        Path article = write("article.txt");
        IEditorDescriptor text = registry().findEditor(TEXT_EDITOR);
        assertSame(text, association.overrideDefaultEditor(input(article), null, text), "no sidecar yet");
        write("article.txt.glossa");
        assertEquals(SidecarEditorAssociation.EDITOR_ID,
                association.overrideDefaultEditor(input(article), null, text).getId(), "sidecar beside it");
    }

    @Test
    void onlyArticlesAreTakenOver() throws IOException {
        Path csv = write("table.csv");
        write("table.csv.glossa");
        IEditorDescriptor text = registry().findEditor(TEXT_EDITOR);
        assertSame(text, association.overrideDefaultEditor(input(csv), null, text), "a .csv is no article");
        assertSame(text, association.overrideDefaultEditor("article.txt", null, text), "a bare name proves nothing");
    }

    private Path write(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "Text.\n", StandardCharsets.UTF_8);
    }

    private static FileStoreEditorInput input(Path file) {
        return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri()));
    }

    private static IEditorRegistry registry() {
        return PlatformUI.getWorkbench().getEditorRegistry();
    }
}
