package glossa.ui.internal.editor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;

import glossa.core.AnnotatedArticle;
import glossa.ui.internal.cases.CaseResources;

/**
 * In an Eclipse IDE the Glossa editor is not the default for every {@code .txt}: it is offered through Open With,
 * and it opens by default only an article that already has annotations, i.e. a {@code .glossa} sidecar beside it.
 * A choice the user made for the file (Open With remembers it) still wins, because the IDE asks this override only
 * after that. The standalone product makes Glossa the default for all articles through its preferences instead.
 */
public final class SidecarEditorAssociation implements IEditorAssociationOverride {

    public static final String EDITOR_ID = "glossa.ui.editor";

    @Override
    public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType contentType,
            IEditorDescriptor editor) {
        if ((editor != null && EDITOR_ID.equals(editor.getId())) || !hasSidecar(input)) {
            return editor;
        }
        IEditorDescriptor glossa = PlatformUI.getWorkbench().getEditorRegistry().findEditor(EDITOR_ID);
        return glossa != null ? glossa : editor;
    }

    /** Only a name is known here, not whether a sidecar exists: leave the choice as it is. */
    @Override
    public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType contentType,
            IEditorDescriptor editor) {
        return editor;
    }

    @Override
    public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType contentType,
            IEditorDescriptor[] editors) {
        return editors;
    }

    @Override
    public IEditorDescriptor[] overrideEditors(String fileName, IContentType contentType,
            IEditorDescriptor[] editors) {
        return editors;
    }

    /** A local article file (workspace or not) whose sidecar exists; never throws for odd inputs. */
    static boolean hasSidecar(IEditorInput input) {
        if (!(input instanceof IURIEditorInput uriInput)) {
            return false;
        }
        URI uri = uriInput.getURI();
        if (uri == null || !"file".equals(uri.getScheme())) {
            return false;
        }
        try {
            Path article = Path.of(uri);
            return article.getFileName() != null && CaseResources.isArticleName(article.getFileName().toString())
                    && Files.isRegularFile(AnnotatedArticle.sidecarOf(article));
        } catch (IllegalArgumentException | SecurityException e) {
            return false;
        }
    }
}
